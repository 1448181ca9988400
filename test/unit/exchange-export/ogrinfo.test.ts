import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportOpenProject } from '../../../electron/backend/exchange/export';
import type { OpenProject } from '../../../electron/backend/project';
import type { FeatureSet } from '../../../shared/api';
import { EXPORT_LAYERS } from '../../../shared/exchange/field-names';
import { createMetricFrame } from '../../../shared/geo/crs';
import { NO_JOB_CONTEXT, openBundledDemo, tempDir } from './fixtures';

// GDAL is the judge (issue 6 §3): every vector export of the bundled demo district opens in ogrinfo with the layer
// names, feature counts, geometry types and SRS we promise, and a Chinese compound name intact.

const ogrinfo = (...args: string[]): string =>
  execFileSync('ogrinfo', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let dir: string;
let project: OpenProject;
let rows: FeatureSet;
let expected: { table: string; zh: string; count: number }[];
let firstName: string;

beforeAll(() => {
  dir = tempDir();
  project = openBundledDemo(dir);
  rows = project.load();
  expected = EXPORT_LAYERS.map((l) => ({ table: l.table, zh: l.zh, count: rows[l.table].length })).filter(
    (l) => l.count > 0,
  );
  firstName = rows.compounds[0]?.name ?? '';
});
afterAll(() => project.close());

/** Layer name → { count, geometry } from `ogrinfo -so -al`. */
function summary(text: string): Map<string, { count: number; geometry: string; wgs84: boolean }> {
  const out = new Map<string, { count: number; geometry: string; wgs84: boolean }>();
  for (const block of text.split(/\nLayer name: /).slice(1)) {
    const name = block.split('\n')[0] as string;
    out.set(name, {
      count: Number(/Feature Count: (\d+)/.exec(block)?.[1]),
      geometry: /Geometry: (.+)/.exec(block)?.[1] ?? '',
      wgs84: /ID\["EPSG",4326\]\]/.test(block),
    });
  }
  return out;
}

const GEOMETRY: Record<string, string> = {
  compounds: 'Polygon',
  buildings: 'Polygon',
  packages: 'Multi Polygon',
  pipelines: 'Line String',
  trees: 'Point',
  roads: 'Line String',
  site_areas: 'Polygon',
  facilities: 'Polygon',
  leftover_pieces: 'Polygon',
};

