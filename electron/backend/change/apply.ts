import type Database from 'better-sqlite3';
import type { Change, ChangeOp } from '../../../shared/model/change';
import { AppError } from '../../../shared/model/errors';
import { type RowOf, SPATIAL_TABLES, type SpatialTableName, type TableName } from '../../../shared/model/tables';
import type { GpkgGeometry } from '../gpkg/encode';
import { ensureMetricSrs, touchContents } from '../store/connection';
import { type DirectRtree, suspendRtreeTriggers } from '../store/rtree-direct';
import type { TableAccessMap } from '../store/statements';
import { validateChange, type WireChange } from './validate';

// The one write path. A change is validated, then applied op by op in ONE transaction while the inverse is
// collected: before each op the touched row is read, and the op that restores it is recorded (put of a new id →
// delete; put over an existing row or delete → put of the old row). The inverse is the reversed list, so ops that
// touch the same row twice still unwind correctly. The journal row is written in the same transaction.
// A change with BULK_OPS or more ops on a spatial table keeps that table's R-tree itself (rtree-direct.ts).
//
// The journal keeps every change's inverse in full: with the current tables, the inverses alone rebuild every
// earlier state of the project. The forward change is kept in full too for ordinary edits (it makes the journal
// readable), but for a bulk change (an import) only as which rows it put or deleted: its rows are the tables'
// content, and keeping them again as JSON tripled the file and was a fifth of an import's time.

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

/** Ops on one spatial table from which a change writes its R-tree directly: import scale, not edit scale. */
const BULK_OPS = 1000;

function bulkTables(change: Change): SpatialTableName[] {
  const counts = new Map<TableName, number>();
  for (const op of change.ops) counts.set(op.table, (counts.get(op.table) ?? 0) + 1);
  return [...counts]
    .filter(([table, n]) => n >= BULK_OPS && table in SPATIAL_TABLES)
    .map(([table]) => table as SpatialTableName);
}

/** A bulk change as the journal keeps it: each op's table, id and kind, not the rows. */
const journalForm = (change: Change) => ({
  summary: change.summary,
  rows: 'in-tables',
  ops: change.ops.map((op) => ({ op: op.op, table: op.table, id: op.op === 'put' ? op.row.id : op.id })),
});

export function createChangeWriter(db: Database.Database, tables: TableAccessMap): ChangeWriter {
  const journal = db.prepare(
    'INSERT INTO journal (at, origin, summary, ops, change, inverse) VALUES (?, ?, ?, ?, ?, ?)',
  );

  const applyOp = (op: ChangeOp, inverse: ChangeOp[], rtree: DirectRtree | undefined): void => {
    const access = tables[op.table] as TableAccessMap[TableName];
    const id = op.op === 'put' ? op.row.id : op.id;
    const old = access.get(id) as RowOf<TableName> | null;
    if (op.op === 'delete') {
      if (!old) throw new AppError('change.missingRow', { table: op.table, id });
      const fid = access.delete(id);
      if (rtree && fid !== null) rtree.remove(fid);
    } else {
      const fid = (access.put as (row: RowOf<TableName>, exists: boolean) => number)(op.row, old !== null);
      if (rtree) rtree.put(fid, (op.row as { geometry: GpkgGeometry | null }).geometry);
      if (op.table === 'settings' && op.row.id === 'metric_epsg') ensureMetricSrs(db, op.row.value as number);
    }
    inverse.push(old ? ({ op: 'put', table: op.table, row: old } as ChangeOp) : { op: 'delete', table: op.table, id });
  };

  const run = db.transaction((change: Change, origin: Origin): AppliedChange => {
    const inverseOps: ChangeOp[] = [];
    const direct = new Map<TableName, DirectRtree>(bulkTables(change).map((t) => [t, suspendRtreeTriggers(db, t)]));
    for (const op of change.ops) applyOp(op, inverseOps, direct.get(op.table));
    for (const rtree of direct.values()) rtree.restore();
    inverseOps.reverse();
    const inverse: Change = { ops: inverseOps, summary: change.summary };
    touchContents(db, new Set(change.ops.map((op) => op.table)));
    journal.run(
      new Date().toISOString(),
      origin,
      change.summary,
      change.ops.length,
      JSON.stringify(change.ops.length >= BULK_OPS ? journalForm(change) : change),
      JSON.stringify(inverse),
    );
    return { change, inverse };
  });

  return {
    applyNew: (change) => run(validateChange(change), 'apply'),
    replay: (change, origin) => run(change, origin),
  };
}
