import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inspectSource } from '../../../electron/backend/exchange/import';
import { AppError } from '../../../shared/model/errors';
import {
  dxfText,
  IN,
  importCompounds,
  importInto,
  JOB,
  makeShapefile,
  ogr2ogr,
  run,
  sha256,
  withNewProject,
} from './helpers';

// exchange.import end to end on real project files: rows and their values, multipolygons split, bad values
// counted, compound assignment, ledger joins, dry runs and cancels that write nothing, and undo as one step.

const COMPOUND_MAP = {
  名称: 'name',
  编码: 'code',
  年代: 'build_year',
  户数: 'households',
  栋数: 'building_count',
  面积: 'floor_area_m2',
  街道: 'sub_district',
  社区: 'community',
};

describe('exchange.import', () => {
  test('a GBK Shapefile in CGCS2000 GK 108E becomes compounds with their survey values, in one undoable change', async () => {
    await withNewProject(async (project, dir) => {
      const shp = makeShapefile(dir, '小区', 'compounds-shp.geojson', {
        encoding: 'GBK',
        dropCpg: true,
        srs: 'EPSG:4545',
      });
      const preview = await inspectSource({ path: shp });
      expect(preview.detectedCrs).toBe('EPSG:4545');
      expect(preview.suggestedLayer).toBe('compounds');
      expect(preview.suggestedMapping).toMatchObject({
        名称: 'name',
        编码: 'code',
        年代: 'build_year',
        户数: 'households',
      });
      const [w, s, e, n] = preview.bbox ?? [];
      expect(w).toBeCloseTo(106.7, 6);
      expect(s).toBeCloseTo(26.6, 6);
      expect(e).toBeCloseTo(106.7045, 6);
      expect(n).toBeCloseTo(26.604, 6);

      const { report, applied } = await importInto(project, run(shp, 'compounds', COMPOUND_MAP));
      expect(report).toMatchObject({ features: 3, written: 4, invalid: 0, fixed: 0 }); // the MultiPolygon's 2 parts
      expect(report.notes).toContainEqual({ key: 'exchange.note.split', params: { count: 1 } });
      expect(report.notes).toContainEqual({
        key: 'exchange.note.badValues',
        params: { column: 'households', count: 1 },
      }); // 约两百
      expect(applied?.history.canUndo).toBe(true);
      const rows = project.load().compounds;
      const huaxi = rows.find((c) => c.name === '花溪路小区');
      expect(huaxi).toMatchObject({
        code: 'GY-001',
        build_year: 1992,
        households: 320,
        building_count: 8,
        floor_area_m2: 28500,
        sub_district: '中华街道',
      });
      expect(rows.filter((c) => c.name === '电机厂宿舍')).toHaveLength(2);
      expect(rows.find((c) => c.name === '新华里')?.households).toBeNull();
      expect(huaxi?.geometry.coordinates[0]?.[0]?.[0]).toBeCloseTo(106.7, 7);
      project.undo();
      expect(project.load().compounds).toHaveLength(0);
    });
  });

  test('buildings and pipelines are assigned to the compound they fall in; Chinese labels become enum values', async () => {
    await withNewProject(async (project) => {
      await importCompounds(project, { 小区名称: 'name', 小区编码: 'code' });
      const byName = new Map(project.load().compounds.map((c) => [c.name, c.id]));
      const b = await importInto(
        project,
        run(path.join(IN, 'buildings.geojson'), 'buildings', {
          楼栋号: 'name',
          层数: 'floors',
          单元数: 'entrances',
          电梯: 'has_elevator',
        }),
      );
      expect(b.report.written).toBe(2);
      const buildings = project.load().buildings;
      expect(buildings.find((x) => x.name === '1#')).toMatchObject({
        floors: 6,
        entrances: 3,
        has_elevator: false,
        compound_id: byName.get('花溪路小区'),
      });
      expect(buildings.find((x) => x.name === '2#')).toMatchObject({
        floors: 7,
        has_elevator: true,
        compound_id: byName.get('新华里'),
      });
      const p = await importInto(
        project,
        run(path.join(IN, 'pipelines.geojson'), 'pipelines', {
          编号: 'code',
          管线类型: 'type',
          管材: 'material',
          管径: 'diameter_mm',
        }),
      );
      expect(p.report.notes).toContainEqual({
        key: 'exchange.note.badValues',
        params: { column: 'diameter_mm', count: 1 },
      }); // 'DN150'
      const pipes = project.load().pipelines;
      expect(pipes.find((x) => x.code === 'WS-01')).toMatchObject({
        type: 'sewer',
        diameter_mm: 300,
        material: 'HDPE',
        compound_id: byName.get('新华里'),
      });
      expect(pipes.find((x) => x.code === 'JS-01')).toMatchObject({ type: 'water_supply', diameter_mm: 200 });
    });
  });

  test('a CSV ledger joined by name updates the surveyed fields of existing compounds only', async () => {
    await withNewProject(async (project) => {
      await importCompounds(project, { 小区名称: 'name', 户数: 'households' });
      const ledger = run(
        path.join(IN, 'ledger.csv'),
        'compounds',
        {
          小区名称: 'name',
          户数: 'households',
          建成年代: 'build_year',
          居民同意比例: 'consent_ratio',
          产权性质: 'property_type',
        },
        { joinBy: 'name' },
      );
      const { report } = await importInto(project, ledger);
      expect(report.written).toBe(2);
      expect(report.skipped).toEqual([{ reason: 'exchange.skip.joinNotFound', count: 1 }]);
      const rows = project.load().compounds;
      expect(rows).toHaveLength(4);
      expect(rows.find((c) => c.name === '花溪路小区')).toMatchObject({
        households: 330,
        build_year: 1993,
        consent_ratio: 0.85,
        property_type: 'reformed',
      });
      expect(rows.find((c) => c.name === '新华里')).toMatchObject({
        households: 210,
        consent_ratio: 0.9,
        property_type: 'commodity',
      });
    });
  });

  test('a dry run and a cancelled run leave the file byte for byte as it was', async () => {
    await withNewProject(async (project) => {
      const before = sha256(project.path);
      const dry = await importCompounds(project, { 小区名称: 'name' }, { dryRun: true });
      expect(dry.report).toMatchObject({ written: 4, applied: null });
      expect(dry.applied).toBeNull();
      let calls = 0;
      const cancelling = {
        ...JOB,
        checkpoint: async () => {
          calls++;
          if (calls >= 2) throw new AppError('job.cancelled');
        },
      };
      await expect(
        importInto(project, run(path.join(IN, 'compounds.geojson'), 'compounds', { 小区名称: 'name' }), cancelling),
      ).rejects.toMatchObject({ code: 'job.cancelled' });
      expect(project.load().compounds).toHaveLength(0);
      expect(sha256(project.path)).toBe(before);
    });
  });

  test('a self-intersecting ring is repaired (make-valid) and counted; a 2-point ring is skipped with its reason', async () => {
    await withNewProject(async (project) => {
      const { report } = await importInto(
        project,
        run(path.join(IN, 'bad-rings.geojson'), 'compounds', { name: 'name' }),
      );
      expect(report).toMatchObject({ features: 3, invalid: 2, fixed: 1 });
      expect(report.skipped).toContainEqual({ reason: 'geo.invalid.tooFewPoints', count: 1 });
      const names = project
        .load()
        .compounds.map((c) => c.name)
        .sort();
      expect(names).toEqual(['正常', '蝴蝶结', '蝴蝶结']); // the bow-tie's two triangles
    });
  });
});

