import { Clipper, ClipType, EndType, FillRule, JoinType, type PathD, type PathsD } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { cachedFrame, localFrame } from '../../../shared/analysis/facilities/frames';
import { indexObstacles } from '../../../shared/analysis/leftover';
import { leftoverLand } from '../../../shared/analysis/leftover/land';
import { collectObstacles, type Obstacle } from '../../../shared/analysis/leftover/obstacles';
import { obstaclesToClip } from '../../../shared/analysis/leftover/reach';
import {
  OPENING_ARC_TOLERANCE_M,
  offsetPolygons,
  openRing,
  orientRings,
  PRECISION,
  pathsArea,
  piecesToPaths,
  toPath,
} from '../../../shared/geo/clipper';
import { outsetConvex, rawOffset } from '../../../shared/geo/outset';
import type { Position } from '../../../shared/model/geometry';
import type { Tree } from '../../../shared/model/tables';
import { generateDistrict } from '../../fixtures/leftover/generate';

// The opening leaves most obstacles out of its last sweep (land.ts): an obstacle grown by outsetConvex holds all land
// within r of it, so land grown back by r meets its edges, and only a mitred corner can reach into it (reach.ts).

const op = (type: ClipType, a: PathsD, b: PathsD): PathsD => Clipper.booleanOpD(type, a, b, FillRule.NonZero, 4);
const box = (x0: number, y0: number, x1: number, y1: number): PathD => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];

const perimeter = (path: PathD): number =>
  path.reduce((sum, p, i) => {
    const q = path[(i + 1) % path.length] as { x: number; y: number };
    return sum + Math.hypot(q.x - p.x, q.y - p.y);
  }, 0);

