import { describe, expect, it } from 'vitest';
import { annualPlan } from '../../../../shared/analysis/annualPlan';
import { packageTotals } from '../../../../shared/analysis/packageTotals';
import { t } from '../../../../shared/i18n';
import { DEFAULT_FUNDING } from '../../../../shared/model/funding';
import { deepFreeze, frame, rectFromMetres } from '../helpers';

// c1 is surveyed (its own totals win over its building's); c2 is not (derived from its two buildings:
// 50 × 12 m × 6 floors = 3600 m² and 20 × 20 m × 4 floors = 1600 m²; 36 + 12 households); c3 has no build year.
const compound = (id: string, households: number | null, floor: number | null, year: number | null, x: number) => ({
  id,
  households,
  floor_area_m2: floor,
  build_year: year,
  geometry: rectFromMetres(x, 0, x + 200, 100),
});
const c1 = compound('c1', 100, 5000, 1985, 0);
const c2 = compound('c2', null, null, 1992, 300);
const c3 = compound('c3', 20, 1000, null, 600);
const c4 = compound('c4', 70, 7000, 1990, 900); // in no package
const building = (
  compound_id: string,
  floors: number,
  households: number | null,
  x0: number,
  x1: number,
  y1: number,
) => ({
  compound_id,
  floors,
  households,
  geometry: rectFromMetres(x0, 10, x1, y1),
});
const buildings = deepFreeze([
  building('c1', 5, 99, 10, 60, 22),
  building('c2', 6, 36, 310, 360, 22),
  building('c2', 4, 12, 400, 420, 30),
  building('c4', 6, 70, 910, 960, 22),
]);
const compounds = deepFreeze([c1, c2, c3, c4]);

describe('packageTotals', () => {
  it('adds surveyed figures where entered and derived ones elsewhere (hand-computed)', () => {
    const estimate = { total: 3_110_000, byClass: { basic: 210_000, improvement: 2_100_000, upgrade: 800_000 } };
    const totals = packageTotals({ id: 'p1' }, [c1, c2], buildings, deepFreeze(estimate), DEFAULT_FUNDING, frame);
    expect(totals).toMatchObject({
      compounds: 2,
      buildings: 3,
      households: 148,
      build_year_min: 1985,
      build_year_max: 1992,
      estimate_yuan: 3_110_000,
    });
    expect(totals.floor_area_m2).toBeCloseTo(10_200, 4);
    expect(totals.by_source.central_provincial).toBeCloseTo(1_000_000, 6);
  });
  it('reports an empty package as zeros, without a frame given', () => {
    const totals = packageTotals({ id: 'p0' }, [], [], null, DEFAULT_FUNDING);
    expect(totals).toMatchObject({ compounds: 0, households: 0, build_year_min: null, estimate_yuan: 0 });
    expect(Object.values(totals.by_source).every((v) => v === 0)).toBe(true);
  });
});

describe('annualPlan', () => {
  const packages = deepFreeze([
    { id: 'p1', plan_year: 2025 },
    { id: 'p2', plan_year: null },
    { id: 'p3', plan_year: 2024 },
  ]);
  const members = deepFreeze([
    { package_id: 'p1', compound_id: 'c1' },
    { package_id: 'p1', compound_id: 'c2' },
    { package_id: 'p2', compound_id: 'c3' },
  ]);

  it('sums packages per plan year, in year order with the unplanned row last', () => {
    const rows = annualPlan(packages, members, compounds, buildings, { p1: 1e6, p2: 5e5 }, frame);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 'unplanned']);
    expect(rows[0]).toEqual({
      year: 2024,
      packages: 1,
      compounds: 0,
      households: 0,
      floor_area_m2: 0,
      estimate_yuan: 0,
    });
    expect(rows[1]).toMatchObject({ year: 2025, packages: 1, compounds: 2, households: 148, estimate_yuan: 1e6 });
    expect(rows[1]?.floor_area_m2).toBeCloseTo(10_200, 4);
    expect(rows[2]).toEqual({
      year: 'unplanned',
      packages: 1,
      compounds: 1,
      households: 20,
      floor_area_m2: 1000,
      estimate_yuan: 5e5,
    });
    expect(t('plan.year.unplanned', {}, 'en')).toBe('Not in an annual plan');
  });
  it('always has the unplanned row, even with no packages', () => {
    expect(annualPlan([], [], compounds, buildings, {})).toEqual([
      { year: 'unplanned', packages: 0, compounds: 0, households: 0, floor_area_m2: 0, estimate_yuan: 0 },
    ]);
  });
});
