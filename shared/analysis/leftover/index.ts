import { Clipper, type PathsD } from 'clipper2-ts';
import Flatbush from 'flatbush';
import { type MetricPiece, openRing, orientRings, toPath } from '../../geo/clipper';
import type { MetricFrame } from '../../geo/crs';
import { signedRingArea } from '../../geo/ring';
import type { Position } from '../../model/geometry';
import type { CompoundLeftover, FitRectangle, LeftoverPiece } from '../../model/leftover';
import { cachedFrame, localFrame } from '../facilities/frames';
import { fitsInRectangle } from './fits';
import type { SiteInput } from './input';
import { leftoverLand } from './land';
import { localToLngLat, type ToLngLat } from './lnglat';
import { siteNear } from './near';
import { collectObstacles, type Obstacle } from './obstacles';
import { bestRectangle } from './rectangle';
import { pieceStalls } from './stalls';
import { leastWidth } from './width';

export type { SiteInput } from './input';

// Leftover land (存量土地) per compound (issue 4 §2). Every geometry is projected once into the project's metric
// frame; obstacles are indexed with flatbush and each compound takes the ones whose bbox meets its own. Per piece:
// area, least width (largest inscribed circle's diameter, see width.ts), best-fitting rectangle (rectangle.ts) and
// what fits in it (fits.ts). Output in lon/lat rounded to 1e-8° (≈ 1 mm; converted through lnglat.ts), pieces largest
// first.

export interface LeftoverRunOptions {
  /** Only these compounds (default: all). */
  compoundIds?: string[];
  /** Defaults: settings.leftover_min_area_m2 / leftover_min_width_m. */
  minAreaM2?: number;
  minWidthM?: number;
  /** See LandOptions.regrow (the bench's like-for-like comparison with Turf). */
  regrow?: 'miter' | 'round';
  /**
   * Origin (lon/lat) of the metric frame; default: the first vertex of the site's first compound. Computing any
   * subset of the compounds with the same origin gives, for each, exactly what computing all of them gives (the
   * worker pool hands each chunk the whole site's origin).
   */
  origin?: Position;
}

export interface MetricLeftoverPiece extends MetricPiece {
  minWidth: number;
}

export interface ObstacleIndex {
  obstacles: Obstacle[];
  search(minX: number, minY: number, maxX: number, maxY: number): Obstacle[];
}

export function indexObstacles(obstacles: Obstacle[]): ObstacleIndex {
  if (obstacles.length === 0) return { obstacles, search: () => [] };
  const tree = new Flatbush(obstacles.length);
  for (const o of obstacles) tree.add(o.minX, o.minY, o.maxX, o.maxY);
  tree.finish();
  return {
    obstacles,
    // Index order keeps Clipper's input (and so its output) independent of the tree's internal order.
    search: (a, b, c, d) =>
      tree
        .search(a, b, c, d)
        .sort((p, q) => p - q)
        .map((i) => obstacles[i] as Obstacle),
  };
}

const round8 = (v: number): number => Math.round(v * 1e8) / 1e8;

/**
 * A metric ring as a closed lon/lat ring rounded to 1e-8°, consecutive duplicates dropped and turned as asked: what
 * normalizeRing makes of it, built in one pass (one array per vertex: this runs for every vertex of the output).
 */
function toLngLatRing(path: readonly { x: number; y: number }[], toLngLat: ToLngLat, turn: 'ccw' | 'cw'): Position[] {
  const ring: Position[] = [];
  let last: Position | undefined;
  for (const p of path) {
    const q = toLngLat(p.x, p.y);
    q[0] = round8(q[0]);
    q[1] = round8(q[1]);
    if (last && q[0] === last[0] && q[1] === last[1]) continue;
    ring.push(q);
    last = q;
  }
  const first = ring[0];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  const area = signedRingArea(ring);
  return area !== 0 && area > 0 !== (turn === 'ccw') ? ring.reverse() : ring;
}

/** The metric pieces of one compound (exported for the bench and tests). */
export function compoundPiecesMetric(
  compoundPaths: PathsD,
  index: ObstacleIndex,
  opts: { minAreaM2: number; minWidthM: number; regrow?: 'miter' | 'round' },
): MetricPiece[] {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of compoundPaths[0] ?? []) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return leftoverLand(compoundPaths, index.search(minX, minY, maxX, maxY), opts);
}

/**
 * Leftover land of each compound (all, or `opts.compoundIds` in project order).
 * @example computeLeftover(site, { minAreaM2: 30, minWidthM: 3 })[0].pieces[0].fits // → [{ type: 'parking', count: 16 }, …]
 */
