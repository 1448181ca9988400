import { describe, expect, it } from 'vitest';
import { signedRingArea } from '../../../shared/geo/ring';
import { normalizeRing, validatePolygon } from '../../../shared/geo/validate';
import type { Polygon, Position } from '../../../shared/model/geometry';
import { deepFreeze, polygonFromMetres, rectFromMetres } from './helpers';

const poly = (...rings: Position[][]): Polygon => deepFreeze({ type: 'Polygon', coordinates: rings });

describe('validatePolygon', () => {
  it('accepts a simple rectangle, a concave L and a polygon with a hole', () => {
    expect(validatePolygon(deepFreeze(rectFromMetres(0, 0, 50, 30)))).toEqual({ valid: true });
    const l = polygonFromMetres([
      [0, 0],
      [40, 0],
      [40, 10],
      [10, 10],
      [10, 40],
      [0, 40],
    ]);
    expect(validatePolygon(deepFreeze(l))).toEqual({ valid: true });
    const square = polygonFromMetres(
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
      ],
      [
        [
          [20, 20],
          [20, 40],
          [40, 40],
          [40, 20],
        ],
      ],
    );
    expect(validatePolygon(deepFreeze(square))).toEqual({ valid: true });
  });

  it('refuses a bow-tie (self-intersection)', () => {
    const bowTie = poly([
      [106.2, 27.4],
      [106.201, 27.401],
      [106.201, 27.4],
      [106.2, 27.401],
      [106.2, 27.4],
    ]);
    expect(validatePolygon(bowTie)).toEqual({ valid: false, reason: 'selfIntersection' });
  });

  it('refuses a ring that touches itself at a vertex and a spike that folds back', () => {
    const figureEight = poly([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 1],
      [0, 0],
    ]);
    expect(validatePolygon(figureEight)).toEqual({ valid: false, reason: 'selfIntersection' });
    const spike = poly([
      [0, 0],
      [2, 0],
      [2, 2],
      [2, 3], // goes up …
      [2, 1], // … and back down over itself
      [0, 2],
      [0, 0],
    ]);
    expect(validatePolygon(spike)).toEqual({ valid: false, reason: 'selfIntersection' });
  });

  it('refuses a hole that crosses the exterior ring', () => {
    const crossing = polygonFromMetres(
      [
        [0, 0],
        [100, 0],
        [100, 100],
        [0, 100],
      ],
      [
        [
          [80, 20],
          [80, 40],
          [120, 40],
          [120, 20],
        ],
      ],
    );
    expect(validatePolygon(deepFreeze(crossing))).toEqual({ valid: false, reason: 'selfIntersection' });
  });

  it('finds a crossing in a large ring (indexed path) and accepts the same ring uncrossed', () => {
    const n = 400;
    const circle: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      circle.push([100 * Math.cos(a), 100 * Math.sin(a)]);
    }
    expect(validatePolygon(deepFreeze(polygonFromMetres(circle)))).toEqual({ valid: true });
    const crossed = [...circle];
    [crossed[100], crossed[300]] = [crossed[300] as Position, crossed[100] as Position];
    expect(validatePolygon(deepFreeze(polygonFromMetres(crossed)))).toEqual({
      valid: false,
      reason: 'selfIntersection',
    });
  });

  it('reports too few points, zero area and unclosed rings', () => {
    expect(
      validatePolygon(
        poly([
          [0, 0],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toEqual({ valid: false, reason: 'tooFewPoints' });
    // Duplicates do not count as points.
    expect(
      validatePolygon(
        poly([
          [0, 0],
          [1, 0],
          [1, 0],
          [1, 1],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toEqual({ valid: true });
    expect(
      validatePolygon(
        poly([
          [0, 0],
          [1, 0],
          [1, 0],
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toEqual({
      valid: false,
      reason: 'tooFewPoints',
    });
    expect(
      validatePolygon(
        poly([
          [0, 0],
          [1, 0],
          [2, 0],
          [0, 0],
        ]),
      ),
    ).toEqual({ valid: false, reason: 'zeroArea' });
    expect(
      validatePolygon(
        poly([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toEqual({ valid: false, reason: 'ringNotClosed' });
  });
});

describe('normalizeRing', () => {
  it('closes, drops consecutive duplicates and orients counter-clockwise', () => {
    const input = deepFreeze<Position[]>([
      [0, 0],
      [0, 1],
      [0, 1],
      [1, 1],
      [1, 0],
    ]);
    const out = normalizeRing(input);
    expect(out).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(signedRingArea(out)).toBeGreaterThan(0);
    expect(signedRingArea(normalizeRing(input, 'cw'))).toBeLessThan(0);
  });
});
