// Edits of the project's clearance table. An edited value becomes a local rule ('local' confidence) and its
// source keeps the standard's value on record: '（本地调整，原值 X m）' is appended once, with the value the
// standard gave (a second edit keeps the first original, never the previous local value).
import type { Change } from '../../../shared/model/change';
import type { ClearanceRule } from '../../../shared/model/tables';

const LOCAL_MARK = /（本地调整，原值 ([\d.]+) m）$/;

/** The standard's value a rule was adjusted from, or null when it was never adjusted locally. */
export function originalMetres(rule: ClearanceRule): number | null {
  const m = LOCAL_MARK.exec(rule.source);
  return m ? Number(m[1]) : null;
}

export function editClearanceChange(rule: ClearanceRule, metres: number, summary: string): Change | null {
  if (!Number.isFinite(metres) || metres < 0 || metres > 100 || metres === rule.metres) return null;
  const original = originalMetres(rule);
  const source = original === null ? `${rule.source}（本地调整，原值 ${rule.metres} m）` : rule.source;
  const row: ClearanceRule = { ...rule, metres, confidence: 'local', source: source.slice(0, 300) };
  return { ops: [{ op: 'put', table: 'clearance_rules', row }], summary };
}

/** Replaces the whole table with `next` as one Change: rows not in `next` are deleted, the rest put. */
export function replaceClearanceTableChange(
  current: Record<string, ClearanceRule>,
  next: readonly ClearanceRule[],
  summary: string,
): Change | null {
  const keep = new Set(next.map((r) => r.id));
  const ops: Change['ops'] = [
    ...Object.keys(current)
      .filter((id) => !keep.has(id))
      .map((id) => ({ op: 'delete' as const, table: 'clearance_rules' as const, id })),
    ...next.map((row) => ({ op: 'put' as const, table: 'clearance_rules' as const, row })),
  ];
  return ops.length > 0 ? { ops, summary } : null;
}

export type ClearanceGroup = 'horizontal_pipe' | 'horizontal_object' | 'vertical' | 'cover';
export const CLEARANCE_GROUPS: readonly ClearanceGroup[] = [
  'horizontal_pipe',
  'horizontal_object',
  'vertical',
  'cover',
];

/** The table's rows by kind, each group sorted by id (stable for the editor). */
export function groupRules(rules: Record<string, ClearanceRule>): Record<ClearanceGroup, ClearanceRule[]> {
  const groups: Record<ClearanceGroup, ClearanceRule[]> = {
    horizontal_pipe: [],
    horizontal_object: [],
    vertical: [],
    cover: [],
  };
  for (const r of Object.values(rules)) groups[r.kind].push(r);
  for (const g of CLEARANCE_GROUPS) groups[g].sort((a, b) => a.id.localeCompare(b.id));
  return groups;
}
