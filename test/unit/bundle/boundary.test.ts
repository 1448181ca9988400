import { describe, expect, test } from 'vitest';
import { packageBoundary } from '../../../shared/analysis/bundle/index';
import { signedRingArea } from '../../../shared/geo/ring';
import type { MultiPolygon } from '../../../shared/model/geometry';
import { deepFreeze, frame, rectFromMetres } from '../shared/helpers';

// Package outlines: members grown and shrunk back by D/2 (Clipper), unioned with the members.

const area = (g: MultiPolygon): number =>
  g.coordinates.reduce(
    (s, poly) =>
      s + poly.reduce((t, ring, i) => t + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(frame.ringToMetric(ring))), 0),
    0,
  );

describe('packageBoundary', () => {
  test('a single compound keeps its own outline', () => {
    const a = deepFreeze(rectFromMetres(0, 0, 100, 100));
    expect(packageBoundary([a], 150, frame)).toEqual({ type: 'MultiPolygon', coordinates: [a.coordinates] });
  });

  test('gaps below D are bridged into one polygon; wider gaps stay apart', () => {
    const members = deepFreeze([rectFromMetres(0, 0, 100, 100), rectFromMetres(140, 0, 240, 100)]);
    const joined = packageBoundary(members, 150, frame);
    expect(joined.coordinates).toHaveLength(1);
    const a = area(joined);
    expect(a).toBeGreaterThan(20_000 + 1_000); // both members plus a bridge
    expect(a).toBeLessThan(24_000 + 1); // never more than the bounding box
    const apart = packageBoundary(members, 30, frame);
    expect(apart.coordinates).toHaveLength(2);
    expect(area(apart)).toBeCloseTo(20_000, 0);
  });

  test('exteriors counter-clockwise, positions rounded to 1e-8°', () => {
    const g = packageBoundary([rectFromMetres(0, 0, 100, 100), rectFromMetres(120, 30, 220, 130)], 150, frame);
    for (const poly of g.coordinates) {
      expect(signedRingArea(poly[0] ?? [])).toBeGreaterThan(0);
      for (const [lon, lat] of poly.flat()) {
        expect(Math.abs(lon * 1e8 - Math.round(lon * 1e8))).toBeLessThan(1e-6);
        expect(Math.abs(lat * 1e8 - Math.round(lat * 1e8))).toBeLessThan(1e-6);
      }
    }
  });
});
