import { describe, expect, it } from 'vitest';
import { compoundEstimate, createEstimator, packageEstimate } from '../../../../shared/analysis/estimate';
import type { SuggestedQuantities } from '../../../../shared/analysis/suggest';
import { DEFAULT_FUNDING } from '../../../../shared/model/funding';
import { deepFreeze, frame, rectFromMetres } from '../helpers';
import { catalog, line } from './fixtures';

const suggested: SuggestedQuantities = deepFreeze({
  roof_area: 600,
  facade_area: 2232,
  elevators: 3,
  households: 46,
  site_area: 20_000,
  boundary_length: 600,
  stair_entrances: 7,
  building_count: 4,
  road_area: 0,
  drain_pipe_length: 0,
  water_pipe_length: 0,
  gas_pipe_length: 0,
  power_cable_length: 0,
  telecom_line_length: 0,
});
const lines = deepFreeze([
  line({ item_id: 'I13', planned: true }), // 3 suggested lifts × 700,000
  line({ item_id: 'B24', planned: true, quantity: 1000 }), // entered: 1000 m² × 120
  line({ item_id: 'B23', planned: true }), // suggested roof 600 m² × 150
  line({ item_id: 'U01', planned: true, quantity: 1 }), // 800,000
  line({ item_id: 'B04', planned: true }), // road area suggested from the (here absent) roads: 0
  line({ item_id: 'B01', planned: false, deficient: true, quantity: 500 }), // not planned: not costed
  line({ item_id: 'X99', planned: true, quantity: 5 }), // deleted from the catalog: skipped
]);

describe('compoundEstimate', () => {
  it('costs planned lines with entered or suggested quantities (hand-computed)', () => {
    const e = compoundEstimate({ lines, catalog, suggested });
    expect(e.lines).toEqual([
      { item_id: 'B04', quantity: 0, suggested: true, unit_cost: 180, cost: 0 },
      { item_id: 'B23', quantity: 600, suggested: true, unit_cost: 150, cost: 90_000 },
      { item_id: 'B24', quantity: 1000, suggested: false, unit_cost: 120, cost: 120_000 },
      { item_id: 'I13', quantity: 3, suggested: true, unit_cost: 700_000, cost: 2_100_000 },
      { item_id: 'U01', quantity: 1, suggested: false, unit_cost: 800_000, cost: 800_000 },
    ]);
    expect(e.byClass).toEqual({ basic: 210_000, improvement: 2_100_000, upgrade: 800_000 });
    expect(e.total).toBe(3_110_000);
  });
  it('uses 0 when nothing is suggested, and an entered 0 overrides a suggestion', () => {
    expect(compoundEstimate({ lines, catalog, suggested: null }).total).toBe(120_000 + 800_000);
    const zero = [line({ item_id: 'B23', planned: true, quantity: 0 })];
    expect(compoundEstimate({ lines: zero, catalog, suggested }).lines[0]).toMatchObject({
      quantity: 0,
      suggested: false,
    });
  });
});

describe('packageEstimate', () => {
  it('sums compounds and splits by the class shares (50/35/20 % central → 1,000,000)', () => {
    const one = compoundEstimate({ lines, catalog, suggested });
    const p = packageEstimate([one, one], DEFAULT_FUNDING);
    expect(p.total).toBe(6_220_000);
    expect(p.bySource.central_provincial).toBeCloseTo(2_000_000, 6);
    expect(p.bySource.social_capital).toBeCloseTo(2 * (0.15 * 2_100_000 + 0.45 * 800_000), 6);
    const sum = Object.values(p.bySource).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(p.total, 6);
  });
});

describe('createEstimator', () => {
  const compound = (id: string) => deepFreeze({ id, households: 46, geometry: rectFromMetres(0, 0, 200, 100) });
  const building = (compound_id: string) =>
    deepFreeze({
      compound_id,
      floors: 6,
      height_m: null,
      use: 'residential' as const,
      entrances: 3,
      households: 36,
      has_elevator: false,
      geometry: rectFromMetres(10, 10, 60, 22), // 600 m² roof, 3 lifts
    });
  const c1 = compound('c1');
  const c2 = compound('c2');
  const b1 = building('c1');
  const b2 = building('c2');
  const l1 = [line({ item_id: 'B23', planned: true }), line({ item_id: 'I13', planned: true })];
  const l2 = [line({ item_id: 'B23', planned: true, compound_id: 'c2', quantity: 100 })];
  const ctx = deepFreeze({ catalog, frame, settings: { storey_height_m: 3 } });

  it('agrees with compoundEstimate and reuses results for the same rows in new arrays', () => {
    const est = createEstimator();
    const a = est.compound({ compound: c1, lines: l1, buildings: [b1] }, ctx);
    expect(a.total).toBeCloseTo(600 * 150 + 3 * 700_000, 4);
    expect(est.compound({ compound: c1, lines: [...l1], buildings: [b1] }, ctx)).toBe(a);
  });
  it('re-costs only the compound whose line changed and keeps its geometry suggestions', () => {
    const est = createEstimator();
    const members = [
      { compound: c1, lines: l1, buildings: [b1] },
      { compound: c2, lines: l2, buildings: [b2] },
    ];
    const before = est.package(members, ctx, DEFAULT_FUNDING);
    expect(before.total).toBeCloseTo(90_000 + 2_100_000 + 15_000, 4);
    const e2 = est.compound(members[1] as (typeof members)[number], ctx);
    const s1 = est.suggested(members[0] as (typeof members)[number], ctx);
    const changed = [line({ ...(l1[0] as (typeof l1)[number]), quantity: 1000 }), l1[1] as (typeof l1)[number]];
    const after = est.package(
      [{ ...members[0], compound: c1, lines: changed, buildings: [b1] }, members[1] as (typeof members)[number]],
      ctx,
      DEFAULT_FUNDING,
    );
    expect(after.total).toBeCloseTo(150_000 + 2_100_000 + 15_000, 4);
    expect(est.compound(members[1] as (typeof members)[number], ctx)).toBe(e2);
    expect(est.suggested({ compound: c1, lines: changed, buildings: [b1] }, ctx)).toBe(s1);
  });
  it('re-costs everything when the catalog changes and re-suggests when a building changes', () => {
    const est = createEstimator();
    const m = { compound: c1, lines: l1, buildings: [b1] };
    const a = est.compound(m, ctx);
    const cheaper = {
      ...catalog,
      B23: { ...(catalog.B23 as NonNullable<(typeof catalog)['B23']>), unit_cost_yuan: 100 },
    };
    expect(est.compound(m, { ...ctx, catalog: cheaper }).total).toBeCloseTo(600 * 100 + 2_100_000, 4);
    const lower = { ...b1, floors: 3 }; // below the lift threshold now
    expect(est.compound({ ...m, buildings: [lower] }, ctx).total).toBeCloseTo(90_000, 4);
    expect(a.total).toBeCloseTo(2_190_000, 4); // earlier results are never mutated
  });
});
