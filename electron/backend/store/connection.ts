import Database from 'better-sqlite3';
import { SPATIAL_TABLES, type SpatialTableName } from '../../../shared/model/tables';
import { registerGpkgFunctions } from '../gpkg/functions';
import { gkSrsRow } from '../gpkg/srs';
import { quoteId } from './columns';

// Read-write connections to a project file. While open the file is in WAL mode (a crash loses at most the change
// in flight); on a clean close it goes back to rollback mode so the closed file is one self-contained .gpkg that
// read-only tools, copies and network shares handle without -wal/-shm companions.

export const GPKG_APPLICATION_ID = 0x47504b47; // 'GPKG'
// GeoPackage 1.3: GDAL 3.6 (Debian 12) reads it without warnings; the rtree triggers are the 1.3 set.
export const GPKG_USER_VERSION = 10300;

export function openReadWrite(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  registerGpkgFunctions(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // 64 MiB page cache: a bulk import writes tens of thousands of rows into random spots of the UUID index in one
  // transaction; the default 2 MiB cache spills pages to the WAL mid-transaction and re-reads them.
  db.pragma('cache_size = -65536');
  return db;
}

/** Adds the metric CRS row for a CGCS2000 GK zone when missing (at creation and when the setting changes). */
export function ensureMetricSrs(db: Database.Database, epsg: number): void {
  const r = gkSrsRow(epsg);
  db.prepare(
    `INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(r.srs_name, r.srs_id, r.organization, r.organization_coordsys_id, r.definition, r.description);
}

/** Writes each spatial table's extent (from its rtree) into gpkg_contents, as GIS tools read it from there. */
export function updateExtents(db: Database.Database): void {
  for (const table of Object.keys(SPATIAL_TABLES) as SpatialTableName[]) {
    const rtree = quoteId(`rtree_${table}_geometry`);
    db.prepare(
      `UPDATE gpkg_contents SET (min_x, max_x, min_y, max_y) =
         (SELECT min(minx), max(maxx), min(miny), max(maxy) FROM ${rtree}) WHERE table_name = ?`,
    ).run(table);
  }
}

/** Marks tables as changed in gpkg_contents (spec: last_change is the time of the last change to the data). */
export function touchContents(db: Database.Database, tables: Iterable<string>): void {
  const stmt = db.prepare(
    "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
  );
  for (const t of tables) stmt.run(t);
}

export function closeCleanly(db: Database.Database): void {
  if (!db.open) return;
  try {
    updateExtents(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch {
    // Best effort: another reader (a GIS tool) may hold the file. It stays a valid WAL-mode GeoPackage, and
    // closing the connection below still checkpoints what it can.
  } finally {
    db.close();
  }
}
