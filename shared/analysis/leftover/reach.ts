import type { PathD, PathsD } from 'clipper2-ts';
import { pathArea } from '../../geo/clipper';
import type { Obstacle } from './obstacles';

// Which obstacles the opening's regrowth can reach into (land.ts). Land eroded by r lies at least r from every
// obstacle, so growing it back by r with round joins stays off them, and an obstacle grown by outsetConvex
// (Obstacle.regrowsOnto) is met edge to edge. Only the mitred corners reach farther: each reports the convex polygon it
// adds beyond the round join (rawOffset's `excess`), and an obstacle that polygon enters must still clip the land.

/** How far (m) an obstacle must enter an excess polygon to count: above the centimetre grid the booleans round to. */
const ENTER_M = 0.02;

/** The obstacles the opening must clip: those not grown by outsetConvex, and those a mitred corner reaches into. */
export function obstaclesToClip(obstacles: readonly Obstacle[], excess: PathsD): Obstacle[] {
  const polygons = excess.map(shrunkPolygon);
  return obstacles.filter((o) => !o.regrowsOnto || polygons.some((p) => p !== null && enters(o, p)));
}

/** A convex polygon shrunk by ENTER_M, as its bbox and its sides' inward normals: inside when nx·x + ny·y ≥ c. */
interface Shrunk {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** [nx, ny, c] per side. */
  sides: Float64Array;
  centre: { x: number; y: number };
}

function shrunkPolygon(convex: PathD): Shrunk | null {
  const n = convex.length;
  if (n < 3) return null;
  const turn = pathArea(convex) >= 0 ? 1 : -1;
  const sides = new Float64Array(3 * n);
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    const a = convex[i] as { x: number; y: number };
    const b = convex[(i + 1) % n] as { x: number; y: number };
    const len = Math.sqrt((b.x - a.x) ** 2 + (b.y - a.y) ** 2);
    if (len > 0) {
      const nx = (-(b.y - a.y) / len) * turn;
      const ny = ((b.x - a.x) / len) * turn;
      sides[3 * i] = nx;
      sides[3 * i + 1] = ny;
      sides[3 * i + 2] = nx * a.x + ny * a.y + ENTER_M;
    } // else no side: [0, 0, 0] holds for every point
    if (a.x < minX) minX = a.x;
    if (a.y < minY) minY = a.y;
    if (a.x > maxX) maxX = a.x;
    if (a.y > maxY) maxY = a.y;
    sx += a.x;
    sy += a.y;
  }
  return { minX, minY, maxX, maxY, sides, centre: { x: sx / n, y: sy / n } };
}

/**
 * true when the obstacle enters the convex polygon deeper than ENTER_M: one of its edges crosses the shrunk polygon
 * (the part of the edge inside every side's half-plane is not empty: Cyrus–Beck), or the polygon lies wholly inside
 * the obstacle (even–odd over its rings).
 */
function enters(o: Obstacle, p: Shrunk): boolean {
  if (p.maxX < o.minX || p.minX > o.maxX || p.maxY < o.minY || p.minY > o.maxY) return false;
  const sides = p.sides;
  for (const ring of flatRings(o)) {
    const m = ring.length;
    // Edges (x[j], y[j]) → (x[j + 1], y[j + 1]); the ring is stored closed.
    for (let j = 0; j + 3 < m; j += 2) {
      const ax = ring[j] as number;
      const ay = ring[j + 1] as number;
      const bx = ring[j + 2] as number;
      const by = ring[j + 3] as number;
      // An edge wholly beside the polygon's bbox cannot cross it.
      if ((ax < p.minX && bx < p.minX) || (ax > p.maxX && bx > p.maxX)) continue;
      if ((ay < p.minY && by < p.minY) || (ay > p.maxY && by > p.maxY)) continue;
      let t0 = 0;
      let t1 = 1;
      for (let i = 0; i < sides.length && t0 <= t1; i += 3) {
        const nx = sides[i] as number;
        const ny = sides[i + 1] as number;
        const c = sides[i + 2] as number;
        const fa = nx * ax + ny * ay - c; // ≥ 0 inside
        const fb = nx * bx + ny * by - c;
        if (fa < 0 && fb < 0) t1 = -1;
        else if (fa < 0) t0 = Math.max(t0, fa / (fa - fb));
        else if (fb < 0) t1 = Math.min(t1, fa / (fa - fb));
      }
      if (t0 <= t1) return true;
    }
  }
  // No edge inside: the polygon is wholly in or wholly out of the obstacle; its centre tells which (even–odd).
  const { x, y } = p.centre;
  let inside = false;
  for (const ring of flatRings(o)) {
    for (let j = 0; j + 3 < ring.length; j += 2) {
      const ax = ring[j] as number;
      const ay = ring[j + 1] as number;
      const bx = ring[j + 2] as number;
      const by = ring[j + 3] as number;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside;
}

/**
 * Each obstacle's rings as closed flat [x0, y0, x1, y1, …, x0, y0] arrays, made once per obstacle (one is checked
 * against many excess polygons, and a neighbour's against two compounds').
 */
const FLAT = new WeakMap<Obstacle, Float64Array[]>();

function flatRings(o: Obstacle): Float64Array[] {
  let rings = FLAT.get(o);
  if (!rings) {
    rings = o.paths.map((path) => {
      const out = new Float64Array(2 * path.length + 2);
      for (let i = 0; i <= path.length; i++) {
        const q = path[i % path.length] as { x: number; y: number };
        out[2 * i] = q.x;
        out[2 * i + 1] = q.y;
      }
      return out;
    });
    FLAT.set(o, rings);
  }
  return rings;
}
