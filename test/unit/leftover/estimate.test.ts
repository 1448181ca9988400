import { describe, expect, it } from 'vitest';
import { compoundEstimate } from '../../../shared/analysis/estimate';
import { facilityFootprint } from '../../../shared/analysis/facilities/footprint';
import { suggestQuantities } from '../../../shared/analysis/suggest';
import type { CompoundItem, Facility } from '../../../shared/model/tables';
import { facilityType } from '../../../shared/standards/facilities';
import { DEFAULT_RENOVATION_ITEMS } from '../../../shared/standards/renovation-items';
import { buildSite, frame, rect, toLonLat } from '../../fixtures/leftover/site';

// road_area and proposed facilities as estimate quantities (issue 4 §3 "feed the renovation estimate"), on a
// 100 × 100 m compound: a 4 m fire lane 100 m long inside it (400 m²) plus a 10 × 20 m fire-lane area (200 m²) →
// road_area 600 m²; a road of another compound does not count. Facilities: one parking of the catalog footprint
// (16.6 × 20 m: 2 rows of 8 = 16 stalls → I10), an 8 × 12 m property room on one floor (96 m² → I23), two waste
// points (→ B07: 2).

const site = buildSite({
  compounds: [{ name: '估算小区', ring: rect(0, 0, 100, 100) }],
  roads: [
    {
      name: '消防车道',
      kind: 'fire_lane',
      width_m: 4,
      line: [
        [0, 50],
        [100, 50],
      ],
    },
  ],
  site_areas: [{ name: '消防车道（面）', kind: 'fire_lane', ring: rect(0, 0, 10, 20) }],
});
const compound = site.compounds[0];
if (!compound) throw new Error('no compound');

let n = 0;
function facility(type: string, at: [number, number]): Facility {
  const t = facilityType(type);
  if (!t) throw new Error(type);
  return {
    id: `00000000-0000-4000-8000-1000000000${String(++n).padStart(2, '0')}`,
    type,
    name: '',
    compound_id: compound?.id ?? null,
    building_id: null,
    floors: t.floors,
    height_m: t.height_m,
    rotation_deg: 30,
    note: '',
    geometry: facilityFootprint(t, toLonLat(at), 30, 4544),
  };
}

const facilities = [
  facility('parking', [40, 30]),
  facility('property_room', [70, 80]),
  facility('waste_point', [20, 80]),
  facility('waste_point', [90, 10]),
];
const road = site.roads[0];
if (!road) throw new Error('no road');
// The same lane belonging to another compound: not this compound's road area.
const otherRoad = { ...road, compound_id: '00000000-0000-4000-8000-0000000000aa' };

describe('estimate quantities from roads and facilities', () => {
  const s = suggestQuantities(compound, [], frame, site.settings, [], {
    roads: [...site.roads, otherRoad],
    site_areas: site.site_areas,
    facilities,
  });

  it('road_area = length × width of the compound’s roads + its fire-lane areas', () => {
    expect(s.road_area).toBeCloseTo(600, 0);
  });

  it('facilities give quantities of their catalog items', () => {
    expect(s.by_item?.I10).toBe(16);
    expect(s.by_item?.I23).toBeCloseTo(96, 0);
    expect(s.by_item?.B07).toBe(2);
    expect(s.by_item?.U01).toBeUndefined();
  });

  it('the estimate costs them as suggested quantities', () => {
    const catalog = Object.fromEntries(DEFAULT_RENOVATION_ITEMS.map((i) => [i.id, i]));
    const line = (item_id: string): CompoundItem => ({
      id: `00000000-0000-4000-8000-2000000000${item_id.slice(1)}`,
      compound_id: compound.id,
      item_id,
      deficient: false,
      planned: true,
      quantity: null,
      note: '',
    });
    const e = compoundEstimate({ lines: ['B04', 'B07', 'I10', 'I23'].map(line), catalog, suggested: s });
    const byId = Object.fromEntries(e.lines.map((l) => [l.item_id, l]));
    expect(byId.B04).toMatchObject({ suggested: true });
    expect(byId.B04?.quantity).toBeCloseTo(600, 0);
    expect(byId.I10).toMatchObject({ quantity: 16, suggested: true, cost: 16 * (catalog.I10?.unit_cost_yuan ?? 0) });
    expect(byId.B07).toMatchObject({ quantity: 2, suggested: true });
    expect(byId.I23?.quantity).toBeCloseTo(96, 0);
  });
});
