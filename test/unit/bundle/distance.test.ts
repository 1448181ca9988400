import { describe, expect, test } from 'vitest';
import { segmentDistance2 } from '../../../shared/analysis/bundle/distance';
import { boundaryDistance, ringsDistance } from '../../../shared/analysis/bundle/index';
import type { Position } from '../../../shared/model/geometry';
import { deepFreeze, frame, polygonFromMetres, rectFromMetres } from '../shared/helpers';

// Boundary-to-boundary distance: exact in the metric frame, 0 for touching, overlapping and nested polygons.

const rect = (x0: number, y0: number, x1: number, y1: number): Position[][] => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

describe('ringsDistance (metric rings)', () => {
  test('edge to edge, corner to corner, and symmetric', () => {
    expect(ringsDistance(rect(0, 0, 10, 10), rect(25, 0, 35, 10))).toBe(15);
    expect(ringsDistance(rect(0, 0, 10, 10), rect(13, 14, 20, 20))).toBe(5);
    expect(ringsDistance(rect(13, 14, 20, 20), rect(0, 0, 10, 10))).toBe(5);
    // Corner of one against the middle of the other's edge: not a vertex–vertex distance.
    expect(ringsDistance(rect(0, 0, 10, 100), rect(13, 40, 20, 60))).toBe(3);
  });

  test('0 when touching, overlapping or nested', () => {
    expect(ringsDistance(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBe(0);
    expect(ringsDistance(rect(0, 0, 10, 10), rect(10, 10, 20, 20))).toBe(0);
    expect(ringsDistance(rect(0, 0, 10, 10), rect(5, 5, 20, 20))).toBe(0);
    expect(ringsDistance(rect(0, 0, 100, 100), rect(40, 40, 60, 60))).toBe(0);
    expect(ringsDistance(rect(40, 40, 60, 60), rect(0, 0, 100, 100))).toBe(0);
  });

  test('a polygon inside another one’s hole is as far as the hole’s edge', () => {
    const withHole = [...rect(0, 0, 100, 100), ...rect(20, 20, 80, 80)];
    expect(ringsDistance(withHole, rect(40, 40, 60, 60))).toBe(20);
  });

  test('with a cutoff: exact at or below it, above it when farther', () => {
    expect(ringsDistance(rect(0, 0, 10, 10), rect(25, 0, 35, 10), 20)).toBe(15);
    expect(ringsDistance(rect(0, 0, 10, 10), rect(25, 0, 35, 10), 15)).toBe(15);
    expect(ringsDistance(rect(0, 0, 10, 10), rect(25, 0, 35, 10), 14.99)).toBeGreaterThan(14.99);
    expect(ringsDistance(rect(0, 0, 100, 100), rect(40, 40, 60, 60), 5)).toBe(0); // nested, far edges
  });

  test('crossing segments are at distance 0', () => {
    expect(segmentDistance2([0, 0], [10, 10], [0, 10], [10, 0])).toBe(0);
    expect(segmentDistance2([0, 0], [10, 0], [5, 3], [5, 10])).toBe(9);
  });
});

describe('boundaryDistance (lon/lat through the frame)', () => {
  test('measures in metres of the GK zone and leaves its inputs alone', () => {
    const a = deepFreeze(rectFromMetres(0, 0, 100, 100));
    const b = deepFreeze(rectFromMetres(250, 0, 350, 100));
    expect(boundaryDistance(a, b, frame)).toBeCloseTo(150, 6);
    const l = deepFreeze(
      polygonFromMetres([
        [0, 0],
        [300, 0],
        [300, 20],
        [0, 20],
      ]),
    );
    // Centroids 400 m apart, boundaries 30 m: the distance is between boundaries.
    expect(boundaryDistance(l, rectFromMetres(330, 0, 700, 20), frame)).toBeCloseTo(30, 6);
  });
});
