import { Clipper, EndType, JoinType } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { cachedFrame, localFrame } from '../../../shared/analysis/facilities/frames';
import { indexObstacles } from '../../../shared/analysis/leftover';
import { leftoverLand } from '../../../shared/analysis/leftover/land';
import { collectObstacles } from '../../../shared/analysis/leftover/obstacles';
import {
  ARC_TOLERANCE_M,
  booleanPaths,
  booleanTree,
  OPENING_ARC_TOLERANCE_M,
  offsetPolygons,
  openRing,
  orientRings,
  pathsArea,
  piecesToPaths,
  toPath,
  treePieces,
} from '../../../shared/geo/clipper';
import { rawOffset } from '../../../shared/geo/outset';
import { generateDistrict } from '../../fixtures/leftover/generate';

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

  it('a raw offset read with the Positive rule is the grown region (as Clipper unions it)', () => {
    // An L (concave corner) and a comb with a 1 m slot that a 2 m growth closes (the raw paths overlap there).
    const shapes = [
      [
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 10 },
        { x: 10, y: 10 },
        { x: 10, y: 20 },
        { x: 0, y: 20 },
      ],
      [
        { x: 0, y: 0 },
        { x: 30, y: 0 },
        { x: 30, y: 10 },
        { x: 15.5, y: 10 },
        { x: 15.5, y: 2 },
        { x: 14.5, y: 2 },
        { x: 14.5, y: 10 },
        { x: 0, y: 10 },
      ],
    ];
    for (const shape of shapes) {
      for (const join of ['miter', 'round'] as const) {
        const ours = pathsArea(
          piecesToPaths(treePieces(booleanTree('union', rawOffset([shape], 2, join), [], 'positive'))),
        );
        const jt = join === 'miter' ? JoinType.Miter : JoinType.Round;
        const clipper = Clipper.areaPathsD(
          Clipper.inflatePathsD([shape], 2, jt, EndType.Polygon, 2, 2, ARC_TOLERANCE_M),
        );
        // Mitres are exact; arcs are both inscribed within ARC_TOLERANCE_M but stepped differently (≤ 6 quarter
        // turns of radius 2 here: at most ⅔ · 0.05 · 6 · π ≈ 0.63 m² apart, in practice under 0.1).
        expect(Math.abs(ours - clipper)).toBeLessThan(join === 'miter' ? 0.01 : 0.1);
      }
    }
  });

  it('the two-sweep opening keeps the four-sweep result (erode the land, grow back, intersect)', () => {
    const { site } = generateDistrict(20);
    const origin = site.compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
    const frame = localFrame(cachedFrame(site.settings.metric_epsg), [origin[0], origin[1]]);
    const index = indexObstacles(collectObstacles(site, frame));
    const options = { minAreaM2: 100, minWidthM: 4 };
    let fast = 0;
    let reference = 0;
    for (const c of site.compounds) {
      const compound = orientRings(c.geometry.coordinates.map((ring) => toPath(frame.ringToMetric(openRing(ring)))));
      const xs = compound[0]?.map((p) => p.x) ?? [];
      const ys = compound[0]?.map((p) => p.y) ?? [];
      const near = index.search(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
      fast += leftoverLand(compound, near, options).reduce((sum, p) => sum + p.area, 0);
      // The textbook steps on the free land itself (what the engine did before the two-sweep form).
      const land = booleanPaths(
        'difference',
        compound,
        near.flatMap((o) => o.paths),
      );
      const eroded = offsetPolygons(land, -2, 'round', OPENING_ARC_TOLERANCE_M);
      const regrown = offsetPolygons(eroded, 2, 'miter', OPENING_ARC_TOLERANCE_M);
      reference += treePieces(booleanTree('intersection', regrown, land))
        .filter((p) => p.area >= 100)
        .reduce((sum, p) => sum + p.area, 0);
    }
    expect(reference).toBeGreaterThan(20 * 3000);
    expect(Math.abs(fast - reference) / reference).toBeLessThan(0.001);
  });
});
