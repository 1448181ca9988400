import { describe, expect, it } from 'vitest';
import { checkFacility, OVERLAP_RULES, prepareFacilityContext } from '../../../shared/analysis/facilities/check';
import { facilityFootprint } from '../../../shared/analysis/facilities/footprint';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import type { Facility, Pipeline } from '../../../shared/model/tables';
import { facilityType } from '../../../shared/standards/facilities';
import { buildSite, rect, ring, toLonLat } from '../../fixtures/leftover/site';

// The live check against land the leftover engine takes out besides buildings, lanes and operating areas: a
// facility must not stand on a road, protected green, a tree crown, an illegal structure that stays, a pipeline
// easement (buildings only) or a facility already placed. A 120 × 100 m compound (local metres, x east, y north):
// a 6 m road along x = 110, protected green (x 10–30, y 70–90) beside ordinary green (x 40–60), a tree at (80, 80)
// with a 4 m crown, an illegal structure that stays (x 10–20, y 10–20) and one marked for demolition (x 40–50),
// a DN200 water main along y = 50 (easement 0.1 + 1 m each side), a parking lot placed at x 70–90, y 10–30.

const PIPE_ID = '00000000-0000-4000-8000-0000000000a1';
const PARKING_ID = '00000000-0000-4000-8000-0000000000a2';

const base = buildSite({
  compounds: [{ name: '测试小区', ring: rect(0, 0, 120, 100) }],
  roads: [
    {
      name: '小区路',
      kind: 'road',
      width_m: 6,
      line: [
        [110, -5],
        [110, 105],
      ],
    },
  ],
  site_areas: [
    { name: '保留绿地', kind: 'green', keep: true, ring: rect(10, 70, 30, 90) },
    { name: '普通绿地', kind: 'green', ring: rect(40, 70, 60, 90) },
    { name: '违建（保留）', kind: 'illegal_structure', ring: rect(10, 10, 20, 20) },
    { name: '违建（拆除）', kind: 'illegal_structure', demolish: true, ring: rect(40, 10, 50, 20) },
  ],
  trees: [{ at: [80, 80], crown_radius_m: 4 }],
});
const compoundId = base.compounds[0]?.id ?? '';
const pipe: Pipeline = {
  id: PIPE_ID,
  code: 'JS-1',
  type: 'water_supply',
  gas_pressure: null,
  laying: null,
  diameter_mm: 200,
  depth_start_m: 1,
  depth_end_m: 1,
  material: '球墨铸铁',
  status: 'existing',
  owner: '',
  municipal: false,
  compound_id: compoundId,
  package_id: null,
  geometry: {
    type: 'LineString',
    coordinates: [
      [0, 50],
      [100, 50],
    ].map((p) => toLonLat(p as [number, number])),
  },
};
const parking: Facility = {
  id: PARKING_ID,
  type: 'parking',
  name: '',
  compound_id: compoundId,
  building_id: null,
  floors: 0,
  height_m: 0,
  rotation_deg: 0,
  note: '',
  geometry: { type: 'Polygon', coordinates: [ring(rect(70, 10, 90, 30))] },
};
const site = { ...base, pipelines: [pipe], facilities: [parking] };
const ctx = prepareFacilityContext(site, compoundId);
const areaId = (name: string): string => site.site_areas.find((a) => a.name === name)?.id ?? '';

/** Checks `type` centred at local (x, y), long side east–west. */
function check(type: string, x: number, y: number): FacilityCheckItem[] {
  const t = facilityType(type);
  if (!t) throw new Error(type);
  return checkFacility(ctx, { type, geometry: facilityFootprint(t, toLonLat([x, y]), 90, 4544), building_id: null });
}
const failed = (items: FacilityCheckItem[]) => items.filter((i) => !i.ok).map((i) => `${i.rule}:${i.otherId}`);

describe('checkFacility on land taken by other uses', () => {
  it('passes on free land and lists every rule the compound has land for', () => {
    const items = check('waste_point', 80, 60); // 3 × 5 m, clear of everything
    expect(failed(items)).toEqual([]);
    const rules = items.map((i) => i.rule);
    for (const rule of OVERLAP_RULES) expect(rules).toContain(rule); // a building: the easement applies too
  });

  it('protected green is taken, ordinary green is free', () => {
    expect(failed(check('waste_point', 20, 80))).toEqual([`not_on_kept_green:${areaId('保留绿地')}`]);
    expect(failed(check('waste_point', 50, 80))).toEqual([]);
  });

  it('a tree crown, a road and a facility already placed are taken', () => {
    expect(failed(check('waste_point', 80, 80))).toEqual([`not_on_tree:${site.trees[0]?.id}`]);
    expect(failed(check('parcel_lockers', 110, 60))).toEqual([`not_on_road:${site.roads[0]?.id}`]);
    expect(failed(check('waste_point', 80, 20))).toEqual([`not_on_facility:${PARKING_ID}`]);
    // Touching the placed lot's edge is not standing on it (the 0.5 m² snapping slack).
    expect(failed(check('waste_point', 80, 31.5))).toEqual([]);
  });

  it('an illegal structure that stays is taken; one marked for demolition frees its land', () => {
    expect(failed(check('waste_point', 15, 15))).toEqual([`not_on_illegal_structure:${areaId('违建（保留）')}`]);
    expect(failed(check('waste_point', 45, 15))).toEqual([]);
  });

  it('a pipeline easement binds buildings, not surface uses', () => {
    // The easement is 1.1 m each side of y = 50: a waste point (a building) centred 2 m off the pipe reaches it.
    expect(failed(check('waste_point', 30, 52))).toEqual([`not_on_pipeline:${PIPE_ID}`]);
    expect(failed(check('waste_point', 30, 53))).toEqual([]);
    const lot = check('parking', 30, 50);
    expect(failed(lot)).toEqual([]);
    expect(lot.map((i) => i.rule)).not.toContain('not_on_pipeline');
  });

  it('a compound without such land lists none of these rules', () => {
    const bare = buildSite({ compounds: [{ name: '空小区', ring: rect(0, 0, 120, 100) }] });
    const bareCtx = prepareFacilityContext(bare, bare.compounds[0]?.id ?? '');
    const t = facilityType('waste_point');
    if (!t) throw new Error('waste_point');
    const rules = checkFacility(bareCtx, {
      type: 'waste_point',
      geometry: facilityFootprint(t, toLonLat([50, 50]), 90, 4544),
      building_id: null,
    }).map((i) => i.rule);
    expect(rules).toEqual([
      'inside_compound',
      'not_on_building',
      'not_on_fire_lane',
      'not_on_operating_area',
      'fire_separation',
    ]);
  });
});