describe('other sources and layers', () => {
  test('a DXF survey in GK 108E: the closed outline becomes a compound, the open line a road', async () => {
    await withNewProject(async (project, dir) => {
      const file = path.join(dir, 'survey.dxf');
      fs.writeFileSync(file, dxfText());
      const c = await importInto(project, {
        ...run(file, 'compounds', {}),
        source: { path: file, crs: 'EPSG:4545', sourceLayer: '小区边界' },
      });
      expect(c.report.written).toBe(1);
      const r = await importInto(project, {
        ...run(file, 'roads', {}),
        source: { path: file, crs: 'EPSG:4545', sourceLayer: '道路' },
      });
      expect(r.report.written).toBe(1);
      const rows = project.load();
      const [lon, lat] = rows.compounds[0]?.geometry.coordinates[0]?.[0] ?? [];
      expect(lon).toBeGreaterThan(108.6); // easting 569,900 m is ~70 km east of 108°E
      expect(lon).toBeLessThan(108.8);
      expect(lat).toBeGreaterThan(26.5);
      expect(rows.roads[0]).toMatchObject({ kind: 'road', compound_id: null });
    });
  });

  test('a KML of trees with 树种, and a tree assigned by the compound code field when it lies outside', async () => {
    await withNewProject(async (project, dir) => {
      await importCompounds(project, { 小区名称: 'name', 小区编码: 'code' });
      const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>樟1</name><ExtendedData><Data name="树种"><value>香樟</value></Data></ExtendedData><Point><coordinates>106.7035,26.6005</coordinates></Point></Placemark>
<Placemark><name>银1</name><ExtendedData><Data name="树种"><value>银杏</value></Data><Data name="小区编码"><value>GY-001</value></Data></ExtendedData><Point><coordinates>106.80,26.70</coordinates></Point></Placemark>
</Document></kml>`;
      const file = path.join(dir, 'trees.kml');
      fs.writeFileSync(file, kml);
      const { report } = await importInto(project, run(file, 'trees', { 树种: 'species', 小区编码: 'compound_code' }));
      expect(report.written).toBe(2);
      const byName = new Map(project.load().compounds.map((c) => [c.name, c.id]));
      const trees = project.load().trees;
      expect(trees.find((t) => t.species === '香樟')?.compound_id).toBe(byName.get('新华里'));
      expect(trees.find((t) => t.species === '银杏')?.compound_id).toBe(byName.get('花溪路小区'));
    });
  });

  test('another GeoPackage (GDAL-written, CGCS2000 GK zone with prefix) imports its chosen layer', async () => {
    await withNewProject(async (project, dir) => {
      const src = path.join(dir, 'other.gpkg');
      ogr2ogr(['-f', 'GPKG', src, path.join(IN, 'compounds.geojson'), '-nln', '小区', '-t_srs', 'EPSG:4524']);
      const preview = await inspectSource({ path: src });
      expect(preview.detectedCrs).toBe('EPSG:4524');
      const { report } = await importInto(project, {
        ...run(src, 'compounds', preview.suggestedMapping),
        source: { path: src, sourceLayer: '小区' },
      });
      expect(report.written).toBe(4);
      const c = project.load().compounds.find((x) => x.code === 'GY-001');
      expect(c?.geometry.coordinates[0]?.[0]?.[0]).toBeCloseTo(106.7, 6);
    });
  });
});
