import { describe, expect, it } from 'vitest';
import { candidateAt, normAngle, SNAP_M } from '../../../renderer/src/facilities/candidate';
import { metresBetween, readRect } from '../../../renderer/src/facilities/shape';
import { facilityType } from '../../../shared/standards/facilities';
import { at, compound, rectPx } from '../map/fakeHost';
import { EPSG, fakeDeps, piece, tooClose } from './fakes';

const site = compound(rectPx(0, 0, 400, 300));
const parking = facilityType('parking');
const kiosk = facilityType('waste_point');
if (!parking || !kiosk) throw new Error('catalog changed');
const catalogSize = (t: typeof parking) => ({ width_m: t.width_m, length_m: t.length_m });

describe('candidateAt', () => {
  it('centres the catalog footprint on the pointer with the requested rotation, checked in its compound', () => {
    const deps = fakeDeps(site, [], [tooClose]);
    const c = candidateAt(deps, { type: kiosk, size: catalogSize(kiosk) }, at(100, 100), 30, 15);
    expect(c.compoundId).toBe(site.id);
    expect(c.rotation_deg).toBe(45);
    expect(c.snappedTo).toBeNull();
    expect(c.stalls).toBeNull();
    expect(c.checks).toEqual([tooClose]);
    expect(deps.checked[0]?.type).toBe('waste_point');
    const { center, size } = readRect(c.geometry, EPSG);
    expect(metresBetween(center, at(100, 100), EPSG)).toBeLessThan(0.01);
    expect(size.width_m).toBeCloseTo(3, 3);
    expect(size.length_m).toBeCloseTo(5, 3);
  });

  it('snaps into the piece near its rectangle centre, turned along it, and a parking lot fills the rectangle', () => {
    const deps = fakeDeps(site, [piece(site.id, 100, 100, 140, 120, 90)]);
    const near = at(121, 111); // ~1.5 m from the centre (120, 110)
    expect(metresBetween(near, at(120, 110), EPSG)).toBeLessThan(SNAP_M);
    const c = candidateAt(deps, { type: parking, size: catalogSize(parking) }, near, 0, 0);
    expect(c.snappedTo).toBe(`${site.id}:0`);
    expect(c.rotation_deg).toBe(90);
    expect(metresBetween(readRect(c.geometry, EPSG).center, at(120, 110), EPSG)).toBeLessThan(0.01);
    expect(c.size).toEqual({ width_m: 22, length_m: 44 });
    expect(c.stalls).toBe(34); // one double-loaded module (2 rows) × 17 stalls of 2.5 m in 44 m
  });

  it('does not snap when the pointer is inside the piece but far from its centre; parking keeps its size', () => {
    const deps = fakeDeps(site, [piece(site.id, 100, 100, 140, 120)]);
    const c = candidateAt(deps, { type: parking, size: catalogSize(parking) }, at(102, 102), 0, 0);
    expect(c.snappedTo).toBeNull();
    expect(c.stalls).toBe(16);
  });

  it('reports "outside every compound" without calling the engine', () => {
    const deps = fakeDeps(site);
    const c = candidateAt(deps, { type: kiosk, size: catalogSize(kiosk) }, at(600, 600), 0, 0);
    expect(c.compoundId).toBeNull();
    expect(c.checks).toEqual([expect.objectContaining({ rule: 'inside_compound', ok: false })]);
    expect(deps.checked).toHaveLength(0);
  });

  it('normalises angles to (-180, 180]', () => {
    expect(normAngle(195)).toBe(-165);
    expect(normAngle(-180)).toBe(180);
    expect(normAngle(360)).toBe(0);
  });
});
