// The human-readable conflict table of `renozone check pipelines`: one conflict per row. A required value graded
// C (unverified) is marked beside the value, since it decides the result (DESIGN: the grade is never hidden).
import type { ConflictParty, PipeCheckResult } from '../../../shared/model/pipelines';
import type { CliContext } from '../types';

/** Terminal columns of a string: CJK and full-width characters take two. */
const displayWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

const metres = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)} m`);

function partyLabel(ctx: CliContext, p: ConflictParty | null): string {
  if (!p) return '—';
  const type = ctx.t(`cli.check.type.${p.type}`);
  return p.code ? `${p.code} ${type}` : `${type} ${p.id.slice(0, 8)}`;
}

export function formatConflicts(ctx: CliContext, result: PipeCheckResult): string {
  const params = { count: result.conflicts.length, segments: result.segments, ms: result.ms };
  if (result.conflicts.length === 0) return `${ctx.t('cli.check.none', params)}\n`;
  const rows = result.conflicts.map((c) => {
    const unverified = c.confidence === 'C' ? ctx.t('cli.check.unverified') : '';
    const accepted = c.review?.accepted ? ` [${ctx.t('cli.check.accepted', { note: c.review.note })}]` : '';
    return [
      ctx.t(`cli.check.rule.${c.rule}`) + accepted,
      partyLabel(ctx, c.a),
      partyLabel(ctx, c.b),
      metres(c.measured_m),
      metres(c.required_m) + unverified,
      `${c.standard} ${c.clause}`,
      c.confidence,
      `${c.location[0].toFixed(6)}, ${c.location[1].toFixed(6)}`,
    ];
  });
  const head = ctx.t('cli.check.head').split('|');
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const table = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  return `${table}\n\n${ctx.t('cli.check.total', params)}\n`;
}
