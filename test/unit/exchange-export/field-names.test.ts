import { describe, expect, test } from 'vitest';
import { EXPORT_PIPE_COLORS } from '../../../electron/backend/exchange/write/gpkg-styles';
import { layerColumns } from '../../../electron/backend/exchange/write/layers';
import { sheetName } from '../../../electron/backend/exchange/write/xlsx';
import { PIPE_COLORS } from '../../../renderer/src/map/palette';
import { DBF_FIELD_NAMES, dbfFieldName, EXPORT_LAYERS } from '../../../shared/exchange/field-names';

describe('Shapefile field names', () => {
  test('every column of every layer has a DBF name of ≤ 10 ASCII bytes, unique within its layer', () => {
    for (const layer of EXPORT_LAYERS) {
      const names = layerColumns(layer.table).map((c) => dbfFieldName(c.name));
      for (const n of names) expect(n, `${layer.table}.${n}`).toMatch(/^[a-z_0-9]{1,10}$/);
      expect(new Set(names).size, layer.table).toBe(names.length);
    }
  });

  test('the mapping lists only columns too long to keep, and the doc table lists each of them', async () => {
    for (const [column, short] of Object.entries(DBF_FIELD_NAMES)) {
      expect(column.length, column).toBeGreaterThan(short.length);
    }
    const source = await import('node:fs').then((fs) => fs.readFileSync('shared/exchange/field-names.ts', 'utf8'));
    for (const [column, short] of Object.entries(DBF_FIELD_NAMES)) expect(source).toContain(`| ${column} | ${short} |`);
  });
});

test('the QGIS pipeline style uses the map colours', () => {
  expect(EXPORT_PIPE_COLORS).toEqual(PIPE_COLORS);
});

test('sheet names: Excel limits, unique', () => {
  const used = new Set<string>();
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c');
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c(2)');
  expect(sheetName('x'.repeat(40), used).length).toBe(31);
});
