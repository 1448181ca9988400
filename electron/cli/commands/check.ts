// `renozone check pipelines <file.gpkg> [--json]`: every clearance conflict of the project's pipelines
// (GB 50289-2016 with the project's own clearance table). The file is opened as for the UI (lock, checks,
// migration) but not changed. Conflicts are a report, not an error: exit code 0 with or without them.
// --json prints exactly {"conflicts": [{rule, a, b, measured_m, required_m, standard, clause, confidence,
// location, review?}]} — review only when the designer has reviewed that conflict.
// `renozone check facilities <file.gpkg> [--json]`: every placed facility checked where it stands (issue 4 §3), the
// same way: a report, exit 0. --json prints exactly {"facilities": [{id, name, type, compound_id, ok, checks:
// [{rule, ok, other_id, other_name, actual_m, required_m}]}]}.
import { resolve } from 'node:path';
import { type Catalog, registerMessages } from '../../../shared/i18n/index';
import type { ConflictParty, PipeCheckResult } from '../../../shared/model/pipelines';
import { checkProjectFacilitiesFile } from '../../backend/facilities-check';
import { checkProjectFile } from '../../backend/index';
import { type CliCommand, type CliContext, UsageError } from '../types';
import { facilityJson, formatFacilityChecks } from './check-facilities';
import { formatConflicts } from './check-format';
import { checkMessages } from './check-messages';

registerMessages(checkMessages satisfies Catalog);

type CheckedConflict = PipeCheckResult['conflicts'][number];
const party = (p: ConflictParty) => ({ id: p.id, code: p.code, type: p.type });

/** The --json shape of one conflict (key order as documented). */
export function conflictJson(c: CheckedConflict): Record<string, unknown> {
  return {
    rule: c.rule,
    a: party(c.a),
    b: c.b ? party(c.b) : null,
    measured_m: c.measured_m,
    required_m: c.required_m,
    standard: c.standard,
    clause: c.clause,
    confidence: c.confidence,
    location: c.location,
    ...(c.review ? { review: c.review } : {}),
  };
}

export const checkCommand: CliCommand = {
  name: 'check',
  usageKey: 'cli.check.usage',
  summaryKey: 'cli.check.summary',
  options: { json: { type: 'boolean' } },
  async run(ctx: CliContext, { positionals, values }) {
    const [what, file, ...rest] = positionals;
    if (what !== 'pipelines' && what !== 'facilities')
      throw new UsageError(ctx.t('cli.check.what', { what: what ?? '' }));
    if (!file) throw new UsageError(ctx.t('cli.needFile'));
    if (rest.length > 0) throw new UsageError(ctx.t('cli.tooManyArgs', { args: rest.join(' ') }));
    if (what === 'facilities') {
      const facilities = checkProjectFacilitiesFile(resolve(file));
      ctx.stdout(
        values.json
          ? `${JSON.stringify({ facilities: facilities.map(facilityJson) }, null, 2)}\n`
          : formatFacilityChecks(ctx, facilities),
      );
      return;
    }
    const result = checkProjectFile(resolve(file));
    if (values.json) {
      ctx.stdout(`${JSON.stringify({ conflicts: result.conflicts.map(conflictJson) }, null, 2)}\n`);
      return;
    }
    ctx.stdout(formatConflicts(ctx, result));
  },
};