const obstacle = (paths: PathsD, regrowsOnto = true): Obstacle => {
  const xs = paths.flat().map((p) => p.x);
  const ys = paths.flat().map((p) => p.y);
  return {
    kind: 'building',
    id: 'o',
    paths,
    grown: () => [],
    regrowsOnto,
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
};

describe('outsetConvex', () => {
  const shapes: Record<string, PathD> = {
    rectangle: box(0, 0, 20, 12),
    'building with its 6 m clearance': offsetPolygons([box(0, 0, 20, 12)], 6)[0] as PathD,
    'tree crown (32-gon)': Clipper.ellipseD({ x: 5, y: 5 }, 3, 3, 32),
  };
  for (const [name, shape] of Object.entries(shapes)) {
    it(`holds everything within d of a ${name}, and no more than the arc tolerance beyond`, () => {
      const d = 2;
      const outset = [outsetConvex(shape, d)];
      const exact = Clipper.inflatePathsD([shape], d, JoinType.Round, EndType.Polygon, 2, 4, 0.0005);
      expect(pathsArea(op(ClipType.Difference, exact, outset))).toBeLessThan(1e-3);
      // Beyond the exact offset only by the corners' tangent polygons (≤ 0.05 m out, over ≤ 2π·2.05 m of arcs).
      expect(pathsArea(op(ClipType.Difference, outset, exact))).toBeLessThan(0.05 * 2 * Math.PI * 2.05);
    });

    it(`land eroded by the outset of a ${name} grows back onto its edges`, () => {
      const d = 2;
      const site = [box(-40, -40, 60, 60)];
      const eroded = op(ClipType.Difference, offsetPolygons(site, -d, 'miter'), [outsetConvex(shape, d)]);
      const regrown = Clipper.booleanOpD(ClipType.Union, rawOffset(eroded, d, 'miter'), [], FillRule.Positive, 4);
      // Grown back, the land reaches the obstacle all around it and does not cross into it.
      // (Up to rounding: 0.01 m² around ~100 m of outline is a tenth of a millimetre.)
      expect(pathsArea(op(ClipType.Intersection, regrown, [shape]))).toBeLessThan(0.01);
      const land = op(ClipType.Difference, site, [shape]);
      expect(pathsArea(op(ClipType.Difference, land, regrown))).toBeLessThan(0.01);
    });
  }
});

describe('obstaclesToClip', () => {
  // A mitred corner's excess: the triangle between the shifted edges' ends and the tip.
  const spike: PathD = [
    { x: 0, y: 0 },
    { x: 2, y: 2 },
    { x: 0, y: 2 },
  ];

  it('leaves out an obstacle that only touches the excess along a side', () => {
    expect(obstaclesToClip([obstacle([box(-5, -5, 0, 5)])], [spike])).toEqual([]);
  });

  it('keeps an obstacle that enters the excess, or holds it, or was not grown by outsetConvex', () => {
    const entering = obstacle([box(-5, -5, 0.05, 5)]);
    const holding = obstacle([box(-5, -5, 5, 5)]);
    const concave = obstacle([box(10, 10, 11, 11)], false);
    const far = obstacle([box(10, 10, 11, 11)]);
    expect(obstaclesToClip([entering, holding, concave, far], [spike])).toEqual([entering, holding, concave]);
  });

  it('sees an obstacle crossing the excess with no vertex inside it', () => {
    const thin = obstacle([box(-5, 1.2, 5, 1.3)]);
    expect(obstaclesToClip([thin], [spike])).toEqual([thin]);
  });
});

describe('the opening without most obstacles in its last sweep', () => {
  it('never lays land over an obstacle (random small crowns among the buildings)', () => {
    const { site } = generateDistrict(24, 11);
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const template = site.trees[0] as Tree;
    for (const c of site.compounds) {
      const ring = c.geometry.coordinates[0] ?? [];
      const [lon0, lat0] = ring[0] ?? [0, 0];
      const [lon1, lat1] = ring[2] ?? [0, 0];
      for (let k = 0; k < 15; k++) {
        const at: Position = [lon0 + random() * (lon1 - lon0), lat0 + random() * (lat1 - lat0)];
        site.trees.push({
          ...template,
          id: `${c.id}-t${k}`,
          geometry: { type: 'Point', coordinates: at },
          crown_radius_m: 0.3 + random() * 1.5,
        });
      }
    }
    const origin = site.compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
    const frame = localFrame(cachedFrame(site.settings.metric_epsg), [origin[0], origin[1]]);
    const index = indexObstacles(collectObstacles(site, frame));
    let reached = 0;
    for (const c of site.compounds) {
      const compound = orientRings(c.geometry.coordinates.map((r) => toPath(frame.ringToMetric(openRing(r)))));
      const xs = compound[0]?.map((p) => p.x) ?? [];
      const ys = compound[0]?.map((p) => p.y) ?? [];
      const near = index.search(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
      const pieces = piecesToPaths(leftoverLand(compound, near, { minAreaM2: 30, minWidthM: 3 }));
      // Where land lies over an obstacle at all, it is a strip thinner than reach.ts's 2 cm (a regrown edge running
      // along an obstacle's edge, a mitre's side grazing one): thickness = 2 · area / perimeter.
      const over = op(
        ClipType.Intersection,
        pieces,
        near.flatMap((o) => o.paths),
      );
      for (const bit of over) expect((2 * Math.abs(Clipper.areaD(bit))) / perimeter(bit)).toBeLessThan(0.02);
      expect(pathsArea(over)).toBeLessThan(0.5);
      // The check itself was exercised: some mitred corner reached into an obstacle grown by outsetConvex.
      const shrunk = offsetPolygons(compound, -1.5, 'round', OPENING_ARC_TOLERANCE_M);
      const eroded = Clipper.booleanOpD(
        ClipType.Difference,
        shrunk,
        near.flatMap((o) => o.grown(1.5)),
        FillRule.NonZero,
        PRECISION,
      );
      const excess: PathsD = [];
      rawOffset(eroded, 1.5, 'miter', OPENING_ARC_TOLERANCE_M, excess);
      reached += obstaclesToClip(near, excess).filter((o) => o.regrowsOnto).length;
    }
    expect(reached).toBeGreaterThan(0);
  });
});
