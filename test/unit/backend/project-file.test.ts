import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { TABLE_COLUMNS } from '../../../electron/backend/store/columns';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { TABLE_NAMES, tableSchemas } from '../../../shared/model/tables';
import { DEFAULT_RENOVATION_ITEMS } from '../../../shared/standards/renovation-items';
import { building, compound, recorder, tempDir } from './helpers';

let backends: Backend[] = [];
const open = (homeDir: string): Backend => {
  const b = createBackend({ homeDir, emit: recorder().emit });
  backends.push(b);
  return b;
};
afterEach(() => {
  for (const b of backends) b.dispose();
  backends = [];
});

describe('project file', () => {
  test('create, edit, close, reopen: everything persists', async () => {
    const dir = tempDir();
    const file = path.join(dir, '老城片区.gpkg');
    const first = open(dir).handlers;
    const info = await first['project.create']({ path: file, name: '老城片区' });
    expect(info).toMatchObject({ path: file, schemaVersion: 7, counts: { compounds: 0, buildings: 0 } });
    const c = compound({
      name: '幸福里',
      build_year: null,
      consent_ratio: null,
      excluded: true,
      excluded_reason: '拆迁',
    });
    const b = building({ compound_id: c.id, has_elevator: true, height_m: null });
    await first['change.apply']({
      change: {
        ops: [
          { op: 'put', table: 'compounds', row: c },
          { op: 'put', table: 'buildings', row: b },
          { op: 'put', table: 'settings', row: { id: 'cutoff_year', value: 1999 } },
        ],
        summary: '新增小区',
      },
    });
    await first['project.close']({});
    expect(await first['project.current']({})).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(['recent.json', '老城片区.gpkg']); // no -wal/-shm/lock left

    const second = open(dir).handlers;
    const reopened = await second['project.open']({ path: file });
    expect(reopened.settings).toEqual({ ...DEFAULT_SETTINGS, project_name: '老城片区', cutoff_year: 1999 });
    expect(reopened.counts).toEqual({ compounds: 1, buildings: 1 });
    const loaded = await second['features.load']({});
    expect(loaded).toMatchObject({ compounds: [c], buildings: [b], packages: [], package_members: [] });
    expect(loaded.compound_items).toEqual([]);
    expect(loaded.renovation_items).toEqual(DEFAULT_RENOVATION_ITEMS); // the catalog is seeded at creation
    expect((await second['journal.list']({}))[0]).toMatchObject({ origin: 'apply', summary: '新增小区', ops: 3 });
  });

  test('is a GeoPackage: application_id, user_version, SRS rows, contents, geometry columns, rtree', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    const h = open(dir).handlers;
    await h['project.create']({ path: file });
    const c = compound();
    await h['change.apply']({ change: { ops: [{ op: 'put', table: 'compounds', row: c }], summary: 'a' } });
    await h['project.close']({});

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(0x47504b47);
      expect(db.pragma('user_version', { simple: true })).toBe(10300);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      const srs = db.prepare('SELECT srs_id, definition FROM gpkg_spatial_ref_sys ORDER BY srs_id').all() as {
        srs_id: number;
        definition: string;
      }[];
      expect(srs.map((s) => s.srs_id)).toEqual([-1, 0, 4326, 4544]);
      expect(srs[3]?.definition).toContain('PARAMETER["central_meridian",105]');
      const contents = db.prepare('SELECT table_name, data_type, srs_id FROM gpkg_contents ORDER BY table_name').all();
      expect(contents).toEqual([
        { table_name: 'annotations', data_type: 'features', srs_id: 4326 },
        { table_name: 'buildings', data_type: 'features', srs_id: 4326 },
        { table_name: 'clearance_rules', data_type: 'attributes', srs_id: null },
        { table_name: 'compound_items', data_type: 'attributes', srs_id: null },
        { table_name: 'compounds', data_type: 'features', srs_id: 4326 },
        { table_name: 'conflict_reviews', data_type: 'attributes', srs_id: null },
        { table_name: 'facilities', data_type: 'features', srs_id: 4326 },
        { table_name: 'journal', data_type: 'attributes', srs_id: null },
        { table_name: 'leftover_pieces', data_type: 'features', srs_id: 4326 },
        { table_name: 'package_members', data_type: 'attributes', srs_id: null },
        { table_name: 'packages', data_type: 'features', srs_id: 4326 },
        { table_name: 'pipelines', data_type: 'features', srs_id: 4326 },
        { table_name: 'renovation_items', data_type: 'attributes', srs_id: null },
        { table_name: 'review_meetings', data_type: 'attributes', srs_id: null },
        { table_name: 'review_opinions', data_type: 'attributes', srs_id: null },
        { table_name: 'roads', data_type: 'features', srs_id: 4326 },
        { table_name: 'settings', data_type: 'attributes', srs_id: null },
        { table_name: 'site_areas', data_type: 'features', srs_id: 4326 },
        { table_name: 'trees', data_type: 'features', srs_id: 4326 },
      ]);
      const geomCols = db.prepare(
        'SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns',
      );
      expect(geomCols.all()).toEqual([
        { table_name: 'compounds', column_name: 'geometry', geometry_type_name: 'POLYGON', srs_id: 4326 },
        { table_name: 'buildings', column_name: 'geometry', geometry_type_name: 'POLYGON', srs_id: 4326 },
        { table_name: 'packages', column_name: 'geometry', geometry_type_name: 'MULTIPOLYGON', srs_id: 4326 },
        { table_name: 'pipelines', column_name: 'geometry', geometry_type_name: 'LINESTRING', srs_id: 4326 },
        { table_name: 'trees', column_name: 'geometry', geometry_type_name: 'POINT', srs_id: 4326 },
        { table_name: 'roads', column_name: 'geometry', geometry_type_name: 'LINESTRING', srs_id: 4326 },
        { table_name: 'site_areas', column_name: 'geometry', geometry_type_name: 'POLYGON', srs_id: 4326 },
        { table_name: 'facilities', column_name: 'geometry', geometry_type_name: 'POLYGON', srs_id: 4326 },
        { table_name: 'leftover_pieces', column_name: 'geometry', geometry_type_name: 'POLYGON', srs_id: 4326 },
        { table_name: 'annotations', column_name: 'geometry', geometry_type_name: 'LINESTRING', srs_id: 4326 },
      ]);
      const ext = db.prepare(
        "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY 1",
      );
      expect(ext.pluck().all()).toEqual([
        'annotations',
        'buildings',
        'compounds',
        'facilities',
        'leftover_pieces',
        'packages',
        'pipelines',
        'roads',
        'site_areas',
        'trees',
      ]);
      const box = db.prepare('SELECT minx, maxx, miny, maxy FROM rtree_compounds_geometry').get() as Record<
        string,
        number
      >;
      expect(box.minx).toBeCloseTo(106.2, 5);
      expect(box.maxy).toBeCloseTo(27.404, 5);
      expect(db.prepare('SELECT min_x FROM gpkg_contents WHERE table_name = ?').pluck().get('compounds')).toBeCloseTo(
        106.2,
        5,
      );
    } finally {
      db.close();
    }
  });

  test('the SQL columns match shared/model/tables.ts and the backend column spec (drift fails here)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    await open(dir).handlers['project.create']({ path: file });
    await backends[0]?.handlers['project.close']({});
    const db = new Database(file, { readonly: true });
    try {
      for (const table of TABLE_NAMES) {
        const sqlCols = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
        const zodKeys = Object.keys(tableSchemas[table].shape);
        expect(sqlCols.filter((n) => n !== 'fid').sort(), table).toEqual([...zodKeys].sort());
        expect(TABLE_COLUMNS[table].map((c) => c.name).sort(), table).toEqual([...zodKeys].sort());
      }
    } finally {
      db.close();
    }
  });

  test('changing metric_epsg adds that CRS to gpkg_spatial_ref_sys', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    const h = open(dir).handlers;
    await h['project.create']({ path: file });
    await h['change.apply']({
      change: { ops: [{ op: 'put', table: 'settings', row: { id: 'metric_epsg', value: 4545 } }], summary: 'crs' },
    });
    await h['project.close']({});
    const db = new Database(file, { readonly: true });
    const row = db.prepare('SELECT srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = 4545').get();
    db.close();
    expect(row).toEqual({ srs_name: 'CGCS2000 / 3-degree Gauss-Kruger CM 108E' });
  });

  test('create refuses to overwrite an existing file and leaves no temp files behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    fs.writeFileSync(file, 'precious');
    await expect(open(dir).handlers['project.create']({ path: file })).rejects.toMatchObject({ code: 'file.exists' });
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    expect(fs.readdirSync(dir)).toEqual(['p.gpkg']);
  });
});
