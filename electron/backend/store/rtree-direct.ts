import type Database from 'better-sqlite3';
import type { SpatialTableName } from '../../../shared/model/tables';
import { envelopeOf, type GpkgGeometry } from '../gpkg/encode';
import { quoteId } from './columns';

// A bulk change (an import of tens of thousands of rows) writes a spatial table's R-tree itself instead of through
// the GeoPackage rtree triggers. Each trigger row calls five SQL functions in JS (ST_IsEmpty, ST_MinX … ST_MaxY),
// and each call copies the geometry blob into a new Buffer: that was a third of an import's write time. Inside the
// change's transaction the table's rtree triggers are dropped, every put and delete keeps the R-tree entry in step
// from the envelope the row's geometry gives (the same one encodeGpkg writes into the blob, which is what the
// triggers read), and the triggers are re-created from their own SQL before the transaction ends. A failure rolls
// all of it back, and no other connection ever sees the table without its triggers.

export interface DirectRtree {
  /** After a row with this fid was inserted or replaced. */
  put(fid: number, geometry: GpkgGeometry | null): void;
  /** After the row with this fid was deleted. */
  remove(fid: number): void;
  /** Re-creates the triggers; call before the transaction commits. */
  restore(): void;
}

export function suspendRtreeTriggers(db: Database.Database, table: SpatialTableName): DirectRtree {
  const rtree = quoteId(`rtree_${table}_geometry`);
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'rtree_%'")
    .all(table) as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${quoteId(t.name)}`);
  const upsert = db.prepare(`INSERT OR REPLACE INTO ${rtree} VALUES (?, ?, ?, ?, ?)`);
  const remove = db.prepare(`DELETE FROM ${rtree} WHERE id = ?`);
  return {
    put: (fid, geometry) => {
      const env = geometry ? envelopeOf(geometry) : null;
      if (env) upsert.run(fid, env[0], env[1], env[2], env[3]);
      else remove.run(fid);
    },
    remove: (fid) => {
      remove.run(fid);
    },
    restore: () => {
      for (const t of triggers) db.exec(t.sql);
    },
  };
}