export function computeLeftover(input: SiteInput, opts: LeftoverRunOptions = {}): CompoundLeftover[] {
  return runLeftover(input, opts, (c, metricPieces, frame) => {
    const toLngLat = localToLngLat(frame, ...piecesCentre(metricPieces));
    const pieces = metricPieces.map((p) => toLeftoverPiece(p, toLngLat)).sort((a, b) => b.area_m2 - a.area_m2);
    return {
      id: c.id,
      name: c.name,
      leftover_m2: round2(pieces.reduce((sum, p) => sum + p.area_m2, 0)),
      pieces,
    };
  });
}

/** Centre of the pieces' bbox (the expansion point of their lon/lat conversion). */
function piecesCentre(pieces: readonly MetricPiece[]): [number, number] {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const piece of pieces) {
    for (const p of piece.outer) {
      if (p.x < minX) minX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.x > maxX) maxX = p.x;
      if (p.y > maxY) maxY = p.y;
    }
  }
  return minX <= maxX ? [(minX + maxX) / 2, (minY + maxY) / 2] : [0, 0];
}

/** Only the geometric steps (no width, rectangle or fits): leftover m² per compound. The bench's like-for-like run. */
export const leftoverAreas = (input: SiteInput, opts: LeftoverRunOptions = {}): number[] =>
  runLeftover(input, opts, (_c, pieces) => pieces.reduce((sum, p) => sum + p.area, 0));

/** The default frame origin: the first vertex of the site's first compound. */
export const siteOrigin = (input: SiteInput): Position => {
  const p = input.compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
  return [p[0], p[1]];
};

/** Projects, collects and indexes the obstacles once, then hands each compound's metric pieces to `each`. */
function runLeftover<T>(
  input: SiteInput,
  opts: LeftoverRunOptions,
  each: (compound: SiteInput['compounds'][number], pieces: MetricPiece[], frame: MetricFrame) => T,
): T[] {
  const s = input.settings;
  const minAreaM2 = opts.minAreaM2 ?? s.leftover_min_area_m2;
  const minWidthM = opts.minWidthM ?? s.leftover_min_width_m;
  const wanted = opts.compoundIds ? new Set(opts.compoundIds) : null;
  const compounds = wanted ? input.compounds.filter((c) => wanted.has(c.id)) : input.compounds;
  if (compounds.length === 0) return [];
  const origin = opts.origin ?? siteOrigin(input);
  const frame = localFrame(cachedFrame(s.metric_epsg), [origin[0], origin[1]]);
  const index = indexObstacles(collectObstacles(siteNear(input, compounds), frame));
  return compounds.map((c) => {
    const paths = orientRings(c.geometry.coordinates.map((ring) => toPath(frame.ringToMetric(openRing(ring)))));
    return each(c, compoundPiecesMetric(paths, index, { minAreaM2, minWidthM, regrow: opts.regrow }), frame);
  });
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** Tolerance (m) of the outline simplification before the width and rectangle searches. */
const SIMPLIFY_M = 0.05;

function toLeftoverPiece(p: MetricPiece, toLngLat: ToLngLat): LeftoverPiece {
  // Width and rectangle work on the outline simplified to SIMPLIFY_M: offset arcs carry many vertices that change
  // neither figure by more than that, and both searches cost per vertex.
  const rings = Clipper.simplifyPathsD([p.outer, ...p.holes], SIMPLIFY_M, true);
  const rect = bestRectangle(rings);
  const geometry = {
    type: 'Polygon' as const,
    coordinates: [toLngLatRing(p.outer, toLngLat, 'ccw'), ...p.holes.map((h) => toLngLatRing(h, toLngLat, 'cw'))],
  };
  const fitRect: FitRectangle = rect
    ? {
        center: (() => {
          const ll = toLngLat(rect.cx, rect.cy);
          return [round8(ll[0]), round8(ll[1])] as Position;
        })(),
        width_m: round2(rect.width),
        length_m: round2(rect.length),
        angle_deg: Math.round(rect.angleDeg * 10) / 10,
        polygon: {
          type: 'Polygon',
          coordinates: [
            toLngLatRing(
              rect.corners.map(([x, y]) => ({ x, y })),
              toLngLat,
              'ccw',
            ),
          ],
        },
      }
    : { center: geometry.coordinates[0]?.[0] as Position, width_m: 0, length_m: 0, angle_deg: 0, polygon: geometry };
  return {
    area_m2: round2(p.area),
    min_width_m: leastWidth(rings),
    rect: fitRect,
    fits: rect ? fitsInRectangle(rect.width, rect.length, pieceStalls(rings, rect)) : [],
    geometry,
  };
}
