import { describe, expect, it } from 'vitest';
import { checkFacility, prepareFacilityContext } from '../../../shared/analysis/facilities/check';
import { facilityFootprint } from '../../../shared/analysis/facilities/footprint';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import { facilityType } from '../../../shared/standards/facilities';
import { buildSite, rect, toLonLat } from '../../fixtures/leftover/site';

// Each rule of the live facility check, both ways, on a hand-made 120 × 100 m compound (local metres, x east,
// y north): a 6-floor dwelling A (x 20–60, y 60–72), a 10-floor (30 m, high-rise) dwelling H (x 80–100, y 60–80),
// a fire lane along y = 10 (4 m clear), an operating area (x 80–100, y 30–40).

const site = buildSite({
  compounds: [{ name: '测试小区', ring: rect(0, 0, 120, 100) }],
  buildings: [
    { name: 'A', ring: rect(20, 60, 60, 72), floors: 6 },
    { name: 'H', ring: rect(80, 60, 100, 80), floors: 10 },
  ],
  roads: [
    {
      name: '消防车道',
      kind: 'fire_lane',
      width_m: 4,
      line: [
        [-5, 10],
        [125, 10],
      ],
    },
  ],
  site_areas: [{ name: '登高场地', kind: 'operating_area', ring: rect(80, 30, 100, 40) }],
});
const compoundId = site.compounds[0]?.id ?? '';
const [idA, idH] = site.buildings.map((b) => b.id);
const ctx = prepareFacilityContext(site, compoundId);

/** Checks `type` centred at local (x, y), long side pointing `angle` (clockwise from north). */
function check(type: string, x: number, y: number, angle = 90, building_id: string | null = null): FacilityCheckItem[] {
  const t = facilityType(type);
  if (!t) throw new Error(type);
  return checkFacility(ctx, { type, geometry: facilityFootprint(t, toLonLat([x, y]), angle, 4544), building_id });
}
const find = (items: FacilityCheckItem[], rule: FacilityCheckItem['rule'], other: string | null = null) =>
  items.find((i) => i.rule === rule && (other === null || i.otherId === other));

describe('checkFacility', () => {
  it('inside_compound: ok inside, violated across the boundary', () => {
    expect(find(check('waste_point', 10, 40), 'inside_compound')?.ok).toBe(true);
    expect(find(check('waste_point', 119, 40), 'inside_compound')?.ok).toBe(false);
  });

  it('not_on_building: ok beside, violated on top of A', () => {
    expect(find(check('parcel_lockers', 40, 50), 'not_on_building')?.ok).toBe(true);
    const on = check('parcel_lockers', 40, 66);
    expect(find(on, 'not_on_building', idA ?? '')?.ok).toBe(false);
  });

  it('not_on_fire_lane: the 4 m lane along y = 10 is kept clear', () => {
    expect(find(check('parking', 40, 30), 'not_on_fire_lane')?.ok).toBe(true);
    expect(find(check('parking', 40, 12), 'not_on_fire_lane')?.ok).toBe(false);
  });

  it('not_on_operating_area', () => {
    expect(find(check('fitness_ground', 40, 35), 'not_on_operating_area')?.ok).toBe(true);
    expect(find(check('fitness_ground', 90, 35), 'not_on_operating_area')?.ok).toBe(false);
  });

  it('fire_separation: 6 m from the multi-storey A, 9 m from the high-rise H, with the nearest points', () => {
    // A 3 × 5 m waste point (long side east–west) centred 8.5 m north of A's roof line: its south wall is 7 m away.
    const far = find(check('waste_point', 40, 80.5), 'fire_separation', idA ?? '');
    expect(far).toMatchObject({ ok: true, required_m: 6 });
    expect(far?.actual_m).toBeCloseTo(7, 1);
    expect(far?.line).toHaveLength(2);
    const near = find(check('waste_point', 40, 76.5), 'fire_separation', idA ?? '');
    expect(near).toMatchObject({ ok: false, required_m: 6 });
    expect(near?.actual_m).toBeCloseTo(3, 1);
    // 7 m east of H (x = 107 to 112): fine for a multi-storey pair, not for a high-rise one.
    const high = find(check('waste_point', 109.5, 70, 0), 'fire_separation', idH ?? '');
    expect(high).toMatchObject({ ok: false, required_m: 9 });
  });

  it('fire_separation does not apply to open ground (parking)', () => {
    expect(find(check('parking', 40, 45), 'fire_separation')).toBeUndefined();
  });

  it('sunlight_spacing: a building south of a dwelling keeps L ≥ k·H', () => {
    // Service station (8 m): H = 8 − 0.9 = 7.1 m, k ≈ 1.2 at 27.4° (大寒 2 h) → L ≥ ~8.5 m. Its north wall 10 m south
    // of A passes fire separation (6 m) and sunlight; 7 m south of A passes fire but fails sunlight.
    const ok = find(check('service_station', 40, 40), 'sunlight_spacing', idA ?? '');
    expect(ok?.ok).toBe(true);
    const bad = find(check('service_station', 40, 43), 'sunlight_spacing', idA ?? '');
    expect(bad?.ok).toBe(false);
    expect(bad?.required_m).toBeCloseTo(ctx.k * 7.1, 1);
    expect(find(check('service_station', 40, 43), 'fire_separation', idA ?? '')?.ok).toBe(true);
    // North of A: no sunlight finding toward A.
    expect(find(check('service_station', 40, 90), 'sunlight_spacing', idA ?? '')).toBeUndefined();
  });

  it('sunlight_spacing judges a placed facility by its own height when the designer set one', () => {
    const t = facilityType('service_station');
    if (!t) throw new Error('service_station');
    const at = (y: number, height_m?: number) =>
      find(
        checkFacility(ctx, {
          type: 'service_station',
          geometry: facilityFootprint(t, toLonLat([40, y]), 90, 4544),
          building_id: null,
          height_m,
        }),
        'sunlight_spacing',
        idA ?? '',
      );
    // 7 m south of A: fails at the catalog's 8 m, passes lowered to 3 m (H = 2.1 m, L ≥ ~2.5 m).
    expect(at(43)?.ok).toBe(false);
    expect(at(43, 3)).toMatchObject({ ok: true, required_m: Math.round(ctx.k * 2.1 * 100) / 100 });
    // 10 m south: passes at 8 m, fails raised to 20 m; 0 (unset) means the catalog's height.
    expect(at(40)?.ok).toBe(true);
    expect(at(40, 20)?.ok).toBe(false);
    expect(at(40, 0)?.ok).toBe(true);
  });

  it('elevator: at the entrance when touching its building, flagged for a sunlight study', () => {
    const t = facilityType('elevator');
    if (!t) throw new Error('elevator');
    // 2.5 × 4 m shaft against A's north wall (y = 72): centred at y = 74 with its long side north–south.
    const attached = check('elevator', 30, 74, 0, idA ?? null);
    expect(find(attached, 'elevator_at_entrance')).toMatchObject({ ok: true, otherId: idA });
    expect(find(attached, 'elevator_sunlight_study')).toMatchObject({ ok: true, otherId: idA });
    expect(find(attached, 'not_on_building')?.ok).toBe(true);
    expect(find(attached, 'fire_separation')).toBeUndefined();
    const away = check('elevator', 30, 80, 0, idA ?? null);
    expect(find(away, 'elevator_at_entrance')?.ok).toBe(false);
    expect(find(away, 'elevator_at_entrance')?.actual_m).toBeCloseTo(6, 1);
  });
});
