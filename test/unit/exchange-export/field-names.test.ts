import { describe, expect, test } from 'vitest';
import { layerQml, layerSld } from '../../../electron/backend/exchange/write/gpkg-styles';
import { layerColumns } from '../../../electron/backend/exchange/write/layers';
import { sheetName } from '../../../electron/backend/exchange/write/xlsx';
import { DBF_FIELD_NAMES, dbfFieldName, EXPORT_LAYERS } from '../../../shared/exchange/field-names';
import { t } from '../../../shared/i18n';
import { zhLabel } from '../../../shared/i18n/exchange-export';
import { PIPE_TYPES } from '../../../shared/model/pipelines';
import { SITE_AREA_KINDS } from '../../../shared/model/tables';
import { PIPE_COLORS } from '../../../shared/style/pipe-colors';
import { ROAD_COLORS, SITE_AREA_COLORS } from '../../../shared/style/site-colors';

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

const qgisRgba = (hex: string, alpha = 1): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${Math.round(alpha * 255)}`;
};

test('the QGIS and SLD pipeline styles draw each type in its map colour, labelled in Chinese', () => {
  const qml = layerQml('pipelines');
  const sld = layerSld('pipelines');
  expect(qml).toContain('type="categorizedSymbol" attr="type"');
  PIPE_TYPES.forEach((type, i) => {
    expect(qml, type).toContain(`symbol="${i}" value="${type}" label="${zhLabel('pipe', type)}"/>`);
    expect(qml, type).toMatch(
      new RegExp(
        `<symbol type="line" name="${i}"[^]*?line_color" type="QString" value="${qgisRgba(PIPE_COLORS[type])}"`,
      ),
    );
    expect(sld, type).toContain(
      `<ogc:Literal>${type}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">${PIPE_COLORS[type]}<`,
    );
  });
  expect(zhLabel('pipe', 'gas')).toBe('燃气');
});

test('roads and site areas are drawn by kind in the map colours: fire lanes red, not as ordinary roads or green', () => {
  const roads = layerQml('roads');
  expect(roads).toContain('type="categorizedSymbol" attr="kind"');
  expect(roads).toContain('value="fire_lane" label="消防车道"');
  expect(roads).toMatch(
    new RegExp(`value="fire_lane"[^]*?line_color" type="QString" value="${qgisRgba(ROAD_COLORS.fireLaneEdge)}"`),
  );
  const areas = layerQml('site_areas');
  expect(areas).toContain('type="categorizedSymbol" attr="kind"');
  SITE_AREA_KINDS.forEach((kind, i) => {
    const c = SITE_AREA_COLORS[kind];
    expect(areas, kind).toContain(`symbol="${i}" value="${kind}" label="${t(`context.areaKind.${kind}`, {}, 'zh')}"`);
    expect(areas, kind).toMatch(
      new RegExp(`<symbol type="fill" name="${i}"[^]*?"color" type="QString" value="${qgisRgba(c.fill, 0.7)}"`),
    );
  });
  expect(layerSld('site_areas')).toContain('<se:Name>登高操作场地</se:Name>');
  expect(layerQml('facilities')).toContain('type="singleSymbol"');
  expect(() => layerQml('no_such_layer')).toThrow(RangeError);
});

test('sheet names: Excel limits, unique', () => {
  const used = new Set<string>();
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c');
  expect(sheetName('片区-a/b:c', used)).toBe('片区-a_b_c(2)');
  expect(sheetName('x'.repeat(40), used).length).toBe(31);
});
