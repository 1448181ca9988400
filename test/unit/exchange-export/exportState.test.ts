import { describe, expect, test } from 'vitest';
import { defaultExportPath, folderOf, withFormatExtension } from '../../../renderer/src/exchange/exportState';

describe('export dialog paths', () => {
  test('default output beside the project, never the project file itself', () => {
    expect(defaultExportPath('/home/a/片区.gpkg', 'shp')).toBe('/home/a/片区-导出.shp.zip');
    expect(defaultExportPath('/home/a/片区.gpkg', 'gpkg')).toBe('/home/a/片区-导出.gpkg');
    expect(defaultExportPath('C:\\work\\p.gpkg', 'xlsx')).toBe('C:\\work\\p-导出.xlsx');
  });

  test('changing the format swaps the extension the path has', () => {
    expect(withFormatExtension('/x/成果.shp.zip', 'kml')).toBe('/x/成果.kml');
    expect(withFormatExtension('/x/成果.kml', 'geojson')).toBe('/x/成果.geojson.zip');
    expect(withFormatExtension('/x/成果', 'dxf')).toBe('/x/成果.dxf');
  });

  test('folder of a path', () => {
    expect(folderOf('/home/a/b.kml')).toBe('/home/a');
    expect(folderOf('/b.kml')).toBe('/');
    expect(folderOf('b.kml')).toBe('');
  });
});
