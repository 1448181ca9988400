import { describe, expect, it } from 'vitest';
import { facilityTableRows } from '../../../renderer/src/facilities/facilityTableRows';
import { rectFootprint } from '../../../renderer/src/facilities/shape';
import { checkPlacedFacilities, placedChecksCache } from '../../../shared/analysis/facilities/placed';
import type { Facility } from '../../../shared/model/tables';
import { buildSite, rect, ring, toLonLat } from '../../fixtures/leftover/site';

// The facilities table checks every placed facility where it stands (shared/analysis/facilities/placed.ts): on a
// 120 × 100 m compound (local metres) with a 6-floor dwelling A (x 20–60, y 60–72), a 16.6 × 20 m parking lot on free
// land, a waste point standing on A, a second lot half over the first, and a parcel locker with no compound.

const base = buildSite({
  compounds: [{ name: '测试小区', ring: rect(0, 0, 120, 100) }],
  buildings: [{ name: 'A', ring: rect(20, 60, 60, 72), floors: 6 }],
});
const compoundId = base.compounds[0]?.id ?? '';
const idA = base.buildings[0]?.id ?? '';

function facility(n: number, type: string, at: [number, number], w: number, l: number, compound = true): Facility {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    type,
    name: '',
    compound_id: compound ? compoundId : null,
    building_id: null,
    floors: 1,
    height_m: 3,
    rotation_deg: 0,
    note: '',
    geometry: rectFootprint(toLonLat(at), { width_m: w, length_m: l }, 0, 4544),
  };
}

const lot = facility(1, 'parking', [30, 25], 16.6, 20);
const onA = facility(2, 'waste_point', [40, 66], 3, 5);
const overLot = facility(3, 'parking', [40, 25], 16.6, 20);
const stray = facility(4, 'parcel_lockers', [300, 300], 1.6, 4, false);
const site = { ...base, facilities: [lot, onA, overLot, stray] };
const failing = (items: { ok: boolean; rule: string; otherId: string | null }[] | undefined) =>
  (items ?? []).filter((i) => !i.ok).map((i) => `${i.rule}:${i.otherId}`);

describe('checkPlacedFacilities', () => {
  it('checks each facility where it stands, never against itself', () => {
    const checks = checkPlacedFacilities({ ...base, facilities: [lot] });
    // Alone in the compound: the lot's own footprint, which the context holds, is not "another placed facility".
    expect(failing(checks.get(lot.id))).toEqual([]);
  });

  it('finds a facility on a building, two facilities on each other, and one in no compound', () => {
    const checks = checkPlacedFacilities(site);
    expect(failing(checks.get(onA.id))).toEqual([`not_on_building:${idA}`, `fire_separation:${idA}`]);
    expect(failing(checks.get(lot.id))).toEqual([`not_on_facility:${overLot.id}`]);
    expect(failing(checks.get(overLot.id))).toEqual([`not_on_facility:${lot.id}`]);
    expect(failing(checks.get(stray.id))).toEqual(['inside_compound:null']);
  });
});

describe('placedChecksCache', () => {
  it('gives what checkPlacedFacilities gives, reuses a compound whose rows did not change, redoes one that did', () => {
    const checks = placedChecksCache();
    const first = checks(site);
    expect(first).toEqual(checkPlacedFacilities(site));
    // The next edit elsewhere: same rows, so the same findings (the very arrays).
    const again = checks({ ...site, roads: [] });
    expect(again.get(onA.id)).toBe(first.get(onA.id));
    // A is moved away from the waste point (a new row object, as the store makes one): that compound is redone.
    const a = base.buildings[0];
    if (!a) throw new Error('no building');
    const moved = { ...a, geometry: { type: 'Polygon' as const, coordinates: [ring(rect(20, 80, 60, 92))] } };
    const after = checks({ ...site, buildings: [moved] });
    expect(after.get(onA.id)).not.toBe(first.get(onA.id));
    expect(failing(after.get(onA.id))).toEqual([]);
    expect(after).toEqual(checkPlacedFacilities({ ...site, buildings: [moved] }));
  });
});

describe('facilityTableRows', () => {
  it('lists failing facilities first, with compound, footprint and stalls', () => {
    const rows = facilityTableRows(site, checkPlacedFacilities(site));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.failures.length > 0)).toBe(true);
    const two = { ...site, facilities: [onA, lot] };
    const clean = facilityTableRows(two, checkPlacedFacilities(two));
    expect(clean.map((r) => r.id)).toEqual([onA.id, lot.id]); // failing first
    const lotRow = clean[1];
    expect(lotRow).toMatchObject({ compoundName: '测试小区', stalls: 16, failures: [] });
    expect(lotRow?.area_m2).toBeCloseTo(332, -1);
    expect(rows.find((r) => r.id === stray.id)).toMatchObject({ compoundName: null, stalls: null });
  });
});
