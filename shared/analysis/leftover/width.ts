import type { PathD } from 'clipper2-ts';

// The least width of a piece, as the opening test defines it: the largest w such that eroding the piece by w/2 leaves
// something. Eroding by r leaves the points at least r from the boundary, so w = 2 × the radius of the largest
// inscribed circle, found as the pole of inaccessibility by branch and bound over square cells: a cell's best possible
// distance is its centre's signed distance plus its half-diagonal; cells are refined best-first until none can beat
// the best centre by more than TOLERANCE_M (the radius to 0.05 m, so the width to 0.1 m).
// Cost savers (the search runs once per piece, thousands of times per district):
// - cells live in flat typed arrays reused across calls (no object per cell, no garbage);
// - a child is queued only if it can still beat the best by the tolerance;
// - each edge is stored once as a flat record (ends, direction, squared length, bbox);
// - each refined cell keeps the edges that can be nearest to any point in it (those within |d| + 2 × half-diagonal
//   of its centre: a bbox test, then the segment's own distance), and its four children measure only those, in one
//   pass over the list; a child whose centre is nearer to its parent's centre than the parent's distance has the
//   parent's sign, so only the others run the full inside test;
// - a cell's best possible distance is also bounded by its two nearest edges alone (pairBound): along a strip's ridge,
//   where the centre + half-diagonal bound would have every cell of the ridge refined to the tolerance, this one is
//   exact, and the search refines a third of the cells it did (measured on the bench's pieces: 171 instead of 493).
// Only the last changes which cells are made; the answer stays within TOLERANCE_M of the widest place.

const TOLERANCE_M = 0.05;

/**
 * Stride of an edge record: a (vertex i), b (the vertex before it), b − a, |b − a|², then its bbox — everything the
 * distance and inside tests read, computed once per piece instead of once per cell.
 */
const E = 11;

/** The rings' edges as records of E numbers: [ax, ay, bx, by, dx, dy, len², minX, maxX, minY, maxY, …]. */
function flatEdges(rings: readonly PathD[]): Float64Array {
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
function isInside(x: number, y: number, e: Float64Array): boolean {
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
function nearestSquared(x: number, y: number, e: Float64Array, list: Int32Array, from: number, count: number): number {
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
function nearestSquared4(
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
const QUAD = new Float64Array(4);
const SECOND = new Float64Array(4);
const NEAR1 = new Int32Array(4);
const NEAR2 = new Int32Array(4);

/**
 * An upper bound of the distance to the boundary over the square cell (x ± h, y ± h) whose centre lies inside, from
 * its two nearest edges alone (the true distance is the minimum over all edges, so never more): where every corner
 * projects onto both segments and lies on their inner side, each distance is a linear function on the cell, and the
 * largest minimum of two linear functions over a square is at a corner or where they are equal on its rim. Much
 * tighter than the centre's distance + half-diagonal along a strip's ridge, where every point is as far from both
 * sides and that bound would have the search refine the whole ridge. +∞ when it does not apply.
 */
function pairBound(x: number, y: number, h: number, e: Float64Array, i1: number, i2: number): number {
  if (i1 < 0 || i2 < 0) return Number.POSITIVE_INFINITY;
  // g_k(p) = A_k·px + B_k·py + C_k: the distance to edge k's line, positive on the centre's side.
  let a1 = 0;
  let b1 = 0;
  let c1 = 0;
  let a2 = 0;
  let b2 = 0;
  let c2 = 0;
  for (let k = 0; k < 2; k++) {
    const i = k === 0 ? i1 : i2;
    const ax = e[i] as number;
    const ay = e[i + 1] as number;
    const dx = e[i + 4] as number;
    const dy = e[i + 5] as number;
    const len2 = e[i + 6] as number;
    if (!(len2 > 0)) return Number.POSITIVE_INFINITY;
    const len = Math.sqrt(len2);
    let A = -dy / len;
    let B = dx / len;
    let C = -(A * ax + B * ay);
    if (A * x + B * y + C < 0) [A, B, C] = [-A, -B, -C];
    for (let c = 0; c < 4; c++) {
      const px = c & 1 ? x + h : x - h;
      const py = c & 2 ? y + h : y - h;
      const t = ((px - ax) * dx + (py - ay) * dy) / len2;
      if (t < 0 || t > 1 || A * px + B * py + C < 0) return Number.POSITIVE_INFINITY;
    }
    if (k === 0) [a1, b1, c1] = [A, B, C];
    else [a2, b2, c2] = [A, B, C];
  }
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
      const mx = px + t * (nx - px);
      const my = py + t * (ny - py);
      best = Math.max(best, a1 * mx + b1 * my + c1);
    }
  }
  return best;
}

/** Squared distance from (x, y) to the bbox of the edge record at e[i …] (0 inside it): a lower bound of the edge's. */
function bboxSquared(x: number, y: number, e: Float64Array, i: number): number {
  const x0 = e[i + 7] as number;
  const x1 = e[i + 8] as number;
  const y0 = e[i + 9] as number;
  const y1 = e[i + 10] as number;
  const gx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
  const gy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0;
  return gx * gx + gy * gy;
}

/** Squared distance from (x, y) to the edge record at e[i …]. */
function segmentSquared(x: number, y: number, e: Float64Array, i: number): number {
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
