import { Clipper, ClipType, EndType, FillRule, JoinType, type PathsD, type PolyPathD, PolyTreeD } from 'clipper2-ts';
import type { MetricFrame } from '../../geo/crs';
import { normalizeRing } from '../../geo/validate';
import type { MultiPolygon, Polygon, Position } from '../../model/geometry';
import { CLIPPER_PRECISION, pathToRing, polygonToPaths } from '../metric-paths';

// A package's outline on the map: its compounds grown by D/2 and shrunk back by D/2 (a morphological closing),
// which bridges the streets between compounds less than D apart and leaves the outer edges where they were.
// Clipper on metric coordinates; the result is unioned with the members so it always covers them. Growing uses
// mitred joins and shrinking round ones: a convex corner comes back exactly where it was, a street between two
// parallel compound edges is filled across its full length, and the grown shapes have ~3× fewer vertices than
// with round joins (Clipper's union of them is most of the cost).

const round8 = (v: number): number => Math.round(v * 1e8) / 1e8;

/** Pieces below this area (m²) are numerical crumbs of the offsetting, not land. */
const MIN_PIECE_M2 = 0.01;

/** Largest gap (m) between a rounded corner and its true arc: invisible at district scale, and ~4× fewer
 * vertices (and Clipper work) than the default of 0.2% of the radius. */
const ARC_TOLERANCE_M = 1;

/**
 * The boundary of a package as a MultiPolygon in lon/lat (rounded to 1e-8°, exteriors counter-clockwise);
 * a single compound gets its own outline. Inputs are not touched.
 * @example packageBoundary([a.geometry, b.geometry], 150, createMetricFrame(4544)) // → { type: 'MultiPolygon', … }
 */
export function packageBoundary(polygons: readonly Polygon[], distance_m: number, frame: MetricFrame): MultiPolygon {
  if (polygons.length === 1) {
    const only = polygons[0] as Polygon;
    return { type: 'MultiPolygon', coordinates: [only.coordinates.map((ring) => ring.map((p) => [p[0], p[1]]))] };
  }
  const members: PathsD = polygons.flatMap((p) => polygonToPaths(p, frame));
  const half = distance_m / 2;
  let closed: PathsD = [];
  if (half > 0) {
    const grown = Clipper.inflatePathsD(
      members,
      half,
      JoinType.Miter,
      EndType.Polygon,
      2,
      CLIPPER_PRECISION,
      ARC_TOLERANCE_M,
    );
    closed = Clipper.inflatePathsD(
      grown,
      -half,
      JoinType.Round,
      EndType.Polygon,
      2,
      CLIPPER_PRECISION,
      ARC_TOLERANCE_M,
    );
  }
  const tree = new PolyTreeD();
  Clipper.booleanOpDWithPolyTree(
    ClipType.Union,
    [...closed, ...members],
    [],
    tree,
    FillRule.NonZero,
    CLIPPER_PRECISION,
  );
  const polys: Position[][][] = [];
  collect(tree, frame, polys);
  // Never an invalid row: should rounding leave nothing (it cannot for real compounds), the members' own outlines.
  if (polys.length === 0) return { type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates) };
  return { type: 'MultiPolygon', coordinates: polys };
}

/** Walks the tree: each outer node is a polygon with its children as holes; islands inside holes recurse. */
function collect(node: PolyTreeD | PolyPathD, frame: MetricFrame, out: Position[][][]): void {
  for (let i = 0; i < node.count; i++) {
    const outer = node.child(i);
    const path = outer.poly ?? [];
    if (Math.abs(Clipper.areaD(path)) < MIN_PIECE_M2) continue;
    const rings = [toLngLatRing(path, frame, 'ccw')];
    for (let h = 0; h < outer.count; h++) {
      const hole = outer.child(h);
      if (Math.abs(Clipper.areaD(hole.poly ?? [])) >= MIN_PIECE_M2)
        rings.push(toLngLatRing(hole.poly ?? [], frame, 'cw'));
      collect(hole, frame, out);
    }
    // A ring needs 4 positions (closed triangle) to be stored; rounding to 1e-8° may merge a crumb's vertices.
    if ((rings[0]?.length ?? 0) >= 4) out.push(rings.filter((r) => r.length >= 4));
  }
}

const toLngLatRing = (path: NonNullable<PolyPathD['poly']>, frame: MetricFrame, turn: 'ccw' | 'cw'): Position[] =>
  normalizeRing(
    frame.ringToLngLat(pathToRing(path)).map((p): Position => [round8(p[0]), round8(p[1])]),
    turn,
  );
