import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inspectSource } from '../../../electron/backend/exchange/import';
import type { OpenProject } from '../../../electron/backend/project';
import { errorText } from '../../../shared/i18n/index';
import { AppError } from '../../../shared/model/errors';
import type { ImportRun } from '../../../shared/model/exchange';
import { dxfText, IN, importInto, makeShapefile, newProject, run, sha256, tempDir } from './helpers';

// The malformed corpus (issue 6 §3): every bad input gives its own clear Chinese message (an error code, or a
// notice where the data can still come in) and the project file stays byte for byte what it was.

let dir: string;
let project: OpenProject;
let before: string;

beforeAll(() => {
  dir = tempDir();
  project = newProject(dir);
  before = sha256(project.path);
});
afterAll(() => {
  expect(sha256(project.path)).toBe(before);
  project.close();
});

const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

/** A fresh GBK Shapefile set of the compounds in GK 108E, to break. */
const shapes = (name: string): string =>
  makeShapefile(dir, name, 'compounds-shp.geojson', { encoding: 'GBK', srs: 'EPSG:4545' });
const sibling = (shp: string, ext: string) => shp.replace(/\.shp$/, ext);

async function expectError(r: ImportRun, code: string): Promise<AppError> {
  const err = await importInto(project, r).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  const text = errorText((err as AppError).toData());
  expect(text).not.toContain('{'); // every placeholder filled
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(sha256(project.path)).toBe(before);
  return err as AppError;
}

const compounds = (p: string, extra: Partial<ImportRun> = {}) => run(p, 'compounds', { 名称: 'name' }, extra);
const noticeKeys = async (p: string, source = {}) =>
  (await inspectSource({ path: p, ...source })).notices.map((n) => n.key);

