import { Clipper, EndType, JoinType } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { ARC_TOLERANCE_M, offsetPolygons, pathsArea } from '../../../shared/geo/clipper';

describe('metric clipper helpers', () => {
  it('grows a convex building like Clipper does (area within 0.1 m²)', () => {
    const rect = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 12 },
      { x: 0, y: 12 },
    ];
    const ours = pathsArea(offsetPolygons([rect], 6));
    const clipper = Clipper.areaPathsD(
      Clipper.inflatePathsD([rect], 6, JoinType.Round, EndType.Polygon, 2, 2, ARC_TOLERANCE_M),
    );
    // Exact: 20·12 + 2·6·(20 + 12) + π·36 = 240 + 384 + 113.10 = 737.10 m². Both polygons are inscribed in the
    // round corners within the arc tolerance: at most ⅔ · 0.05 m · 37.7 m of arc ≈ 1.26 m² below the exact area.
    const exact = 624 + Math.PI * 36;
    for (const area of [ours, clipper]) {
      expect(area).toBeLessThanOrEqual(exact);
      expect(area).toBeGreaterThan(exact - (2 / 3) * ARC_TOLERANCE_M * 2 * Math.PI * 6);
    }
    expect(Math.abs(ours - clipper)).toBeLessThan(0.5);
  });

  it('falls back to Clipper for a concave outline', () => {
    const l = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 10 },
      { x: 10, y: 10 },
      { x: 10, y: 20 },
      { x: 0, y: 20 },
    ];
    const area = pathsArea(offsetPolygons([l], 2));
    // 300 + 2·(20 + 10 + 10 + 10 + 10 + 20) + the corners: 5 convex quarter discs, one reflex corner filled square.
    expect(area).toBeGreaterThan(300 + 160 + 4);
    expect(area).toBeLessThan(300 + 160 + 4 * Math.PI + 1);
  });
});
