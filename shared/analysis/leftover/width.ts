import type { PathD } from 'clipper2-ts';
import {
  bboxSquared,
  E,
  flatEdges,
  isInside,
  NEAR1,
  NEAR2,
  nearestSquared,
  nearestSquared4,
  pairBound,
  QUAD,
  segmentSquared,
} from './width-edges';

// The least width of a piece, as the opening test defines it: the largest w such that eroding the piece by w/2 leaves
// something. Eroding by r leaves the points at least r from the boundary, so w = 2 × the radius of the largest
// inscribed circle, found as the pole of inaccessibility by branch and bound over square cells: a cell's best possible
// distance is its centre's signed distance plus its half-diagonal; cells are refined best-first until none can beat
// the best centre by more than TOLERANCE_M (the radius to 0.05 m, so the width to 0.1 m).
// Cost savers (the search runs once per piece, thousands of times per district):
// - cells live in flat typed arrays reused across calls (no object per cell, no garbage);
// - a child is queued only if it can still beat the best by the tolerance;
// - each edge is stored once as a flat record (ends, direction, squared length, bbox: width-edges.ts);
// - each refined cell keeps the edges that can be nearest to any point in it (those within |d| + 2 × half-diagonal
//   of its centre: a bbox test, then the segment's own distance), and its four children measure only those, in one
//   pass over the list; a child whose centre is nearer to its parent's centre than the parent's distance has the
//   parent's sign, so only the others run the full inside test;
// - a cell's best possible distance is also bounded by its two nearest edges alone (pairBound): along a strip's ridge,
//   where the centre + half-diagonal bound would have every cell of the ridge refined to the tolerance, this one is
//   exact, and the search refines a third of the cells it did (measured on the bench's pieces: 171 instead of 493).
// Only the last changes which cells are made; the answer stays within TOLERANCE_M of the widest place.

const TOLERANCE_M = 0.05;

/** Slack (m²) of the edge lists' reach test against rounding: an edge just at the reach stays listed. */
const REACH_SLACK_M2 = 1e-9;

// Cell store (structure of arrays, grown by doubling, reused across calls: the search runs on one thread).
let cap = 0;
let cx = new Float64Array(0);
let cy = new Float64Array(0);
let ch = new Float64Array(0); // half size
let cd = new Float64Array(0); // signed distance of the centre (positive inside)
let cmax = new Float64Array(0); // best distance any point of the cell can have
let cListFrom = new Int32Array(0); // the edges that can be nearest in this cell: pool[from … from + len)
let cListLen = new Int32Array(0);
let heap = new Int32Array(0); // cell ids, max-heap on cmax
let pool = new Int32Array(1024);

function ensureCells(n: number): void {
  if (n <= cap) return;
  const next = Math.max(64, cap * 2, n);
  const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
    const b = make(next);
    b.set(a);
    return b;
  };
  const f = (k: number) => new Float64Array(k);
  const i = (k: number) => new Int32Array(k);
  cx = grow(cx, f);
  cy = grow(cy, f);
  ch = grow(ch, f);
  cd = grow(cd, f);
  cmax = grow(cmax, f);
  cListFrom = grow(cListFrom, i);
  cListLen = grow(cListLen, i);
  heap = grow(heap, i);
  cap = next;
}

function ensurePool(n: number): void {
  if (n <= pool.length) return;
  const b = new Int32Array(Math.max(n, pool.length * 2));
  b.set(pool);
  pool = b;
}

function heapPush(id: number, size: number): void {
  const m = cmax[id] as number;
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as number;
    if ((cmax[p] as number) >= m) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = id;
}

/** Removes the top; `size` is the heap size after removal. */
function heapPop(size: number): number {
  const top = heap[0] as number;
  if (size === 0) return top;
  const last = heap[size] as number;
  const m = cmax[last] as number;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    let c = l;
    if (r < size && (cmax[heap[r] as number] as number) > (cmax[heap[l] as number] as number)) c = r;
    if ((cmax[heap[c] as number] as number) <= m) break;
    heap[i] = heap[c] as number;
    i = c;
  }
  heap[i] = last;
  return top;
}

/** The edges of the current search, and the number of cells made (module state: one search at a time). */
let searchEdges: Float64Array = new Float64Array(0);
let cells = 0;

/** A cell measured against the edges pool[from … from + len); its sign from the full test unless `sign` is given. */
function makeCell(x: number, y: number, h: number, from: number, len: number, sign: number): number {
  return storeCell(x, y, h, from, len, sign, nearestSquared(x, y, searchEdges, pool, from, len));
}

/**
 * A cell whose squared distance to the edges pool[from … from + len) is d2; `bound` is a second upper bound of the
 * distance over the cell when the caller has one (pairBound), else +∞.
 */
function storeCell(
  x: number,
  y: number,
  h: number,
  from: number,
  len: number,
  sign: number,
  d2: number,
  bound = Number.POSITIVE_INFINITY,
): number {
  if (cells >= cap) ensureCells(cells + 1);
  const d = Math.sqrt(d2);
  const s = sign !== 0 ? sign : isInside(x, y, searchEdges) ? 1 : -1;
  const id = cells++;
  cx[id] = x;
  cy[id] = y;
  ch[id] = h;
  cd[id] = s * d;
  cmax[id] = Math.min(s * d + h * Math.SQRT2, s > 0 ? bound : Number.POSITIVE_INFINITY);
  cListFrom[id] = from;
  cListLen[id] = len;
  return id;
}

