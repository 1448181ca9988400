import { describe, expect, it } from 'vitest';
import { resultText } from '../../../renderer/src/facilities/checkText';
import { editFacility } from '../../../renderer/src/facilities/facilityForm';
import { checkCollection, facilityCollection } from '../../../renderer/src/facilities/features';
import { indicatorRows } from '../../../renderer/src/indicators/indicatorRows';
import { leftoverCollections } from '../../../renderer/src/leftover/features';
import { fitsText, pieceLabel, sumFits } from '../../../renderer/src/leftover/format';
import { compoundRows, packageRows } from '../../../renderer/src/leftover/panelRows';
import type { CompoundLeftover, Indicators } from '../../../shared/model/leftover';
import type { Facility } from '../../../shared/model/tables';
import { at, rectPx } from '../map/fakeHost';
import { piece, tooClose } from './fakes';

const leftover = (id: string, name: string, areas: number[]): CompoundLeftover => ({
  id,
  name,
  leftover_m2: areas.reduce((s, a) => s + a, 0),
  pieces: areas.map((a) => ({ ...piece(id, 0, 0, 10, 10).piece, area_m2: a, min_width_m: 4.26 })),
});

describe('leftover land rows and labels', () => {
  it('labels a piece with its area and least width, and lists what fits', () => {
    expect(pieceLabel({ area_m2: 1234.4, min_width_m: 8.46 })).toBe('1,234 m² · 最小宽 8.5 m');
    expect(
      fitsText([
        { type: 'parking', count: 12 },
        { type: 'parcel_lockers', count: 3 },
      ]),
    ).toBe('停车位 ×12，智能快递柜 ×3');
    expect(fitsText([])).toBe('无');
    expect(
      sumFits([
        [{ type: 'parking', count: 2 }],
        [
          { type: 'parking', count: 5 },
          { type: 'waste_point', count: 1 },
        ],
      ]),
    ).toEqual([
      { type: 'parking', count: 7 },
      { type: 'waste_point', count: 1 },
    ]);
  });

  it('draws one polygon and one label point per piece, keyed compound:index', () => {
    const { pieces, labels } = leftoverCollections([leftover('c1', 'A', [100, 200])]);
    expect(pieces.features.map((f) => f.properties.id)).toEqual(['c1:0', 'c1:1']);
    expect(labels.features[1]?.geometry.type).toBe('Point');
    expect(labels.features[1]?.properties.label).toContain('200 m²');
  });

  it('groups pieces under compounds (largest first) and compounds under packages with totals', () => {
    const result = [leftover('c1', '甲小区', [100]), leftover('c2', '乙小区', [300, 50]), leftover('c3', '丙小区', [])];
    const pkgOf = new Map([
      ['c1', { id: 'p1', name: '一号片区' }],
      ['c2', { id: 'p1', name: '一号片区' }],
    ]);
    const byCompound = compoundRows(result, pkgOf);
    expect(byCompound.map((r) => r.name)).toEqual(['乙小区', '甲小区', '丙小区']);
    expect(byCompound[0]?.children?.map((c) => c.area_m2)).toEqual([300, 50]);
    expect(byCompound[0]?.fits).toEqual([{ type: 'parking', count: 60 }]);
    expect(byCompound[2]?.children).toBeUndefined();
    expect(compoundRows(result, pkgOf, '甲').map((r) => r.name)).toEqual(['甲小区']);
    const byPackage = packageRows(result, pkgOf, '未入片区');
    expect(byPackage.map((r) => [r.name, r.area_m2, r.pieces])).toEqual([
      ['一号片区', 450, 3],
      ['未入片区', 0, 0],
    ]);
  });
});

describe('facility checks and rows', () => {
  it('says a distance finding as actual against required', () => {
    expect(resultText(tooClose)).toBe('6.0 m < 9.0 m');
    expect(resultText({ ...tooClose, ok: true, actual_m: 12 })).toBe('12.0 m ≥ 9.0 m');
    expect(resultText({ ...tooClose, actual_m: null })).toBe('✗');
  });

  it('draws the footprint red when it overlaps what it must not, and one labelled line per distance', () => {
    const geometry = rectPx(0, 0, 10, 10);
    const live = {
      typeKey: 'waste_point',
      geometry,
      compoundId: 'c',
      checks: [tooClose],
      stalls: null,
      snappedTo: null,
      ms: 0,
    };
    const ok = checkCollection(live);
    expect(ok.features.map((f) => f.properties)).toEqual([
      { kind: 'footprint', ok: true },
      { kind: 'distance', ok: false, text: '6.0 m < 9.0 m', rule: 'fire_separation' },
    ]);
    const onBuilding = { ...tooClose, rule: 'not_on_building' as const, line: null, actual_m: null, required_m: null };
    expect(checkCollection({ ...live, checks: [onBuilding] }).features[0]?.properties).toEqual({
      kind: 'footprint',
      ok: false,
    });
    expect(checkCollection(null).features).toEqual([]);
  });

  it('labels placed facilities by name, else by type', () => {
    const row = { id: 'f', type: 'parcel_lockers', name: '', geometry: rectPx(0, 0, 2, 2) } as Facility;
    expect(facilityCollection({ f: row }).features[0]?.properties.label).toBe('智能快递柜');
    expect(facilityCollection({ f: { ...row, name: '东门快递柜' } }).features[0]?.properties.label).toBe('东门快递柜');
  });

  it('validates form edits against the schema bounds', () => {
    const row = { id: 'f', type: 'waste_point', name: 'A', floors: 1, height_m: 3, note: '' } as Facility;
    expect(editFacility(row, 'floors', 2)).toEqual({ kind: 'ok', row: { ...row, floors: 2 } });
    expect(editFacility(row, 'floors', 1)).toEqual({ kind: 'unchanged' });
    expect(editFacility(row, 'height_m', -1).kind).toBe('invalid');
    expect(editFacility(row, 'height_m', null).kind).toBe('invalid');
    expect(editFacility(row, 'name', '  B ')).toEqual({ kind: 'ok', row: { ...row, name: 'B' } });
    expect(at(0, 0)).toHaveLength(2);
  });
});

describe('indicator card rows', () => {
  const base: Indicators = {
    site_area_m2: 10000,
    footprint_m2: 2500,
    floor_area_m2: 15000,
    green_m2: 3000,
    building_density: 0.25,
    floor_area_ratio: 1.5,
    green_ratio: 0.3,
    fire_separation_pairs: 2,
    sunlight_spacing_pairs: 0,
  };
  it('formats before/after and flags a change for the worse', () => {
    const after = { ...base, building_density: 0.262, green_ratio: 0.3, sunlight_spacing_pairs: 1 };
    const rows = indicatorRows({ before: base, after }, (n) => `${n} 对`);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.building_density).toMatchObject({ before: '25.0 %', after: '26.2 %', change: '+1.2 %', worse: true });
    expect(byKey.floor_area_ratio).toMatchObject({ before: '1.50', changed: false, change: '' });
    expect(byKey.sunlight_spacing_pairs).toMatchObject({ after: '1 对', change: '+1', worse: true });
    const greener = indicatorRows({ before: base, after: { ...base, green_ratio: 0.32 } }, String);
    expect(greener.find((r) => r.key === 'green_ratio')).toMatchObject({ changed: true, worse: false });
  });
});
