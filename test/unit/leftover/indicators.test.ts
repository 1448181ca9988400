import { describe, expect, it } from 'vitest';
import { computeIndicators, INDICATOR_DEFINITIONS, indicatorsBeforeAfter } from '../../../shared/analysis/indicators';
import type { Facility } from '../../../shared/model/tables';
import { buildSite, rect, ring } from '../../fixtures/leftover/site';

// A hand-made 100 × 100 m compound (10,000 m²) with three 40 × 10 m six-floor dwellings: A (x 10–50, y 60–70),
// B 4 m east of A (x 54–94) — one pair below the 6 m fire separation — and C 10 m south of A (y 40–50) — one pair
// below sunlight spacing (L = 10 < k · (18 − 0.9) ≈ 19). Green 20 × 20 m. Footprint 3 × 400 = 1,200 m², floor area
// 1,200 × 6 = 7,200 m²: density 0.12, FAR 0.72, green ratio 0.04.

const site = buildSite({
  compounds: [{ name: '指标小区', ring: rect(0, 0, 100, 100) }],
  buildings: [
    { name: 'A', ring: rect(10, 60, 50, 70) },
    { name: 'B', ring: rect(54, 60, 94, 70) },
    { name: 'C', ring: rect(10, 40, 50, 50) },
  ],
  site_areas: [{ name: '绿地', kind: 'green', ring: rect(60, 10, 80, 30) }],
});
const id = site.compounds[0]?.id ?? '';

describe('indicators', () => {
  it('before: hand-checked figures', () => {
    const before = computeIndicators(site, [id], false);
    expect(before.site_area_m2).toBeCloseTo(10000, 0);
    expect(before.footprint_m2).toBeCloseTo(1200, 0);
    expect(before.floor_area_m2).toBeCloseTo(7200, 0);
    expect(before.green_m2).toBeCloseTo(400, 0);
    expect(before.building_density).toBeCloseTo(0.12, 3);
    expect(before.floor_area_ratio).toBeCloseTo(0.72, 3);
    expect(before.green_ratio).toBeCloseTo(0.04, 3);
    expect(before.fire_separation_pairs).toBe(1);
    expect(before.sunlight_spacing_pairs).toBe(1);
  });

  it('after: a two-floor 20 × 20 m service station on the green adds footprint and floor area, removes green', () => {
    const facility: Facility = {
      id: '00000000-0000-4000-8000-0000000000ff',
      type: 'service_station',
      name: '',
      compound_id: id,
      building_id: null,
      floors: 2,
      height_m: 8,
      rotation_deg: 0,
      note: '',
      geometry: { type: 'Polygon', coordinates: [ring(rect(60, 10, 80, 30))] },
    };
    const { before, after } = indicatorsBeforeAfter({ ...site, facilities: [facility] }, [id]);
    expect(before.footprint_m2).toBeCloseTo(1200, 0);
    expect(after.footprint_m2).toBeCloseTo(1600, 0);
    expect(after.floor_area_m2).toBeCloseTo(8000, 0);
    expect(after.green_m2).toBeCloseTo(0, 0);
    expect(after.building_density).toBeCloseTo(0.16, 3);
    expect(after.fire_separation_pairs).toBe(1);
    expect(after.sunlight_spacing_pairs).toBe(1);
    // Moved 3 m south of C (its north wall at y = 37): now below fire separation and sunlight spacing to C.
    const close = { ...facility, geometry: { type: 'Polygon' as const, coordinates: [ring(rect(20, 17, 40, 37))] } };
    const moved = computeIndicators({ ...site, facilities: [close] }, [id], true);
    expect(moved.fire_separation_pairs).toBe(2);
    expect(moved.sunlight_spacing_pairs).toBe(2);
    expect(moved.green_m2).toBeCloseTo(400, 0);
  });

  it('defines every indicator with a source', () => {
    for (const d of Object.values(INDICATOR_DEFINITIONS)) {
      expect(d.zh).toBeTruthy();
      expect(d.en).toBeTruthy();
      expect(d.source).toBeTruthy();
    }
  });
});
