import type { PathD } from 'clipper2-ts';

// The edge records of the least-width search (width.ts) and what it measures on them: distances from a point (one,
// or a cell's four children in one pass), the even–odd inside test, and pairBound, the upper bound a cell gets from
// its two nearest edges. Flat Float64Array records, computed once per piece, read by every cell.

/**
 * Stride of an edge record: a (vertex i), b (the vertex before it), b − a, |b − a|², then its bbox — everything the
 * distance and inside tests read, computed once per piece instead of once per cell.
 */
export const E = 11;

/** The rings' edges as records of E numbers: [ax, ay, bx, by, dx, dy, len², minX, maxX, minY, maxY, …]. */
export function flatEdges(rings: readonly PathD[]): Float64Array {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const out = new Float64Array(E * count);
  let o = 0;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as { x: number; y: number };
      const b = ring[j] as { x: number; y: number };
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      out[o++] = a.x;
      out[o++] = a.y;
      out[o++] = b.x;
      out[o++] = b.y;
      out[o++] = dx;
      out[o++] = dy;
      out[o++] = dx * dx + dy * dy;
      out[o++] = Math.min(a.x, b.x);
      out[o++] = Math.max(a.x, b.x);
      out[o++] = Math.min(a.y, b.y);
      out[o++] = Math.max(a.y, b.y);
    }
  }
  return out;
}