describe('malformed inputs: a clear message, the project unchanged', () => {
  test('1 truncated .shp (records cut off)', async () => {
    const shp = shapes('trunc');
    const bytes = fs.readFileSync(shp);
    fs.writeFileSync(shp, bytes.subarray(0, bytes.length - 40));
    const e = await expectError(compounds(shp), 'import.corrupt');
    expect(errorText(e.toData())).toContain('截断');
  });

  test('2 .shp header declaring 2 GB in a tiny file', async () => {
    const shp = shapes('liar');
    const bytes = Buffer.from(fs.readFileSync(shp));
    bytes.writeInt32BE(1024 * 1024 * 1024, 24); // 1 Gi 16-bit words = 2 GB
    fs.writeFileSync(shp, bytes);
    const e = await expectError(compounds(shp), 'import.corrupt');
    expect(errorText(e.toData())).toContain('2.0 GB');
  });

  test('3 missing .dbf', async () => {
    const shp = shapes('nodbf');
    fs.rmSync(sibling(shp, '.dbf'));
    await expectError(compounds(shp), 'import.missingPart');
  });

  test('4 truncated .dbf', async () => {
    const shp = shapes('shortdbf');
    const dbf = sibling(shp, '.dbf');
    fs.writeFileSync(dbf, fs.readFileSync(dbf).subarray(0, 400));
    const e = await expectError(compounds(shp), 'import.corrupt');
    expect(errorText(e.toData())).toContain('.dbf');
  });

  test('5 missing .shx: read anyway, and said', async () => {
    const shp = shapes('noshx');
    fs.rmSync(sibling(shp, '.shx'));
    expect(await noticeKeys(shp)).toContain('exchange.notice.noShx');
    const dry = await importInto(project, compounds(shp, { dryRun: true }));
    expect(dry.report.written).toBe(4);
  });

  test('6 a .prj that cannot be parsed: said, and the import asks for a CRS', async () => {
    const shp = shapes('badprj');
    fs.writeFileSync(sibling(shp, '.prj'), 'PROJCS[garbage');
    expect(await noticeKeys(shp)).toEqual(
      expect.arrayContaining(['exchange.notice.prjUnparsable', 'exchange.notice.crsNeeded']),
    );
    await expectError(compounds(shp), 'import.crsUnknown');
  });

  test('7 a .prj in Beijing 1954 (not offered): said, CRS asked for', async () => {
    const shp = shapes('b54');
    const prj = fs
      .readFileSync(sibling(shp, '.prj'), 'latin1')
      .replaceAll('China_2000', 'Beijing_1954')
      .replace('CGCS2000', 'Krasovsky_1940');
    fs.writeFileSync(sibling(shp, '.prj'), prj);
    expect(await noticeKeys(shp)).toContain('exchange.notice.prjUnsupported');
    await expectError(compounds(shp), 'import.crsUnknown');
  });

  test('8 GBK without .cpg: detected, said, names intact', async () => {
    const shp = shapes('nocpg');
    fs.rmSync(sibling(shp, '.cpg'));
    expect(await noticeKeys(shp)).toContain('exchange.notice.encodingDetected');
    const preview = await inspectSource({ path: shp });
    expect(preview.fields.find((f) => f.name === '名称')?.samples[0]).toBe('花溪路小区');
  });

  test('9 an empty file', async () => {
    await expectError(compounds(file('empty.geojson', '')), 'import.empty');
  });

  test('10 a FeatureCollection without features', async () => {
    await expectError(
      compounds(file('none.geojson', '{"type":"FeatureCollection","features":[]}')),
      'import.noFeatures',
    );
  });

  test('11 broken JSON', async () => {
    await expectError(
      compounds(file('broken.geojson', '{"type":"FeatureCollection","features":[{"type":')),
      'import.unreadable',
    );
  });

  test('12 JSON that is not GeoJSON', async () => {
    await expectError(compounds(file('other.json', '{"rows":[1,2,3]}')), 'import.unreadable');
  });

  test('13 lat/lon written as x/y: the swap is offered; without it nothing lands on the map', async () => {
    const swapped = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 名称: 'A' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [26.6, 106.7],
                [26.6, 106.701],
                [26.601, 106.701],
                [26.6, 106.7],
              ],
            ],
          },
        },
      ],
    };
    const p = file('latlon.geojson', JSON.stringify(swapped));
    const preview = await inspectSource({ path: p });
    expect(preview.swapSuggested).toBe(true);
    expect(preview.notices.map((n) => n.key)).toContain('exchange.notice.latLonOrder');
    await expectError(compounds(p), 'import.outOfRange');
    const fixed = await importInto(project, { ...compounds(p, { dryRun: true }), source: { path: p, swapXY: true } });
    expect(fixed.report.bbox?.[0]).toBeCloseTo(106.7, 6);
  });

  test('14 DXF with unclosed polylines into compounds: lines said, and refused as areas', async () => {
    const text = dxfText().replace(/70\n1\n/, '70\n0\n'); // the compound outline left open in CAD
    const p = file('open.dxf', text);
    expect(await noticeKeys(p, { crs: 'EPSG:4545' })).toContain('exchange.notice.dxfOpenPolylines');
    await expectError({ ...compounds(p), source: { path: p, crs: 'EPSG:4545' } }, 'import.wrongGeometry');
  });

  test('15 XLSX with merged header cells', async () => {
    const p = path.join(dir, 'merged.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['基本情况', '', '建成年代']);
    ws.mergeCells('A1:B1');
    ws.addRow(['花溪路小区', 330, 1993]);
    await wb.xlsx.writeFile(p);
    const e = await expectError(run(p, 'compounds', { 基本情况: 'name' }, { joinBy: 'name' }), 'import.mergedHeader');
    expect(errorText(e.toData())).toContain('A1');
  });

  test('16 an unsupported format (.dwg)', async () => {
    const e = await expectError(compounds(file('plan.dwg', 'AC1032')), 'import.unsupportedFormat');
    expect(errorText(e.toData())).toContain('另存为 DXF');
  });

  test('17 a damaged zip', async () => {
    await expectError(compounds(file('broken.zip', 'PK\u0003\u0004 not really a zip')), 'import.unreadable');
  });

  test('18 a zip without a .shp', async () => {
    await expectError(
      compounds(file('docs.zip', zipSync({ 'readme.txt': new TextEncoder().encode('hi') }))),
      'import.unreadable',
    );
  });

  test('19 KML that is not well-formed XML', async () => {
    await expectError(compounds(file('bad.kml', '<kml><Document><Placemark></Document></kml>')), 'import.unreadable');
  });

  test('20 a .gpkg that is not SQLite', async () => {
    await expectError(
      compounds(file('fake.gpkg', 'definitely not sqlite, just text padded out '.repeat(30))),
      'import.unreadable',
    );
  });

  test('21 a ledger without geometry and no join', async () => {
    await expectError(run(path.join(IN, 'ledger.csv'), 'compounds', { 小区名称: 'name' }), 'import.noGeometry');
  });

  test('22 a ledger joined by name without a name column mapped', async () => {
    await expectError(
      run(path.join(IN, 'ledger.csv'), 'compounds', { 户数: 'households' }, { joinBy: 'name' }),
      'import.joinField',
    );
  });

  test('23 lines into a polygon layer', async () => {
    await expectError(run(path.join(IN, 'pipelines.geojson'), 'compounds', {}), 'import.wrongGeometry');
  });

  test('24 projected coordinates declared as lon/lat', async () => {
    const shp = shapes('wrongcrs');
    await expectError({ ...compounds(shp), source: { path: shp, crs: 'EPSG:4326' } }, 'import.outOfRange');
  });

  test('25 a .shp that is not a Shapefile', async () => {
    await expectError(compounds(file('random.shp', Buffer.alloc(200, 7))), 'import.unreadable');
  });

  test('26 a missing file, and a sheet/layer that does not exist', async () => {
    await expectError(compounds(path.join(dir, 'nowhere.geojson')), 'file.notFound');
    const p = path.join(dir, 'one.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRow(['小区名称']);
    await wb.xlsx.writeFile(p);
    await expectError({ ...compounds(p), source: { path: p, sourceLayer: '附表' } }, 'import.layerNotFound');
  });
});
