import type { PathD, PathsD } from 'clipper2-ts';
import {
  ARC_TOLERANCE_M,
  bufferLine,
  circlePath,
  convexCcw,
  offsetPolygons,
  openRing,
  orientRings,
  toPath,
} from '../../geo/clipper';
import type { MetricFrame } from '../../geo/crs';
import { outsetConvex } from '../../geo/outset';
import type { Polygon, Position } from '../../model/geometry';
import { buildingHeight, isHighRise, requiredSeparation } from './heights';
import type { SiteInput } from './input';

// The land a compound cannot use for a new facility (issue 4 §2), each as metric Clipper paths with its bbox:
// - each building grown by the clearance a LOW new facility needs from it: multi_multi next to a multi-storey
//   building, high_low next to a high-rise (new facilities are never high-rise);
// - fire lanes (roads of kind fire_lane) as strips of max(width, fire_lane_width_m), ordinary roads of their width,
//   fire-lane and operating-area site polygons as drawn;
// - pipeline easements: diameter/2 + pipeline_easement_m each side of the centre line (pipes to abandon excepted);
// - protected green (green with keep), tree crowns, illegal structures NOT marked for demolition (a structure marked
//   for demolition is simply not an obstacle: its land counts as freed, still under every other constraint);
// - facilities already placed (their footprints; the land is taken).
// Buildings and roads of neighbouring compounds are obstacles too when they come near: a clearance crosses fences.

export interface Obstacle {
  kind:
    | 'building'
    | 'road'
    | 'fire_lane'
    | 'operating_area'
    | 'pipeline'
    | 'green'
    | 'tree'
    | 'illegal_structure'
    | 'facility';
  id: string;
  paths: PathsD;
  /**
   * The obstacle grown by r more metres: the opening erodes the free land by r, which is the compound shrunk by r
   * minus every obstacle grown by r. A convex outline (most: rectangular footprints with their clearance, straight
   * lanes, tree crowns) is grown by outsetConvex, which contains everything within r of it; `regrowsOnto` is then
   * true. Others are grown from their simple source (the footprint grown by clearance + r, the centre line buffered by
   * half + r, …; arcs: growTolerance). Memoised for the last r (an obstacle near two compounds is grown once).
   */
  grown: (r: number) => PathsD;
  /**
   * true when `grown` is outsetConvex of the one convex ring in `paths`: land eroded by it and grown back by r meets
   * the obstacle's own edges and does not cross them, so the opening need not clip it again (land.ts).
   */
  regrowsOnto: boolean;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const polygonPaths = (p: Polygon, frame: MetricFrame): PathsD =>
  orientRings(p.coordinates.map((ring) => toPath(frame.ringToMetric(openRing(ring)))));

/**
 * Arc tolerance for growing an arc of radius `base` (the clearance) to base + r: scaled so the grown arcs keep the
 * same angular steps as the obstacle's own arcs. The eroded outline is then the obstacle outline shifted by r
 * (as offsetting the free land would make it), corner for corner: a coarser arc would let pieces creep closer to
 * buildings, and other chord directions would flip mitre/square decisions at the sharp corners the regrowth meets.
 */
const growTolerance = (base: number, r: number): number =>
  base > 0 ? (ARC_TOLERANCE_M * (base + r)) / base : ARC_TOLERANCE_M;

/** Memoises grow(r) for the last r asked. */
function lastR(grow: (r: number) => PathsD): (r: number) => PathsD {
  let r0 = Number.NaN;
  let value: PathsD = [];
  return (r) => {
    if (r !== r0) [r0, value] = [r, grow(r)];
    return value;
  };
}

/** Any polygon obstacle grown by r (a small Clipper offset of a simple outline). */
const growPaths =
  (paths: PathsD) =>
  (r: number): PathsD =>
    offsetPolygons(paths, r, 'round', ARC_TOLERANCE_M);

/** The one convex counter-clockwise ring of `paths`, if that is what they are. */
const convexRing = (paths: PathsD): PathD | null =>
  paths.length === 1 && convexCcw(paths[0] as PathD) ? (paths[0] as PathD) : null;

/** `paths` as an obstacle; `grow` builds its grown outline unless the outline is convex (see Obstacle.grown). */
function withBBox(
  kind: Obstacle['kind'],
  id: string,
  paths: PathsD,
  grow: (r: number) => PathsD = growPaths(paths),
): Obstacle | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const path of paths) {
    for (const p of path) {
      if (p.x < minX) minX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.x > maxX) maxX = p.x;
      if (p.y > maxY) maxY = p.y;
    }
  }
  if (!(minX <= maxX)) return null;
  const convex = convexRing(paths);
  const grown = convex ? (r: number) => [outsetConvex(convex, r)] : grow;
  return { kind, id, paths, grown: lastR(grown), regrowsOnto: convex !== null, minX, minY, maxX, maxY };
}

/** Building clearance for a low new facility (see the header). */
export const buildingClearance = (b: SiteInput['buildings'][number], s: SiteInput['settings']): number =>
  requiredSeparation(isHighRise(buildingHeight(b, s), s), false, s);

/** Every obstacle of `input` (the caller cuts it to the features near the compounds it computes: near.ts). */
export function collectObstacles(input: SiteInput, frame: MetricFrame): Obstacle[] {
  const s = input.settings;
  const out: (Obstacle | null)[] = [];
  for (const b of input.buildings) {
    const footprint = polygonPaths(b.geometry, frame);
    const clearance = buildingClearance(b, s);
    out.push(
      withBBox('building', b.id, offsetPolygons(footprint, clearance), (r) =>
        offsetPolygons(footprint, clearance + r, 'round', growTolerance(clearance, r)),
      ),
    );
  }
  for (const r of input.roads) {
    const width = r.kind === 'fire_lane' ? Math.max(r.width_m, s.fire_lane_width_m) : r.width_m;
    const line = frame.ringToMetric(r.geometry.coordinates);
    out.push(withBBox(r.kind === 'fire_lane' ? 'fire_lane' : 'road', r.id, bufferLine(line, width / 2, 'butt')));
  }
  for (const a of input.site_areas) {
    const blocks =
      a.kind === 'fire_lane' ||
      a.kind === 'operating_area' ||
      (a.kind === 'green' && a.keep) ||
      (a.kind === 'illegal_structure' && !a.demolish);
    if (blocks) out.push(withBBox(a.kind, a.id, polygonPaths(a.geometry, frame)));
  }
  for (const p of input.pipelines) {
    if (p.status === 'abandon') continue;
    const half = p.diameter_mm / 2000 + s.pipeline_easement_m;
    const line = frame.ringToMetric(p.geometry.coordinates);
    // A round-ended strip grown by r is the round-ended strip of half + r.
    out.push(
      withBBox('pipeline', p.id, bufferLine(line, half, 'round'), (r) =>
        bufferLine(line, half + r, 'round', growTolerance(half, r)),
      ),
    );
  }
  for (const t of input.trees) {
    if (t.crown_radius_m <= 0) continue;
    const c = frame.ringToMetric([t.geometry.coordinates])[0] as Position;
    out.push(withBBox('tree', t.id, [circlePath(c, t.crown_radius_m)], (r) => [circlePath(c, t.crown_radius_m + r)]));
  }
  for (const f of input.facilities) out.push(withBBox('facility', f.id, polygonPaths(f.geometry, frame)));
  return out.filter((o): o is Obstacle => o !== null);
}

export { polygonPaths };
