import { z } from 'zod';
import { type RowOf, TABLE_NAMES, type TableName } from './tables';

// The one write path (DESIGN.md "One write path, undo by inverse"). A Change is an ordered list of row puts
// (insert or replace the whole row) and deletes. The backend applies it in one transaction and returns its
// inverse: the reversed list of the ops that restore each touched row, so undo(apply(c)) restores the file
// exactly. A whole drag is one Change. Rows are validated against tableSchemas by the backend.

export type PutOp = { [T in TableName]: { op: 'put'; table: T; row: RowOf<T> } }[TableName];
export type DeleteOp = { op: 'delete'; table: TableName; id: string };
export type ChangeOp = PutOp | DeleteOp;

export interface Change {
  ops: ChangeOp[];
  /** Human summary for the journal and the undo menu, in the UI language at the time of the edit. */
  summary: string;
}

const tableName = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);

/** Wire shape; rows are checked per table by the backend (validateChange), not here. */
export const changeSchema = z.object({
  ops: z
    .array(
      z.discriminatedUnion('op', [
        z.object({ op: z.literal('put'), table: tableName, row: z.record(z.string(), z.unknown()) }),
        z.object({ op: z.literal('delete'), table: tableName, id: z.string().min(1) }),
      ]),
    )
    .min(1)
    .max(200_000),
  summary: z.string().max(500),
});

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoSummary: string | null;
  redoSummary: string | null;
  depth: number;
}

export const UNDO_LIMIT = 200;
