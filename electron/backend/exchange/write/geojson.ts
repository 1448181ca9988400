import type { ProjectSettings } from '../../../../shared/model/settings';
import { type ExportLayer, flatValues } from './layers';
import { type ExportJob, RowTicker } from './progress';
import { writeZip } from './zip';

// GeoJSON export: one FeatureCollection per layer (`compounds.geojson`, `buildings.geojson` …) in one .zip, since a
// GeoJSON file holds one layer well. Coordinates are WGS84/CGCS2000 lon/lat (RFC 7946: no crs member); properties
// are the table's columns, with the feature id as the row's id.

export async function writeGeojsonZip(
  file: string,
  layers: readonly ExportLayer[],
  _settings: ProjectSettings,
  job: ExportJob,
): Promise<void> {
  const total = layers.reduce((n, l) => n + l.rows.length, 0);
  const ticker = new RowTicker(job, total);
  const members: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (const layer of layers) {
    const parts: string[] = [];
    for (const row of layer.rows) {
      const values = flatValues(layer.table, row);
      const properties: Record<string, unknown> = {};
      layer.columns.forEach((c, i) => {
        properties[c.name] = values[i];
      });
      parts.push(JSON.stringify({ type: 'Feature', id: row.id, properties, geometry: row.geometry }));
      if (ticker.due()) await ticker.pause(layer.table);
    }
    const text = `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
    members[`${layer.table}.geojson`] = encoder.encode(text);
    await ticker.pause(layer.table);
  }
  writeZip(file, members);
}
