// Bulk edit: one survey field set to one value on several compounds, as ONE Change (one undo step). Each row goes
// through the attribute panel's own conversion and validation (buildFieldEdit), so the table and the panel agree.
import type { Change } from '../../../shared/model/change';
import type { Compound } from '../../../shared/model/tables';
import { buildFieldEdit, type FormValue, type Problem, putRow } from '../app/attributes/formValues';

export type BulkEdit =
  | { kind: 'change'; change: Change; count: number }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; problem: Problem };

/**
 * The Change setting `field` to `value` on every row that differs; rows already holding it are left out.
 * A field with linked fields (excluded → excluded_reason) is refused when any row would be left invalid.
 */
export function bulkEditChange(rows: readonly Compound[], field: string, value: FormValue, summary: string): BulkEdit {
  const ops: Change['ops'] = [];
  for (const row of rows) {
    const edit = buildFieldEdit('compounds', row, field, { [field]: value });
    if (edit.kind === 'invalid') {
      const problem = edit.problems[field] ?? Object.values(edit.problems)[0];
      return { kind: 'invalid', problem: problem ?? { key: 'valid.required' } };
    }
    if (edit.kind === 'edit') ops.push(putRow('compounds', edit.row));
  }
  return ops.length === 0 ? { kind: 'unchanged' } : { kind: 'change', change: { ops, summary }, count: ops.length };
}
