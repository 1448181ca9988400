import type { Position } from '../model/geometry';

// Planar helpers on rings of plain positions (lon/lat or metres: the caller says which by what it passes).
// A ring here is closed (first == last) unless a function says otherwise. Nothing mutates its input.

/** Signed shoelace area of a closed ring: positive when counter-clockwise (x east, y north). */
export function signedRingArea(ring: readonly Position[]): number {
  const first = ring[0];
  if (!first || ring.length < 4) return 0;
  // Coordinates relative to the first vertex keep precision for lon/lat far from the origin.
  const [ox, oy] = first;
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    twice += (a[0] - ox) * (b[1] - oy) - (b[0] - ox) * (a[1] - oy);
  }
  return twice / 2;
}

/** Area of a polygon's rings (exterior minus holes), orientation ignored. */
export function polygonRingsArea(rings: readonly (readonly Position[])[]): number {
  let area = 0;
  rings.forEach((ring, i) => {
    const a = Math.abs(signedRingArea(ring));
    area += i === 0 ? a : -a;
  });
  return Math.max(0, area);
}

export const samePosition = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function ringBBox(ring: readonly Position[]): BBox {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

export const bboxesIntersect = (a: BBox, b: BBox): boolean =>
  a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** Even–odd point-in-ring test; points exactly on the boundary may go either way. */
export function pointInRing(p: Position, ring: readonly Position[]): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the exterior ring and outside every hole. */
export const pointInRings = (p: Position, rings: readonly (readonly Position[])[]): boolean =>
  rings.length > 0 && pointInRing(p, rings[0] as Position[]) && rings.slice(1).every((hole) => !pointInRing(p, hole));

/** Area-weighted centroid of a closed ring (falls back to the vertex mean for a degenerate ring). */
export function ringCentroid(ring: readonly Position[]): Position {
  const first = ring[0];
  if (!first) return [Number.NaN, Number.NaN];
  const [ox, oy] = first;
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = [(ring[i] as Position)[0] - ox, (ring[i] as Position)[1] - oy];
    const [bx, by] = [(ring[i + 1] as Position)[0] - ox, (ring[i + 1] as Position)[1] - oy];
    const cross = ax * by - bx * ay;
    twice += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  if (twice === 0) {
    const n = Math.max(1, ring.length - 1);
    const sum = ring.slice(0, n).reduce<Position>((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
    return [sum[0] / n, sum[1] / n];
  }
  return [ox + cx / (3 * twice), oy + cy / (3 * twice)];
}