describe('ogrinfo reads every vector export', () => {
  test('the demo has something in most layers (the checks below are not vacuous)', () => {
    expect(expected.map((l) => l.table)).toEqual(
      expect.arrayContaining(['compounds', 'buildings', 'packages', 'pipelines', 'trees']),
    );
    expect(firstName).toMatch(/[\u4e00-\u9fff]/);
  });

  test('GeoPackage: every table with its count, geometry type and EPSG:4326; QGIS styles; valid per GDAL', async () => {
    const out = path.join(dir, '导出.gpkg');
    const result = await exportOpenProject(project, { format: 'gpkg', out }, NO_JOB_CONTEXT);
    expect(result.files).toEqual([out]);
    const layers = summary(ogrinfo('-ro', '-so', '-al', out));
    for (const l of expected) {
      expect(layers.get(l.table), l.table).toEqual({ count: l.count, geometry: GEOMETRY[l.table], wgs84: true });
    }
    expect(layers.get('compound_items')?.count).toBe(rows.compound_items.length);
    expect(layers.get('layer_styles')?.count).toBe(9);
    expect(ogrinfo('-ro', '-al', '-q', out, 'compounds')).toContain(`name (String) = ${firstName}`);
    const qml = ogrinfo('-ro', '-q', '-sql', "SELECT styleQML FROM layer_styles WHERE f_table_name = 'pipelines'", out);
    expect(qml).toContain('categorizedSymbol');
    expect(qml).toContain('给水');
    const areaQml = ogrinfo(
      '-ro',
      '-q',
      '-sql',
      "SELECT styleQML FROM layer_styles WHERE f_table_name = 'site_areas'",
      out,
    );
    expect(areaQml).toContain('attr="kind"');
    expect(areaQml).toContain('登高操作场地');
    execFileSync('python3', ['/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py', out]);
  });

  test('Shapefile zip: one set per layer, field names mapped, UTF-8 Chinese, WGS 84', async () => {
    const out = path.join(dir, '导出.zip');
    const result = await exportOpenProject(project, { format: 'shp', out }, NO_JOB_CONTEXT);
    expect(result.files).toEqual([out]);
    const layers = summary(ogrinfo('-ro', '-so', '-al', `/vsizip/${out}`));
    expect([...layers.keys()].sort()).toEqual(expected.map((l) => l.table).sort());
    for (const l of expected) {
      // A shapefile has no multi-polygon type: packages are polygons with several outer rings.
      const geometry = GEOMETRY[l.table] === 'Multi Polygon' ? 'Polygon' : GEOMETRY[l.table];
      expect(layers.get(l.table), l.table).toEqual({ count: l.count, geometry, wgs84: true });
    }
    const features = ogrinfo('-ro', '-al', '-q', `/vsizip/${out}`, 'compounds');
    expect(features).toContain(`name (String) = ${firstName}`);
    expect(features).toMatch(/subdistrct \(String\) = \S/);
    expect(features).toMatch(/households \(Integer\) = \d+/);
    const listing = execFileSync('unzip', ['-l', out], { encoding: 'utf8' });
    for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) expect(listing).toContain(`compounds.${ext}`);
  });

  test('GeoJSON zip: one FeatureCollection per layer', async () => {
    const out = path.join(dir, 'geo');
    const result = await exportOpenProject(project, { format: 'geojson', out }, NO_JOB_CONTEXT);
    expect(result.files).toEqual([`${out}.zip`]);
    for (const l of expected) {
      const layers = summary(ogrinfo('-ro', '-so', '-al', `/vsizip/${out}.zip/${l.table}.geojson`));
      expect(layers.get(l.table), l.table).toEqual({ count: l.count, geometry: GEOMETRY[l.table], wgs84: true });
    }
    expect(ogrinfo('-ro', '-al', '-q', `/vsizip/${out}.zip/compounds.geojson`)).toContain(
      `name (String) = ${firstName}`,
    );
  });

  test('KML: one folder per layer named in Chinese, ExtendedData fields', async () => {
    const out = path.join(dir, '导出.kml');
    await exportOpenProject(project, { format: 'kml', out }, NO_JOB_CONTEXT);
    const layers = summary(ogrinfo('-ro', '-so', '-al', out));
    for (const l of expected) {
      expect(layers.get(l.zh)?.count, l.zh).toBe(l.count);
      expect(layers.get(l.zh)?.wgs84, l.zh).toBe(true);
    }
    const features = ogrinfo('-ro', '-al', '-q', out, '小区');
    expect(features).toContain(`Name (String) = ${firstName}`);
    expect(features).toMatch(/sub_district \(String\) = \S/);
    expect(features).toMatch(/households \(Integer\) = \d+/);
    expect(features).toMatch(/consent_ratio \(Real\) = 0\.\d+/);
    expect(features).toMatch(/POLYGON \(\(106\./);
    // Every Placemark's style is defined; pipelines, roads and site areas use their category's (as on the map).
    const kml = fs.readFileSync(out, 'utf8');
    const styles = new Set([...kml.matchAll(/<Style id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...kml.matchAll(/<styleUrl>#([^<]+)<\/styleUrl>/g)].map((m) => m[1]));
    for (const id of used) expect(styles, id).toContain(id);
    for (const id of ['compounds', 'pipelines-water_supply', 'roads-fire_lane', 'site_areas-operating_area']) {
      expect(used, id).toContain(id);
    }
  });

  test('DXF: a layer per feature type and pipe type, Chinese labels, GK coordinates in metres', async () => {
    const out = path.join(dir, '导出.dxf');
    await exportOpenProject(project, { format: 'dxf', out }, NO_JOB_CONTEXT);
    const text = ogrinfo('-ro', '-al', '-q', out);
    const perLayer = new Map<string, number>();
    for (const m of text.matchAll(/Layer \(String\) = (.+)/g))
      perLayer.set(m[1] as string, (perLayer.get(m[1] as string) ?? 0) + 1);
    const polylinesOf = (table: string) =>
      rows[table as 'compounds'].reduce(
        (n, r) => n + (r.geometry.type === 'Polygon' ? r.geometry.coordinates.length : 1),
        0,
      );
    expect(perLayer.get('小区')).toBe(polylinesOf('compounds'));
    expect(perLayer.get('楼栋')).toBe(polylinesOf('buildings'));
    expect(perLayer.get('树木')).toBe(rows.trees.length);
    const pipeTypes = new Set(rows.pipelines.map((p) => p.type));
    expect(pipeTypes.size).toBeGreaterThan(1);
    const pipeLayers = [...perLayer.keys()].filter((k) => k.startsWith('管线-') && !k.endsWith('注记'));
    expect(pipeLayers.length).toBe(pipeTypes.size);
    expect(pipeLayers).toContain('管线-给水');
    expect(pipeLayers.reduce((n, k) => n + (perLayer.get(k) ?? 0), 0)).toBe(rows.pipelines.length);
    expect(text).toContain(`Text (String) = ${firstName}`);
    expect(perLayer.get('小区-注记')).toBe(rows.compounds.length);
    // Coordinates are the project's GK zone in metres: the first compound's first vertex, projected.
    const frame = createMetricFrame(project.settings().metric_epsg);
    const [lon, lat] = rows.compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
    const [x, y] = frame.ringToMetric([[lon, lat]])[0] ?? [0, 0];
    const extent = /Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/.exec(ogrinfo('-ro', '-so', '-al', out));
    const [minX, minY, maxX, maxY] = (extent?.slice(1) ?? []).map(Number) as [number, number, number, number];
    expect(x).toBeGreaterThanOrEqual(minX - 0.01);
    expect(x).toBeLessThanOrEqual(maxX + 0.01);
    expect(y).toBeGreaterThanOrEqual(minY - 0.01);
    expect(y).toBeLessThanOrEqual(maxY + 0.01);
    expect(minX).toBeGreaterThan(100000); // metres east of the false easting's origin, not degrees
    // Polygons are closed polylines: ring vertices without the repeated last one, flagged closed.
    const compounds = execFileSync('ogrinfo', ['-ro', '-al', '-q', '-where', "Layer = '小区'", out], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = [...compounds.matchAll(/^ {2}LINESTRING \((.+)\)$/gm)].map((m) => (m[1] as string).split(','));
    expect(lines.length).toBe(polylinesOf('compounds'));
    for (const l of lines) expect(l[0]).toBe(l[l.length - 1]);
  });
});
