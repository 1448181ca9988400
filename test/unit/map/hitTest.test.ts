import { describe, expect, it } from 'vitest';
import { buildHitIndex, featuresAt, featuresInBox, pointInPolygon } from '../../../renderer/src/map/geo/hitTest';
import { at, rectPx } from './fakeHost';

const big = { table: 'compounds' as const, id: 'c', geometry: rectPx(0, 0, 300, 300) };
const small = { table: 'compounds' as const, id: 'c2', geometry: rectPx(50, 50, 100, 100) };
const house = { table: 'buildings' as const, id: 'b', geometry: rectPx(60, 60, 90, 90) };
const index = buildHitIndex([big, small, house]);

describe('hit testing', () => {
  it('puts buildings over compounds and smaller compounds over larger', () => {
    expect(featuresAt(index, at(70, 70)).map((f) => f.id)).toEqual(['b', 'c2', 'c']);
    expect(featuresAt(index, at(55, 55)).map((f) => f.id)).toEqual(['c2', 'c']);
    expect(featuresAt(index, at(400, 400))).toEqual([]);
  });

  it('respects holes', () => {
    const donut = {
      type: 'Polygon' as const,
      coordinates: [...rectPx(0, 0, 100, 100).coordinates, ...rectPx(40, 40, 60, 60).coordinates],
    };
    expect(pointInPolygon(at(50, 50), donut)).toBe(false);
    expect(pointInPolygon(at(20, 20), donut)).toBe(true);
  });

  it('box-selects features that intersect the box, not merely whose bbox does', () => {
    const tri = {
      table: 'compounds' as const,
      id: 't',
      geometry: { type: 'Polygon' as const, coordinates: [[at(500, 500), at(600, 500), at(500, 600), at(500, 500)]] },
    };
    const idx = buildHitIndex([tri, house]);
    const boxOf = (a: [number, number], b: [number, number]) => {
      const p = at(...a);
      const q = at(...b);
      return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])] as [
        number,
        number,
        number,
        number,
      ];
    };
    // Inside the triangle's bbox corner (590,590) but outside the triangle.
    expect(featuresInBox(idx, boxOf([585, 585], [595, 595]))).toEqual([]);
    expect(
      featuresInBox(idx, boxOf([0, 0], [510, 510]))
        .map((f) => f.id)
        .sort(),
    ).toEqual(['b', 't']);
    expect(featuresInBox(buildHitIndex([]), boxOf([0, 0], [1, 1]))).toEqual([]);
  });
});
