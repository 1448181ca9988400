import type Database from 'better-sqlite3';
import BetterSqlite from 'better-sqlite3';
import pkg from '../../../../package.json';
import { TABLE_NAMES } from '../../../../shared/model/tables';
import { registerGpkgFunctions } from '../../gpkg/functions';
import { quoteId } from '../../store/columns';
import { writeLayerStyles } from './gpkg-styles';
import type { ExportJob } from './progress';

// GeoPackage export of a whole open project: SQLite copies the project file page by page into the temp file
// (VACUUM INTO: a consistent snapshot, compacted, R-trees included), then the copy drops the edit journal (the
// handed-over file starts a fresh history) and gains the QGIS layer styles. This is what makes exporting 50,000
// polygons faster than ogr2ogr converting them; package subsets go through the row writer (gpkg.ts) instead.

/** Copies the project open on `db` into the new file `file`; rows written per table. */
export async function copyProjectGpkg(
  db: Database.Database,
  file: string,
  job: ExportJob,
): Promise<Record<string, number>> {
  job.progress(0, 2, 'gpkg');
  await job.checkpoint();
  db.prepare('VACUUM INTO ?').run(file);
  job.progress(1, 2, 'gpkg');
  await job.checkpoint();
  const out = new BetterSqlite(file);
  try {
    registerGpkgFunctions(out);
    out.pragma('journal_mode = DELETE');
    out.transaction(() => {
      out.exec('DELETE FROM journal');
      out
        .prepare("INSERT OR REPLACE INTO renozone_meta (key, value) VALUES ('exported_by', ?), ('exported_at', ?)")
        .run(`RenoZone ${pkg.version}`, new Date().toISOString());
      writeLayerStyles(out);
    })();
    const counts: Record<string, number> = {};
    for (const table of TABLE_NAMES) {
      counts[table] = out
        .prepare(`SELECT count(*) FROM ${quoteId(table)}`)
        .pluck()
        .get() as number;
    }
    return counts;
  } finally {
    out.close();
  }
}