/** Even–odd inside test over every edge (holes count). */
export function isInside(x: number, y: number, e: Float64Array): boolean {
  let inside = false;
  for (let i = 0; i < e.length; i += E) {
    const ax = e[i] as number;
    const ay = e[i + 1] as number;
    const by = e[i + 3] as number;
    if (ay > y !== by > y && x < ((e[i + 4] as number) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** Squared distance from (x, y) to the nearest of the edges list[from … from + count). */
export function nearestSquared(
  x: number,
  y: number,
  e: Float64Array,
  list: Int32Array,
  from: number,
  count: number,
): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = from; k < from + count; k++) {
    const i = E * (list[k] as number);
    // An edge whose bbox is no nearer than the best so far cannot be nearer either.
    if (bboxSquared(x, y, e, i) >= best) continue;
    const d2 = segmentSquared(x, y, e, i);
    if (d2 < best) best = d2;
  }
  return best;
}

/**
 * nearestSquared for the four children of the cell at (x, y) (centres at x ± q, y ± q, in the order k = 0…3 with
 * bit 0 for +x and bit 1 for +y), into QUAD: one pass over the shared edge list, each child's minimum found exactly as
 * nearestSquared finds it (same edges, same order). Also the record offsets of each child's nearest and second
 * nearest edges, into NEAR1 and NEAR2 (−1 if none), for pairBound.
 */
export function nearestSquared4(
  x: number,
  y: number,
  q: number,
  e: Float64Array,
  list: Int32Array,
  from: number,
  count: number,
) {
  QUAD.fill(Number.POSITIVE_INFINITY);
  SECOND.fill(Number.POSITIVE_INFINITY);
  NEAR1.fill(-1);
  NEAR2.fill(-1);
  for (let k = from; k < from + count; k++) {
    const i = E * (list[k] as number);
    for (let c = 0; c < 4; c++) {
      const px = c & 1 ? x + q : x - q;
      const py = c & 2 ? y + q : y - q;
      const second = SECOND[c] as number;
      if (bboxSquared(px, py, e, i) >= second) continue;
      const d2 = segmentSquared(px, py, e, i);
      if (d2 >= second) continue;
      if (d2 < (QUAD[c] as number)) {
        SECOND[c] = QUAD[c] as number;
        NEAR2[c] = NEAR1[c] as number;
        QUAD[c] = d2;
        NEAR1[c] = i;
      } else {
        SECOND[c] = d2;
        NEAR2[c] = i;
      }
    }
  }
}

/** Scratch of nearestSquared4. */
export const QUAD = new Float64Array(4);
const SECOND = new Float64Array(4);
export const NEAR1 = new Int32Array(4);
export const NEAR2 = new Int32Array(4);

/**
 * An upper bound of the distance to the boundary over the square cell (x ± h, y ± h) whose centre lies inside, from
 * its two nearest edges alone (the true distance is the minimum over all edges, so never more): where every corner
 * projects onto both segments and lies on their inner side, each distance is a linear function on the cell, and the
 * largest minimum of two linear functions over a square is at a corner or where they are equal on its rim. Much
 * tighter than the centre's distance + half-diagonal along a strip's ridge, where every point is as far from both
 * sides and that bound would have the search refine the whole ridge. +∞ when it does not apply.
 */
export function pairBound(x: number, y: number, h: number, e: Float64Array, i1: number, i2: number): number {
  if (i1 < 0 || i2 < 0 || !linearOn(x, y, h, e, i1, 0) || !linearOn(x, y, h, e, i2, 3)) return Number.POSITIVE_INFINITY;
  const a1 = LINES[0] as number;
  const b1 = LINES[1] as number;
  const c1 = LINES[2] as number;
  const a2 = LINES[3] as number;
  const b2 = LINES[4] as number;
  const c2 = LINES[5] as number;
  let best = Number.NEGATIVE_INFINITY;
  // Corners in rim order, so that consecutive ones are a side of the square.
  for (let c = 0; c < 4; c++) {
    const px = c === 1 || c === 2 ? x + h : x - h;
    const py = c >= 2 ? y + h : y - h;
    const g1 = a1 * px + b1 * py + c1;
    const g2 = a2 * px + b2 * py + c2;
    best = Math.max(best, Math.min(g1, g2));
    const n = (c + 1) % 4;
    const nx = n === 1 || n === 2 ? x + h : x - h;
    const ny = n >= 2 ? y + h : y - h;
    const f0 = g1 - g2;
    const f1 = a1 * nx + b1 * ny + c1 - (a2 * nx + b2 * ny + c2);
    if (f0 < 0 !== f1 < 0) {
      const t = f0 / (f0 - f1);
      best = Math.max(best, a1 * (px + t * (nx - px)) + b1 * (py + t * (ny - py)) + c1);
    }
  }
  return best;
}

/** pairBound's two lines, [A, B, C] each: g(p) = A·px + B·py + C. */
const LINES = new Float64Array(6);

/**
 * Writes into LINES[at …] the distance to the line of the edge record at e[i …] as g(p) = A·px + B·py + C, positive
 * on the side of (x, y); false unless it is the distance to the segment itself on the whole cell (every corner
 * projects onto the segment and lies on that side).
 */
function linearOn(x: number, y: number, h: number, e: Float64Array, i: number, at: number): boolean {
  const ax = e[i] as number;
  const ay = e[i + 1] as number;
  const dx = e[i + 4] as number;
  const dy = e[i + 5] as number;
  const len2 = e[i + 6] as number;
  if (!(len2 > 0)) return false;
  const len = Math.sqrt(len2);
  const side = -dy * (x - ax) + dx * (y - ay) < 0 ? -1 : 1;
  const A = (side * -dy) / len;
  const B = (side * dx) / len;
  const C = -(A * ax + B * ay);
  for (let c = 0; c < 4; c++) {
    const px = c & 1 ? x + h : x - h;
    const py = c & 2 ? y + h : y - h;
    const t = ((px - ax) * dx + (py - ay) * dy) / len2;
    if (t < 0 || t > 1 || A * px + B * py + C < 0) return false;
  }
  LINES[at] = A;
  LINES[at + 1] = B;
  LINES[at + 2] = C;
  return true;
}

/** Squared distance from (x, y) to the bbox of the edge record at e[i …] (0 inside it): a lower bound of the edge's. */
export function bboxSquared(x: number, y: number, e: Float64Array, i: number): number {
  const x0 = e[i + 7] as number;
  const x1 = e[i + 8] as number;
  const y0 = e[i + 9] as number;
  const y1 = e[i + 10] as number;
  const gx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
  const gy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0;
  return gx * gx + gy * gy;
}

/** Squared distance from (x, y) to the edge record at e[i …]. */
export function segmentSquared(x: number, y: number, e: Float64Array, i: number): number {
  const ax = e[i] as number;
  const ay = e[i + 1] as number;
  const dx = e[i + 4] as number;
  const dy = e[i + 5] as number;
  const len2 = e[i + 6] as number;
  let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}
