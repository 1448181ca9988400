import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { building, compound, pipeline, recorder, tempDir, tree } from './helpers';

// GDAL is the independent judge of the file format: a project we wrote must open in ogrinfo with the right
// layers, counts, attribute values (Chinese included) and SRS, without warnings.

let backend: Backend;
afterEach(() => backend.dispose());

// GDAL's own GeoPackage validator (python3-gdal, a dependency of Debian's gdal-bin); it needs no osgeo module.
const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';

const ogrinfo = (...args: string[]): string => execFileSync('ogrinfo', args, { encoding: 'utf8' });

describe('GDAL reads our GeoPackage', () => {
  test('ogrinfo: layer names, feature counts, a Chinese value and EPSG:4326', async () => {
    const dir = tempDir();
    const file = path.join(dir, '片区.gpkg');
    backend = createBackend({ homeDir: dir, emit: recorder().emit });
    const h = backend.handlers;
    await h['project.create']({ path: file, name: '南明片区' });
    const compounds = [compound({ name: '花果园小区' }), compound({ name: '纺织厂宿舍', excluded: true })];
    const buildings = [1, 2, 3].map((n) => building({ compound_id: compounds[0]?.id ?? null, name: `${n}栋` }));
    await h['change.apply']({
      change: {
        ops: [
          ...compounds.map((row) => ({ op: 'put' as const, table: 'compounds' as const, row })),
          ...buildings.map((row) => ({ op: 'put' as const, table: 'buildings' as const, row })),
          { op: 'put', table: 'pipelines', row: pipeline({ code: 'JS-001' }) },
          { op: 'put', table: 'trees', row: tree() },
        ],
        summary: '导入',
      },
    });
    // Read while the project is open (WAL) and again after a clean close.
    for (const phase of ['open', 'closed']) {
      if (phase === 'closed') await h['project.close']({});
      const summary = ogrinfo('-ro', '-so', '-al', file);
      expect(summary, phase).toMatch(/Layer name: compounds[\s\S]*Geometry: Polygon[\s\S]*Feature Count: 2/);
      expect(summary, phase).toMatch(/Layer name: buildings[\s\S]*Geometry: Polygon[\s\S]*Feature Count: 3/);
      expect(summary, phase).toMatch(/Layer name: pipelines[\s\S]*Geometry: Line String[\s\S]*Feature Count: 1/);
      expect(summary, phase).toMatch(/Layer name: trees[\s\S]*Geometry: Point[\s\S]*Feature Count: 1/);
      expect(summary, phase).toMatch(/ID\["EPSG",4326\]/);
      expect(summary, phase).toContain('FID Column = fid');
      expect(summary, phase).toContain('excluded: Integer(Boolean)');
      const features = ogrinfo('-ro', '-al', '-q', file);
      expect(features, phase).toContain('name (String) = 花果园小区');
      expect(features, phase).toContain('name (String) = 2栋');
      expect(features, phase).toMatch(/POLYGON \(\(106\.2 27\.4,/);
      expect(features, phase).toContain('code (String) = JS-001');
      expect(features, phase).toMatch(/LINESTRING \(106\.2 27\.4,/);
      expect(features, phase).toMatch(/POINT \(106\.2001 27\.4001\)/);
    }
    const layers = ogrinfo('-ro', '-q', file);
    expect(layers.match(/^\d+: \w+/gm)).toEqual([
      '1: compounds',
      '2: buildings',
      '3: packages', // GDAL lists feature layers first
      '4: pipelines',
      '5: trees',
      '6: roads',
      '7: site_areas',
      '8: facilities',
      '9: leftover_pieces',
      '10: annotations',
      '11: settings',
      '12: journal',
      '13: package_members',
      '14: renovation_items',
      '15: compound_items',
      '16: clearance_rules',
      '17: conflict_reviews',
      '18: review_meetings',
      '19: review_opinions',
    ]);
  });

  test('ogrinfo prints no warnings and its spatial filter uses our R-tree', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    backend = createBackend({ homeDir: dir, emit: recorder().emit });
    await backend.handlers['project.create']({ path: file });
    const near = compound();
    const far = compound({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [110, 30],
            [110.1, 30],
            [110.1, 30.1],
            [110, 30],
          ],
        ],
      },
    });
    await backend.handlers['change.apply']({
      change: {
        ops: [
          { op: 'put', table: 'compounds', row: near },
          { op: 'put', table: 'compounds', row: far },
        ],
        summary: 'x',
      },
    });
    await backend.handlers['project.close']({});
    const result = execFileSync('sh', ['-c', `ogrinfo -ro -so -al "${file}" 2>&1 >/dev/null`], { encoding: 'utf8' });
    expect(result).toBe('');
    const filtered = ogrinfo('-ro', '-q', '-spat', '109', '29', '111', '31', file, 'compounds');
    expect(filtered).toContain(far.id);
    expect(filtered).not.toContain(near.id);
  });

  test.skipIf(!fs.existsSync(VALIDATOR))(
    'GDAL validate_gpkg.py finds nothing to report, after edits and undo',
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'p.gpkg');
      backend = createBackend({ homeDir: dir, emit: recorder().emit });
      const h = backend.handlers;
      await h['project.create']({ path: file });
      const c = compound();
      await h['change.apply']({ change: { ops: [{ op: 'put', table: 'compounds', row: c }], summary: 'a' } });
      await h['change.apply']({ change: { ops: [{ op: 'delete', table: 'compounds', id: c.id }], summary: 'b' } });
      await h['history.undo']({});
      await h['change.apply']({
        change: { ops: [{ op: 'put', table: 'settings', row: { id: 'metric_epsg', value: 4543 } }], summary: 'c' },
      });
      await h['project.close']({});
      const out = execFileSync('python3', [VALIDATOR, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toBe('');
    },
  );
});
