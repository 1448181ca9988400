import type { PathD, PathsD } from 'clipper2-ts';
import {
  ARC_TOLERANCE_M,
  booleanPaths,
  booleanTree,
  type MetricPiece,
  OPENING_ARC_TOLERANCE_M,
  offsetPolygons,
  treePieces,
} from '../../geo/clipper';
import { rawOffset } from '../../geo/outset';
import type { Obstacle } from './obstacles';
import { obstaclesToClip } from './reach';

// One compound's leftover land in metric paths (issue 4 §2): the compound minus the obstacles near it, then an
// opening by the minimum width — erode by r = w/2, grow back by r, intersect with the land — which drops slivers and
// necks narrower than w, then the minimum area.
//
// The opening is computed in two Clipper sweeps instead of four (difference, offset, offset, intersection):
// 1. Erosion without offsetting the free land: a point is ≥ r inside (compound − obstacles) exactly when it is ≥ r
//    inside the compound and ≥ r away from every obstacle, so eroded = (compound shrunk by r) − (each obstacle grown
//    by r). Both offsets are of simple outlines (a convex footprint grown by clearance + r is built directly), and
//    each obstacle's growth is memoised across compounds.
// 2. Growing back and intersecting in one: the raw outward offset of the eroded paths (rawOffset: no cleaning union)
//    is read with the Positive fill rule — which is what that union would do — and differenced with
//    (obstacles ∪ everything outside the compound), i.e. intersected with the land. Most obstacles need not be in that
//    sweep: one grown by outsetConvex contains everything within r of it, so land grown back by r meets its edges
//    without crossing them, and only a mitred corner reaching into it (reach.ts) puts it back. Left out, its
//    outline (as finely stepped as the sweep's, with edges close beside it) no longer doubles the sweep's work.
// Growing back uses mitred joins so that a rectangular piece comes back with its square corners (round joins would
// shave (4 − π)r² off each corner of land that is perfectly usable). The erosion's arcs use a coarse tolerance
// (OPENING_ARC_TOLERANCE_M): they only decide which necks survive; the land itself (obstacles at ARC_TOLERANCE_M)
// clips the edges.

export interface LandOptions {
  minAreaM2: number;
  minWidthM: number;
  /** 'round' grows back with round joins (the textbook opening, as Turf's buffer does it): the bench compares on it. */
  regrow?: 'miter' | 'round';
}

export function leftoverLand(compound: PathsD, obstacles: readonly Obstacle[], opts: LandOptions): MetricPiece[] {
  const half = opts.minWidthM / 2;
  if (!(half > 0)) {
    const land =
      obstacles.length > 0
        ? booleanPaths(
            'difference',
            compound,
            obstacles.flatMap((o) => o.paths),
          )
        : compound;
    if (land.length === 0) return [];
    return keep(treePieces(booleanTree('union', land, [])), opts.minAreaM2);
  }
  const shrunk = offsetPolygons(compound, -half, 'round', OPENING_ARC_TOLERANCE_M);
  if (shrunk.length === 0) return [];
  const grownObstacles: PathsD = [];
  for (const o of obstacles) for (const p of o.grown(half)) grownObstacles.push(p);
  const eroded = grownObstacles.length > 0 ? booleanPaths('difference', shrunk, grownObstacles) : shrunk;
  if (eroded.length === 0) return [];
  // Mitred regrowth has no arcs; round regrowth (the Turf comparison) needs the fine tolerance, its arcs are edges.
  const regrow = opts.regrow ?? 'miter';
  const excess: PathsD = [];
  const tolerance = regrow === 'miter' ? OPENING_ARC_TOLERANCE_M : ARC_TOLERANCE_M;
  const regrown = rawOffset(eroded, half, regrow, tolerance, excess);
  const clip = outside(compound, 3 * half + 1);
  for (const o of obstaclesToClip(obstacles, excess)) for (const p of o.paths) clip.push(p);
  return keep(treePieces(booleanTree('difference', regrown, clip, 'positive')), opts.minAreaM2);
}

const keep = (pieces: MetricPiece[], minAreaM2: number): MetricPiece[] =>
  pieces.filter((p) => p.area >= minAreaM2 && p.area > 0);

/**
 * Everything outside the compound within `margin` of its bbox, as positively wound paths: a counter-clockwise frame
 * with the compound's rings reversed inside it (its outer ring cancels the frame; its holes count again).
 */
function outside(compound: PathsD, margin: number): PathsD {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of compound[0] ?? []) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  const frame: PathD = [
    { x: minX - margin, y: minY - margin },
    { x: maxX + margin, y: minY - margin },
    { x: maxX + margin, y: maxY + margin },
    { x: minX - margin, y: maxY + margin },
  ];
  return [frame, ...compound.map((ring) => ring.slice().reverse())];
}
