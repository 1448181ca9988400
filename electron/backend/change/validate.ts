import type { z } from 'zod';
import type { Change, ChangeOp, changeSchema } from '../../../shared/model/change';
import { AppError } from '../../../shared/model/errors';
import { settingRowSchema, type TableName, tableSchemas } from '../../../shared/model/tables';
import { validateSettingRow } from '../store/settings';

// Every row a change puts is checked against its table's zod schema (settings values against the setting's own
// field) before anything is written. Unknown keys are stripped by the schemas; the returned change carries the
// parsed rows, which is what gets stored and echoed to the UI.

/** A change as it arrives over the wire: rows not yet checked. */
export type WireChange = z.output<typeof changeSchema>;
type WireOp = WireChange['ops'][number];

export function validateChange(change: WireChange): Change {
  const ops = change.ops.map((op, index) => validateOp(op, index));
  return { ops, summary: change.summary };
}

function validateOp(op: WireOp, index: number): ChangeOp {
  if (!(op.table in tableSchemas)) throw invalid(index, `unknown table "${String(op.table)}"`);
  if (op.op === 'delete') return { op: 'delete', table: op.table, id: op.id };
  if (op.table === 'settings')
    return { op: 'put', table: 'settings', row: validateSettingRow(settingRowSchema.parse(op.row)) };
  const parsed = tableSchemas[op.table as Exclude<TableName, 'settings'>].safeParse(op.row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(index, `${op.table}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return { op: 'put', table: op.table, row: parsed.data } as ChangeOp;
}

const invalid = (index: number, detail: string): AppError =>
  new AppError('change.invalid', { detail: `op ${index}: ${detail}` });