/** Centre and radius of the (approximately) largest circle inside the piece. */
export function largestInscribedCircle(rings: readonly PathD[]): { x: number; y: number; r: number } {
  const outer = rings[0] ?? [];
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of outer) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  if (!(minX < maxX && minY < maxY)) return { x: minX, y: minY, r: 0 };
  const edges = flatEdges(rings);
  searchEdges = edges;
  const edgeCount = edges.length / E;
  ensurePool(edgeCount);
  for (let i = 0; i < edgeCount; i++) pool[i] = i;
  let poolTop = edgeCount;
  cells = 0;
  let size = 0;
  // Seeds: the bbox centre and the outer ring's centroid (one of them is often near the pole, so pruning bites early).
  let bestX = (minX + maxX) / 2;
  let bestY = (minY + maxY) / 2;
  // (makeCell may grow the store: read cd after it returns)
  const seed = makeCell(bestX, bestY, 0, 0, edgeCount, 0);
  let bestD = cd[seed] as number;
  const centroid = ringCentroid(outer);
  if (centroid) {
    const id = makeCell(centroid[0], centroid[1], 0, 0, edgeCount, 0);
    const d = cd[id] as number;
    if (d > bestD) [bestX, bestY, bestD] = [centroid[0], centroid[1], d];
  }
  const side = Math.min(maxX - minX, maxY - minY);
  const h0 = side / 2;
  for (let x = minX; x < maxX; x += side) {
    for (let y = minY; y < maxY; y += side) {
      const id = makeCell(x + h0, y + h0, h0, 0, edgeCount, 0);
      if ((cd[id] as number) > bestD) [bestX, bestY, bestD] = [x + h0, y + h0, cd[id] as number];
      heapPush(id, size++);
    }
  }
  while (size > 0) {
    const id = heapPop(--size);
    // Cells pop best-first: once the top cannot beat the best by the tolerance, none can.
    if ((cmax[id] as number) - bestD <= TOLERANCE_M) break;
    const x = cx[id] as number;
    const y = cy[id] as number;
    const h = ch[id] as number;
    const d = cd[id] as number;
    // The edges that can be nearest to any point of this cell, from those of its parent (which covers it).
    const reach = Math.abs(d) + 2 * h * Math.SQRT2;
    const reach2 = reach * reach;
    const from = cListFrom[id] as number;
    const to = from + (cListLen[id] as number);
    ensurePool(poolTop + (to - from));
    const listFrom = poolTop;
    for (let k = from; k < to; k++) {
      const e = pool[k] as number;
      const i = E * e;
      // The bbox first (cheap), then the segment itself: shorter lists make every descendant cheaper.
      if (bboxSquared(x, y, edges, i) <= reach2 && segmentSquared(x, y, edges, i) <= reach2 + REACH_SLACK_M2)
        pool[poolTop++] = e;
    }
    const listLen = poolTop - listFrom;
    // Children's centres lie h/√2 from this centre: nearer than |d|, they are on the same side of the boundary.
    const q = h / 2;
    const sign = Math.abs(d) > q * Math.SQRT2 ? (d > 0 ? 1 : -1) : 0;
    nearestSquared4(x, y, q, edges, pool, listFrom, listLen);
    for (let k = 0; k < 4; k++) {
      const kx = k & 1 ? x + q : x - q;
      const ky = k & 2 ? y + q : y - q;
      const bound = pairBound(kx, ky, q, edges, NEAR1[k] as number, NEAR2[k] as number);
      const child = storeCell(kx, ky, q, listFrom, listLen, sign, QUAD[k] as number, bound);
      const cdv = cd[child] as number;
      if (cdv > bestD) {
        bestX = cx[child] as number;
        bestY = cy[child] as number;
        bestD = cdv;
      }
      if ((cmax[child] as number) - bestD > TOLERANCE_M) heapPush(child, size++);
    }
  }
  return { x: bestX, y: bestY, r: Math.max(0, bestD) };
}

/** Area centroid of a ring, or null when it has no area. */
function ringCentroid(ring: PathD): [number, number] | null {
  let a = 0;
  let sx = 0;
  let sy = 0;
  const n = ring.length;
  if (n < 3) return null;
  const ox = (ring[0] as { x: number }).x;
  const oy = (ring[0] as { y: number }).y;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const p = ring[j] as { x: number; y: number };
    const r = ring[i] as { x: number; y: number };
    const px = p.x - ox;
    const py = p.y - oy;
    const rx = r.x - ox;
    const ry = r.y - oy;
    const f = px * ry - rx * py;
    a += f;
    sx += (px + rx) * f;
    sy += (py + ry) * f;
  }
  if (a === 0) return null;
  return [ox + sx / (3 * a), oy + sy / (3 * a)];
}

/** The piece's least width (m) to 0.1 m. */
export const leastWidth = (rings: readonly PathD[]): number =>
  Math.round(2 * largestInscribedCircle(rings).r * 10) / 10;
