import { describe, expect, it } from 'vitest';
import { fitsInRectangle, footprintCopies, parkingStalls } from '../../../shared/analysis/leftover/fits';
import { bestRectangle } from '../../../shared/analysis/leftover/rectangle';
import { leastWidth } from '../../../shared/analysis/leftover/width';
import { FACILITY_TYPES, facilityType } from '../../../shared/standards/facilities';

describe('what fits', () => {
  it('counts stalls in double rows with a 6 m aisle, plus a single row where 11.3 m is left', () => {
    expect(parkingStalls(16.6, 20)).toBe(16); // 2 rows of 8
    expect(parkingStalls(11.3, 25)).toBe(10); // one single-loaded row
    expect(parkingStalls(11.2, 25)).toBe(8); // rows run the other way: 2 rows of 4 across the 25 m side
    expect(parkingStalls(11.2, 11.2)).toBe(0); // not even a single row either way
    expect(parkingStalls(40, 60)).toBe(96); // 4 rows of 24 or 6 rows of 16
    expect(parkingStalls(30, 30)).toBe(36); // 16.6 + 11.3 ≤ 30: 3 rows of 12
  });

  it('counts footprint copies in the better orientation and never lists elevators', () => {
    expect(footprintCopies({ width_m: 3, length_m: 5 }, 10, 9)).toBe(6); // 3 × 2 (5 along 10, 3 along 9)
    expect(fitsInRectangle(20, 20).map((f) => f.type)).not.toContain('elevator');
    expect(fitsInRectangle(20, 20).find((f) => f.type === 'service_station')?.count).toBe(1);
    expect(fitsInRectangle(2, 3)).toEqual([]);
  });

  it('has a catalog entry with source and grade for every key of the brief', () => {
    for (const key of [
      'parking',
      'ebike_shed',
      'waste_point',
      'parcel_lockers',
      'service_station',
      'elderly_daycare',
      'health_station',
      'property_room',
      'fitness_ground',
      'elevator',
    ]) {
      const t = facilityType(key);
      expect(t?.source).toBeTruthy();
      expect(['A', 'B', 'C']).toContain(t?.grade);
    }
    expect(FACILITY_TYPES).toHaveLength(10);
  });
});

describe('piece measures', () => {
  const path = (pts: [number, number][]) => pts.map(([x, y]) => ({ x, y }));
  it('least width = diameter of the largest inscribed circle (a 12 × 40 m strip → 12 m)', () => {
    expect(
      leastWidth([
        path([
          [0, 0],
          [40, 0],
          [40, 12],
          [0, 12],
        ]),
      ]),
    ).toBeCloseTo(12, 1);
  });

  it('least width sees reflex corners and holes (circle at (c, c) with c = √2 (10 − c): 2c = 11.7 m)', () => {
    // An L of two 10 m arms: the circle widens into the joint until it meets the inner corner (10, 10).
    const l = path([
      [0, 0],
      [30, 0],
      [30, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ]);
    expect(leastWidth([l])).toBeCloseTo(11.7, 1);
    // A 30 × 30 m square around a 10 × 10 m hole: the same geometry in each corner (the hole's corner is the limit).
    const square = path([
      [0, 0],
      [30, 0],
      [30, 30],
      [0, 30],
    ]);
    const hole = path([
      [10, 10],
      [10, 20],
      [20, 20],
      [20, 10],
    ]);
    expect(leastWidth([square, hole])).toBeCloseTo(11.7, 1);
  });

  it('best rectangle of a rotated 10 × 30 m rectangle is itself', () => {
    const a = Math.PI / 6;
    const rot = ([x, y]: [number, number]): [number, number] => [
      x * Math.cos(a) - y * Math.sin(a),
      x * Math.sin(a) + y * Math.cos(a),
    ];
    const r = bestRectangle([path([rot([0, 0]), rot([30, 0]), rot([30, 10]), rot([0, 10])])]);
    expect(r?.width).toBeCloseTo(10, 1);
    expect(r?.length).toBeCloseTo(30, 1);
    // Long side along 30° counter-clockwise from east = bearing 60° clockwise from north.
    expect(r?.angleDeg).toBeCloseTo(60, 0);
  });

  it('finds a rectangle in a strip far longer than it is wide (13 × 280 m with two legs: no whole cell of the first grid)', () => {
    // Cells of the first grid are 280/24 ≈ 11.7 m, from the bbox corner (−20 m): none lies wholly in the 13 m strip
    // (bands −8.3…3.3 and 3.3…15) nor in a leg, so the grid has to be refined to find any box.
    const strip = path([
      [0, 0],
      [50, 0],
      [50, -20],
      [63, -20],
      [63, 0],
      [280, 0],
      [280, 13],
      [140, 13],
      [140, 40],
      [127, 40],
      [127, 13],
      [0, 13],
    ]);
    const r = bestRectangle([strip]);
    expect(r?.width).toBeCloseTo(13, 1);
    expect(r?.length).toBeGreaterThan(279);
    expect(fitsInRectangle(r?.width ?? 0, r?.length ?? 0).find((f) => f.type === 'parking')?.count).toBeGreaterThan(40);
  });
});
