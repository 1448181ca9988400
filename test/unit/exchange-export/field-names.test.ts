import { describe, expect, test } from 'vitest';
import { layerQml, layerSld } from '../../../electron/backend/exchange/write/gpkg-styles';
import { layerColumns } from '../../../electron/backend/exchange/write/layers';
import { sheetName } from '../../../electron/backend/exchange/write/xlsx';
import { PIPE_COLORS } from '../../../renderer/src/map/palette';
import { DBF_FIELD_NAMES, dbfFieldName, EXPORT_LAYERS } from '../../../shared/exchange/field-names';
import { PIPE_TYPES, type PipeType } from '../../../shared/model/pipelines';

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

test('the QGIS and SLD pipeline styles draw each type in its map colour', () => {
  const labels = Object.fromEntries(PIPE_TYPES.map((t) => [t, t])) as Record<PipeType, string>;
  const qml = layerQml('pipelines', labels);
  const sld = layerSld('pipelines');
  PIPE_TYPES.forEach((type, i) => {
    const n = Number.parseInt(PIPE_COLORS[type].slice(1), 16);
    const rgba = `${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},255`;
    expect(qml, type).toContain(`value="${type}" label="${type}"/>`);
    expect(qml, type).toMatch(
      new RegExp(`<symbol type="line" name="${i}"[^]*?line_color" type="QString" value="${rgba}"`),
    );
    expect(sld, type).toContain(`<ogc:Literal>${type}</ogc:Literal>`);
  });
  expect(sld).toContain(`<se:SvgParameter name="stroke">${PIPE_COLORS.gas}</se:SvgParameter>`);
});

test('sheet names: Excel limits, unique', () => {
  const used = new Set<string>();
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c');
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c(2)');
  expect(sheetName('x'.repeat(40), used).length).toBe(31);
});
