// The review settings (departments invited, design unit) as a settings change (pure).
import type { Change, ChangeOp } from '../../../shared/model/change';
import type { ProjectSettings } from '../../../shared/model/settings';

/** Department names trimmed, empties and repeats dropped (first kept), order kept. */
export function cleanDepartments(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const name = n.trim().slice(0, 50);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** One change with a put per setting that differs, or null when nothing changed. */
export function reviewSettingsChange(
  old: Pick<ProjectSettings, 'review_departments' | 'design_unit'>,
  departments: readonly string[],
  designUnit: string,
  summary: string,
): Change | null {
  const ops: ChangeOp[] = [];
  const list = cleanDepartments(departments);
  if (JSON.stringify(list) !== JSON.stringify(old.review_departments))
    ops.push({ op: 'put', table: 'settings', row: { id: 'review_departments', value: list } });
  const unit = designUnit.trim().slice(0, 200);
  if (unit !== old.design_unit) ops.push({ op: 'put', table: 'settings', row: { id: 'design_unit', value: unit } });
  return ops.length > 0 ? { ops, summary } : null;
}
