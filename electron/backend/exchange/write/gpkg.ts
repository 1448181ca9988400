import Database from 'better-sqlite3';
import pkg from '../../../../package.json';
import { SPATIAL_TABLES, TABLE_NAMES } from '../../../../shared/model/tables';
import { gpkgEnvelope } from '../../gpkg/decode';
import { registerGpkgFunctions } from '../../gpkg/functions';
import { columnList, quoteId, TABLE_COLUMNS } from '../../store/columns';
import { ensureMetricSrs, GPKG_APPLICATION_ID, GPKG_USER_VERSION, updateExtents } from '../../store/connection';
import { migrate } from '../../store/migrations';
import { rowToValues } from '../../store/rows';
import { settingsToRows } from '../../store/settings';
import type { ExportRows } from '../select-rows';
import { writeLayerStyles } from './gpkg-styles';
import { type ExportJob, RowTicker } from './progress';

// GeoPackage export: a fresh project file built by the same migrations as every project (so the export is itself a
// valid RenoZone project and round-trips), filled with the selected rows, plus QGIS layer styles. The file is a
// temp file nobody else sees until it is renamed, so the journal is off and nothing is synced until the end.

/**
 * The R-tree of a spatial table filled directly while its rows are inserted: the per-row insert trigger (which calls
 * back into JS four times per row to read the envelope) is dropped for the load and recreated from its own SQL
 * afterwards, and each row's envelope is read from the GeoPackage blob header we just encoded. The result is the
 * same index the trigger would have built.
 */
function bulkRtree(db: Database.Database, table: string) {
  const name = `rtree_${table}_geometry_insert`;
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as
    | string
    | undefined;
  if (!sql) return null;
  db.exec(`DROP TRIGGER ${quoteId(name)}`);
  const put = db.prepare(`INSERT INTO ${quoteId(`rtree_${table}_geometry`)} VALUES (?, ?, ?, ?, ?)`);
  const geometryAt = TABLE_COLUMNS[table as keyof typeof TABLE_COLUMNS].findIndex((c) => c.kind === 'geometry');
  return {
    add(fid: number | bigint, values: unknown[]): void {
      const blob = values[geometryAt] as Uint8Array | null;
      const env = blob ? gpkgEnvelope(blob) : null;
      if (env) put.run(fid, env[0], env[1], env[2], env[3]);
    },
    restore(): void {
      db.exec(sql);
    },
  };
}

/** Writes `rows` as a complete project into the new file `file` (which must not exist). */
export async function writeGpkg(file: string, rows: ExportRows, job: ExportJob): Promise<Record<string, number>> {
  const db = new Database(file);
  try {
    registerGpkgFunctions(db);
    db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
    db.pragma(`user_version = ${GPKG_USER_VERSION}`);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    migrate(db, 0);
    const meta = db.prepare('INSERT OR REPLACE INTO renozone_meta (key, value) VALUES (?, ?)');
    meta.run('created_at', new Date().toISOString());
    meta.run('created_by', `RenoZone ${pkg.version} (export)`);
    ensureMetricSrs(db, rows.settings.metric_epsg);
    // The migrations seed the catalog and the clearance table; the project's own (edited) rows replace them.
    db.exec('DELETE FROM settings; DELETE FROM renovation_items; DELETE FROM clearance_rules;');
    const counts: Record<string, number> = {};
    const total = TABLE_NAMES.reduce((n, t) => n + (t === 'settings' ? 0 : rows[t].length), 0);
    const ticker = new RowTicker(job, total);
    for (const table of TABLE_NAMES) {
      const list: readonly object[] = table === 'settings' ? settingsToRows(rows.settings) : rows[table];
      const cols = TABLE_COLUMNS[table];
      const plain = db.prepare(
        `INSERT INTO ${quoteId(table)} (${columnList(table)}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
      const bulk = table in SPATIAL_TABLES ? bulkRtree(db, table) : null;
      const insert = bulk
        ? {
            run: (values: unknown[]) => {
              const fid = plain.run(values).lastInsertRowid;
              bulk.add(fid, values);
            },
          }
        : plain;
      // One transaction per chunk: the job may yield between chunks without holding a transaction open.
      let i = 0;
      while (i < list.length) {
        const start = i;
        let pause = false;
        db.transaction(() => {
          for (; i < list.length && !pause; i++) {
            insert.run(rowToValues(table, list[i] as never));
            pause = table !== 'settings' && ticker.due();
          }
        })();
        if (pause || i === list.length) await ticker.pause(table);
        if (i === start) break;
      }
      bulk?.restore();
      counts[table] = list.length;
    }
    updateExtents(db);
    writeLayerStyles(db);
    return counts;
  } finally {
    db.close();
  }
}
