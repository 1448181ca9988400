// `renozone check facilities`: the readable list (one block per facility, failures first, each failing rule on its
// own line) and the --json shape.
import { findingText } from '../../../shared/analysis/facilities/findings';
import type { CheckedFacility } from '../../backend/facilities-check';
import type { CliContext } from '../types';

/** The --json shape of one facility (key order as documented in check.ts). */
export function facilityJson(f: CheckedFacility): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    compound_id: f.compound_id,
    ok: f.checks.every((c) => c.ok),
    checks: f.checks.map((c) => ({
      rule: c.rule,
      ok: c.ok,
      other_id: c.otherId,
      other_name: c.other_name,
      actual_m: c.actual_m,
      required_m: c.required_m,
    })),
  };
}

export function formatFacilityChecks(ctx: CliContext, facilities: readonly CheckedFacility[]): string {
  if (facilities.length === 0) return `${ctx.t('cli.check.fac.none')}\n`;
  const failing = (f: CheckedFacility) => f.checks.filter((c) => !c.ok);
  const sorted = [...facilities].sort((a, b) => Number(failing(b).length > 0) - Number(failing(a).length > 0));
  const lines: string[] = [];
  for (const f of sorted) {
    const type = ctx.t(`leftover.facility.${f.type}`);
    const head = ctx.t('cli.check.fac.head', {
      name: f.name || type,
      type,
      compound: f.compound_name ?? ctx.t('cli.check.fac.noCompound'),
    });
    const bad = failing(f);
    lines.push(
      `${head}${bad.length === 0 ? ctx.t('cli.check.fac.ok') : ctx.t('cli.check.fac.failing', { n: bad.length })}`,
    );
    for (const c of bad) lines.push(`    ${findingText(c, c.other_name, ctx.lang)}`);
  }
  const n = sorted.filter((f) => failing(f).length > 0).length;
  lines.push('', ctx.t('cli.check.fac.total', { count: facilities.length, failing: n }));
  return `${lines.join('\n')}\n`;
}
