import type { PathD } from 'clipper2-ts';

// The least width of a piece, as the opening test defines it: the largest w such that eroding the piece by w/2 leaves
// something. Eroding by r leaves the points at least r from the boundary, so w = 2 × the radius of the largest
// inscribed circle, found as the pole of inaccessibility by branch and bound over square cells: a cell's best possible
// distance is its centre's signed distance plus its half-diagonal; cells are refined best-first until none can beat
// the best centre by more than TOLERANCE_M (the radius to 0.05 m, so the width to 0.1 m).
// Cost savers (the search runs once per piece, thousands of times per district):
// - cells live in flat typed arrays reused across calls (no object per cell, no garbage);
// - a child is queued only if it can still beat the best by the tolerance;
// - each refined cell keeps the edges that can be nearest to any point in it (those within |d| + 2 × half-diagonal
//   of its centre, bbox test), and its children measure only those; a child whose centre is nearer to its parent's
//   centre than the parent's distance has the parent's sign, so only the others run the full inside test.

const TOLERANCE_M = 0.05;

/** Signed distance from (x, y) to the rings (outer + holes): positive inside the piece. */
export function signedDistance(x: number, y: number, rings: readonly PathD[]): number {
  const edges = flatEdges(rings);
  const d = Math.sqrt(nearestSquared(x, y, edges, allEdges(edges.length / 4), 0, edges.length / 4));
  return isInside(x, y, edges) ? d : -d;
}

/** The rings' edges as [ax, ay, bx, by, …]. */
function flatEdges(rings: readonly PathD[]): Float64Array {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const out = new Float64Array(4 * count);
  let o = 0;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as { x: number; y: number };
      const b = ring[j] as { x: number; y: number };
      out[o++] = a.x;
      out[o++] = a.y;
      out[o++] = b.x;
      out[o++] = b.y;
    }
  }
  return out;
}

function allEdges(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Even–odd inside test over every edge (holes count). */
function isInside(x: number, y: number, e: Float64Array): boolean {
  let inside = false;
  for (let i = 0; i < e.length; i += 4) {
    const ax = e[i] as number;
    const ay = e[i + 1] as number;
    const by = e[i + 3] as number;
    if (ay > y !== by > y && x < (((e[i + 2] as number) - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** Squared distance from (x, y) to the nearest of the edges list[from … from + count). */
function nearestSquared(x: number, y: number, e: Float64Array, list: Int32Array, from: number, count: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = from; k < from + count; k++) {
    const i = 4 * (list[k] as number);
    const ax = e[i] as number;
    const ay = e[i + 1] as number;
    const bx = e[i + 2] as number;
    const by = e[i + 3] as number;
    // An edge whose bbox is no nearer than the best so far cannot be nearer either.
    const gx = x < ax && x < bx ? Math.min(ax, bx) - x : x > ax && x > bx ? x - Math.max(ax, bx) : 0;
    const gy = y < ay && y < by ? Math.min(ay, by) - y : y > ay && y > by ? y - Math.max(ay, by) : 0;
    if (gx * gx + gy * gy >= best) continue;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const ex = ax + t * dx - x;
    const ey = ay + t * dy - y;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) best = d2;
  }
  return best;
}

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
  const edgeCount = edges.length / 4;
  ensurePool(edgeCount);
  for (let i = 0; i < edgeCount; i++) pool[i] = i;
  let poolTop = edgeCount;
  let cells = 0;
  let size = 0;
  // A cell measured against the edges pool[from … from + len); its sign from the full test unless `sign` is given.
  const make = (x: number, y: number, h: number, from: number, len: number, sign: number): number => {
    ensureCells(cells + 1);
    const d = Math.sqrt(nearestSquared(x, y, edges, pool, from, len));
    const s = sign !== 0 ? sign : isInside(x, y, edges) ? 1 : -1;
    const id = cells++;
    cx[id] = x;
    cy[id] = y;
    ch[id] = h;
    cd[id] = s * d;
    cmax[id] = s * d + h * Math.SQRT2;
    cListFrom[id] = from;
    cListLen[id] = len;
    return id;
  };
  // Seeds: the bbox centre and the outer ring's centroid (one of them is often near the pole, so pruning bites early).
  let bestX = (minX + maxX) / 2;
  let bestY = (minY + maxY) / 2;
  // (make may grow the store: read cd after it returns)
  const seed = make(bestX, bestY, 0, 0, edgeCount, 0);
  let bestD = cd[seed] as number;
  const centroid = ringCentroid(outer);
  if (centroid) {
    const id = make(centroid[0], centroid[1], 0, 0, edgeCount, 0);
    const d = cd[id] as number;
    if (d > bestD) [bestX, bestY, bestD] = [centroid[0], centroid[1], d];
  }
  const side = Math.min(maxX - minX, maxY - minY);
  const h0 = side / 2;
  for (let x = minX; x < maxX; x += side) {
    for (let y = minY; y < maxY; y += side) {
      const id = make(x + h0, y + h0, h0, 0, edgeCount, 0);
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
      const i = 4 * e;
      const ax = edges[i] as number;
      const ay = edges[i + 1] as number;
      const bx = edges[i + 2] as number;
      const by = edges[i + 3] as number;
      const gx = x < ax && x < bx ? Math.min(ax, bx) - x : x > ax && x > bx ? x - Math.max(ax, bx) : 0;
      const gy = y < ay && y < by ? Math.min(ay, by) - y : y > ay && y > by ? y - Math.max(ay, by) : 0;
      if (gx * gx + gy * gy <= reach2) pool[poolTop++] = e;
    }
    const listLen = poolTop - listFrom;
    // Children's centres lie h/√2 from this centre: nearer than |d|, they are on the same side of the boundary.
    const q = h / 2;
    const sign = Math.abs(d) > q * Math.SQRT2 ? (d > 0 ? 1 : -1) : 0;
    for (let k = 0; k < 4; k++) {
      const child = make(k & 1 ? x + q : x - q, k & 2 ? y + q : y - q, q, listFrom, listLen, sign);
      const cdv = cd[child] as number;
      if (cdv > bestD) [bestX, bestY, bestD] = [cx[child] as number, cy[child] as number, cdv];
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
