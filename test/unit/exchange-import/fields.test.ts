import { describe, expect, test } from 'vitest';
import { coerce } from '../../../electron/backend/exchange/import/coerce';
import { guessMapping, TARGET_COLUMNS } from '../../../shared/exchange/fields';

// Field names as Chinese ledgers and survey tables spell them map to RenoZone columns; values as they are
// written there (units, percents, 是/否, 80年代, Chinese enum labels) read into the column's type, and what
// cannot be read is reported as bad rather than guessed.

const column = (layer: keyof typeof TARGET_COLUMNS, name: string) => {
  const c = TARGET_COLUMNS[layer].find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};

describe('field mapping guesses', () => {
  test('compound ledgers', () => {
    expect(
      guessMapping(
        ['序号', '小区名称', '小区编码', '建成年份', '户数', '楼栋数', '建筑面积（㎡）', '所在街道', '社区', '备注'],
        'compounds',
      ),
    ).toEqual({
      小区名称: 'name',
      小区编码: 'code',
      建成年份: 'build_year',
      户数: 'households',
      楼栋数: 'building_count',
      '建筑面积（㎡）': 'floor_area_m2',
      所在街道: 'sub_district',
      社区: 'community',
      备注: 'condition_notes',
    });
    expect(guessMapping(['NAME', '年代', '栋数'], 'compounds')).toEqual({
      NAME: 'name',
      年代: 'build_year',
      栋数: 'building_count',
    });
  });

  test('buildings name their compound; pipelines and trees', () => {
    expect(guessMapping(['楼号', '层数', '小区名称'], 'buildings')).toEqual({
      楼号: 'name',
      层数: 'floors',
      小区名称: 'compound_name',
    });
    expect(guessMapping(['管径', '管材', '埋深', '管线类型'], 'pipelines')).toEqual({
      管径: 'diameter_mm',
      管材: 'material',
      埋深: 'depth_start_m',
      管线类型: 'type',
    });
    expect(guessMapping(['树种', '冠幅半径'], 'trees')).toEqual({ 树种: 'species', 冠幅半径: 'crown_radius_m' });
  });
});

describe('value coercion', () => {
  test('years: full years, with 年, dates, decades; out of range is bad', () => {
    const year = column('compounds', 'build_year');
    expect(coerce('1985年', year)).toEqual({ ok: true, value: 1985 });
    expect(coerce('1990-06-01', year)).toEqual({ ok: true, value: 1990 });
    expect(coerce('80年代', year)).toEqual({ ok: true, value: 1980 });
    expect(coerce(1875, year)).toEqual({ ok: false, bad: true });
    expect(coerce('', year)).toEqual({ ok: false, bad: false });
  });

  test('integers and numbers with units and separators; fractions are not households', () => {
    expect(coerce('1,200户', column('compounds', 'households'))).toEqual({ ok: true, value: 1200 });
    expect(coerce('12.5', column('compounds', 'households'))).toEqual({ ok: false, bad: true });
    expect(coerce('28,500.5㎡', column('compounds', 'floor_area_m2'))).toEqual({ ok: true, value: 28500.5 });
    expect(coerce('约两百', column('compounds', 'households'))).toEqual({ ok: false, bad: true });
    expect(coerce(0, column('buildings', 'floors'))).toEqual({ ok: false, bad: true }); // floors ≥ 1
  });

  test('ratios, booleans and enums', () => {
    const consent = column('compounds', 'consent_ratio');
    expect(coerce('85%', consent)).toEqual({ ok: true, value: 0.85 });
    expect(coerce(85, consent)).toEqual({ ok: true, value: 0.85 });
    expect(coerce(0.6, consent)).toEqual({ ok: true, value: 0.6 });
    expect(coerce('120%', consent)).toEqual({ ok: false, bad: true });
    expect(coerce('有', column('buildings', 'has_elevator'))).toEqual({ ok: true, value: true });
    expect(coerce('否', column('buildings', 'has_elevator'))).toEqual({ ok: true, value: false });
    expect(coerce('给水管', column('pipelines', 'type'))).toEqual({ ok: true, value: 'water_supply' });
    expect(coerce('gas', column('pipelines', 'type'))).toEqual({ ok: true, value: 'gas' });
    expect(coerce('房改房', column('compounds', 'property_type'))).toEqual({ ok: true, value: 'reformed' });
    expect(coerce('别墅', column('compounds', 'property_type'))).toEqual({ ok: false, bad: true });
  });
});
