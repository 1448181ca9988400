import type { ProjectSettings } from '../../shared/model/settings';
import type { SettingRow } from '../../shared/model/tables';
import { quoteId } from './store/columns';
import { inspectProjectFile, withReadonlyDb } from './store/preflight';
import { settingsFromRows } from './store/settings';

// `renozone info`: what a project file holds, read without changing anything on disk.

export interface LayerSummary {
  name: string;
  count: number;
  geometryType: string | null;
  srsId: number | null;
}

export interface ProjectSummary {
  path: string;
  schemaVersion: number;
  settings: ProjectSettings;
  layers: LayerSummary[];
}

export function readProjectSummary(file: string): ProjectSummary {
  const { schemaVersion } = inspectProjectFile(file);
  return withReadonlyDb(file, (db) => {
    const contents = db
      .prepare(
        `SELECT c.table_name AS name, g.geometry_type_name AS geometryType, coalesce(g.srs_id, c.srs_id) AS srsId
         FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name ORDER BY c.rowid`,
      )
      .all() as Omit<LayerSummary, 'count'>[];
    const layers = contents.map((c) => ({
      ...c,
      count: db
        .prepare(`SELECT count(*) FROM ${quoteId(c.name)}`)
        .pluck()
        .get() as number,
    }));
    const hasSettings = contents.some((c) => c.name === 'settings');
    const rows = hasSettings
      ? (db.prepare('SELECT id, value FROM settings').all() as { id: string; value: string }[]).map(
          (r): SettingRow => ({ id: r.id, value: JSON.parse(r.value) }),
        )
      : [];
    return { path: file, schemaVersion, settings: settingsFromRows(rows), layers };
  });
}
