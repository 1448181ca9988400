import type Database from 'better-sqlite3';
import type { Change, ChangeOp } from '../../../shared/model/change';
import { AppError } from '../../../shared/model/errors';
import type { RowOf, TableName } from '../../../shared/model/tables';
import { ensureMetricSrs, touchContents } from '../store/connection';
import type { TableAccessMap } from '../store/statements';
import { validateChange, type WireChange } from './validate';

// The one write path. A change is validated, then applied op by op in ONE transaction while the inverse is
// collected: before each op the touched row is read, and the op that restores it is recorded (put of a new id →
// delete; put over an existing row or delete → put of the old row). The inverse is the reversed list, so ops that
// touch the same row twice still unwind correctly. The journal row is written in the same transaction.

export type Origin = 'apply' | 'undo' | 'redo';

export interface AppliedChange {
  /** The change as stored (validated, parsed rows). */
  change: Change;
  inverse: Change;
}

export interface ChangeWriter {
  /** A new change from the UI: validated, then applied. */
  applyNew(change: WireChange): AppliedChange;
  /** An undo/redo step: a change this writer produced itself, applied as it is. */
  replay(change: Change, origin: Exclude<Origin, 'apply'>): AppliedChange;
}

export function createChangeWriter(db: Database.Database, tables: TableAccessMap): ChangeWriter {
  const journal = db.prepare(
    'INSERT INTO journal (at, origin, summary, ops, change, inverse) VALUES (?, ?, ?, ?, ?, ?)',
  );

  const applyOp = (op: ChangeOp, inverse: ChangeOp[]): void => {
    const access = tables[op.table] as TableAccessMap[TableName];
    const id = op.op === 'put' ? op.row.id : op.id;
    const old = access.get(id) as RowOf<TableName> | null;
    if (op.op === 'delete') {
      if (!old) throw new AppError('change.missingRow', { table: op.table, id });
      access.delete(id);
    } else {
      (access.put as (row: RowOf<TableName>, exists: boolean) => void)(op.row, old !== null);
      if (op.table === 'settings' && op.row.id === 'metric_epsg') ensureMetricSrs(db, op.row.value as number);
    }
    inverse.push(old ? ({ op: 'put', table: op.table, row: old } as ChangeOp) : { op: 'delete', table: op.table, id });
  };

  const run = db.transaction((change: Change, origin: Origin): AppliedChange => {
    const inverseOps: ChangeOp[] = [];
    for (const op of change.ops) applyOp(op, inverseOps);
    inverseOps.reverse();
    const inverse: Change = { ops: inverseOps, summary: change.summary };
    touchContents(db, new Set(change.ops.map((op) => op.table)));
    journal.run(
      new Date().toISOString(),
      origin,
      change.summary,
      change.ops.length,
      JSON.stringify(change),
      JSON.stringify(inverse),
    );
    return { change, inverse };
  });

  return {
    applyNew: (change) => run(validateChange(change), 'apply'),
    replay: (change, origin) => run(change, origin),
  };
}
