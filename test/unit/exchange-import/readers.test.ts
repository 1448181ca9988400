import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../../electron/backend/exchange/read/index';
import { dxfText, IN, makeShapefile, ogr2ogr, tempDir } from './helpers';

// Each reader on small real files: GDAL writes the Shapefiles and the GeoPackage from the committed GeoJSON;
// KML, DXF, CSV and XLSX are written here as their tools write them.

const noTick = async () => {};
const read = (p: string, o = {}) => readSource(p, o, noTick);
const NAMES = ['花溪路小区', '新华里', '电机厂宿舍'];

describe('readers', () => {
  test('GeoJSON: features, fields in order, Chinese text', async () => {
    const d = await read(path.join(IN, 'compounds.geojson'));
    expect(d.format).toBe('geojson');
    expect(d.features.map((f) => f.properties.小区名称)).toEqual(NAMES);
    expect(d.fields.slice(0, 3)).toEqual(['小区名称', '小区编码', '建成年代']);
    expect(d.features[2]?.geometry?.type).toBe('MultiPolygon');
  });

  test('Shapefile in GBK without .cpg: the names come through intact (detected GBK)', async () => {
    const shp = makeShapefile(tempDir(), 'gbk', 'compounds-shp.geojson', {
      encoding: 'GBK',
      dropCpg: true,
      srs: 'EPSG:4545',
    });
    const d = await read(shp);
    expect(d.encoding).toBe('gbk');
    expect(d.fields).toContain('名称');
    expect(d.features.map((f) => f.properties.名称)).toEqual(NAMES);
    expect(d.crs).toBe('EPSG:4545');
    expect(d.notices.map((n) => n.key)).toContain('exchange.notice.encodingDetected');
  });

  test('Shapefile in UTF-8 with .cpg, and the same set zipped', async () => {
    const dir = tempDir();
    const shp = makeShapefile(dir, 'utf8', 'compounds-shp.geojson', { encoding: 'UTF-8' });
    const d = await read(shp);
    expect(d.encoding).toBe('utf-8');
    expect(d.features.map((f) => f.properties.街道)).toEqual(['中华街道', '中华街道', '延安街道']);
    const files = Object.fromEntries(
      ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => [
        `sub/utf8.${e}`,
        new Uint8Array(fs.readFileSync(path.join(dir, `utf8.${e}`))),
      ]),
    );
    const zip = path.join(dir, 'set.zip');
    fs.writeFileSync(zip, zipSync(files));
    const z = await read(zip);
    expect(z.features.map((f) => f.properties.名称)).toEqual(NAMES);
    expect(z.crs).toBe('EPSG:4326');
  });

  test('a zip of GeoJSON layers (as RenoZone exports them) and a zip of two Shapefile sets list their layers', async () => {
    const dir = tempDir();
    const enc = (f: string) => new Uint8Array(fs.readFileSync(path.join(IN, f)));
    const zip = path.join(dir, 'layers.geojson.zip');
    fs.writeFileSync(
      zip,
      zipSync({ 'compounds.geojson': enc('compounds.geojson'), 'pipelines.geojson': enc('pipelines.geojson') }),
    );
    const d = await read(zip, { sourceLayer: 'pipelines' });
    expect(d.sourceLayers).toEqual(['compounds', 'pipelines']);
    expect(d.features.map((f) => f.properties.编号)).toEqual(['JS-01', 'WS-01']);
    makeShapefile(dir, 'a', 'compounds-shp.geojson');
    makeShapefile(dir, 'b', 'pipelines.geojson');
    const set = (stem: string) =>
      Object.fromEntries(
        ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => [
          `${stem}.${e}`,
          new Uint8Array(fs.readFileSync(path.join(dir, `${stem}.${e}`))),
        ]),
      );
    const two = path.join(dir, 'two.zip');
    fs.writeFileSync(two, zipSync({ ...set('a'), ...set('b') }));
    const b = await read(two, { sourceLayer: 'b' });
    expect(b.sourceLayers).toEqual(['a', 'b']);
    expect(b.features).toHaveLength(2);
  });

  test('GeoPackage written by GDAL: layer list, srs, attributes', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'src.gpkg');
    ogr2ogr(['-f', 'GPKG', out, path.join(IN, 'compounds.geojson'), '-nln', '小区', '-t_srs', 'EPSG:4547']);
    ogr2ogr(['-f', 'GPKG', '-update', out, path.join(IN, 'pipelines.geojson'), '-nln', 'pipes']);
    const d = await read(out, { sourceLayer: '小区' });
    expect(d.sourceLayers.sort()).toEqual(['pipes', '小区'].sort());
    expect(d.crs).toBe('EPSG:4547');
    expect(d.features.map((f) => f.properties.小区名称)).toEqual(NAMES);
  });

  test('KML and KMZ: placemarks with ExtendedData, lon/lat', async () => {
    const dir = tempDir();
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>古树 1</name><ExtendedData><Data name="树种"><value>银杏</value></Data></ExtendedData><Point><coordinates>106.7005,26.6005</coordinates></Point></Placemark>
<Placemark><name>花园</name><Polygon><outerBoundaryIs><LinearRing><coordinates>106.70,26.60 106.701,26.60 106.701,26.601 106.70,26.60</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;
    fs.writeFileSync(path.join(dir, 'a.kml'), kml);
    const d = await read(path.join(dir, 'a.kml'));
    expect(d.crs).toBe('EPSG:4326');
    expect(d.features.map((f) => f.geometry?.type)).toEqual(['Point', 'Polygon']);
    expect(d.features[0]?.properties.树种).toBe('银杏');
    fs.writeFileSync(path.join(dir, 'b.kmz'), zipSync({ 'doc.kml': new TextEncoder().encode(kml) }));
    const folders = kml
      .replace('<Document>', '<Document><Folder><name>树木</name>')
      .replace('<Placemark><name>花园', '</Folder><Folder><name>绿地</name><Placemark><name>花园')
      .replace('</Document>', '</Folder></Document>');
    fs.writeFileSync(path.join(dir, 'c.kml'), folders);
    const byFolder = await read(path.join(dir, 'c.kml'), { sourceLayer: '绿地' });
    expect(byFolder.sourceLayers).toEqual(['树木', '绿地']);
    expect(byFolder.features.map((f) => f.properties.name)).toEqual(['花园']);
    const z = await read(path.join(dir, 'b.kmz'));
    expect(z.format).toBe('kmz');
    expect(z.features[0]?.properties.name).toBe('古树 1');
  });

  test('DXF: closed polylines are polygons, open ones lines (with a notice), per CAD layer', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'survey.dxf');
    fs.writeFileSync(file, dxfText());
    const d = await read(file);
    expect(d.sourceLayers).toEqual(['小区边界', '道路']);
    expect(d.features.map((f) => f.geometry?.type)).toEqual(['Polygon', 'LineString']);
    expect(d.notices.find((n) => n.key === 'exchange.notice.dxfOpenPolylines')?.params.count).toBe(1);
    const only = await read(file, { sourceLayer: '道路' });
    expect(only.features).toHaveLength(1);
  });

  test('CSV in GBK (Excel on Chinese Windows) with quoted fields, and x/y columns making points', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'trees.csv');
    fs.writeFileSync(
      file,
      iconv.encode('树种,经度,纬度,备注\r\n香樟,106.7001,26.6002,"古树, 二级"\r\n银杏,106.7003,26.6004,\r\n', 'gbk'),
    );
    const d = await read(file);
    expect(d.encoding).toBe('gbk');
    expect(d.features.map((f) => f.properties.树种)).toEqual(['香樟', '银杏']);
    expect(d.features[0]?.properties.备注).toBe('古树, 二级');
    expect(d.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [106.7003, 26.6004] });
  });

  test('XLSX: the first sheet, header row, numbers and formulas', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['小区名称', '户数', '建成年代']);
    ws.addRow(['花溪路小区', 330, 1993]);
    ws.addRow(['新华里', { formula: '200+10', result: 210 }, 1986]);
    await wb.xlsx.writeFile(file);
    const d = await read(file);
    expect(d.sourceLayers).toEqual(['台账']);
    expect(d.features.map((f) => f.properties.户数)).toEqual([330, 210]);
    expect(d.features.every((f) => f.geometry === null)).toBe(true);
  });
});
