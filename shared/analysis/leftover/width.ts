import type { PathD } from 'clipper2-ts';

// The least width of a piece, as the opening test defines it: the largest w such that eroding the piece by w/2 leaves
// something. Eroding by r leaves the points at least r from the boundary, so w = 2 × the radius of the largest
// inscribed circle. Instead of a binary search of Clipper erosions (≈ 8 offsets per piece) this finds the circle by
// branch and bound over square cells: a cell's best possible distance is its centre's distance plus its half-diagonal,
// and cells that cannot beat the best found so far are dropped. Precision: TOLERANCE_M on the radius.

const TOLERANCE_M = 0.05;

interface Cell {
  x: number;
  y: number;
  h: number; // half size
  d: number; // signed distance of the centre to the boundary (positive inside)
  max: number; // best distance any point of the cell can have
}

/** Signed distance from (x, y) to the rings (outer + holes): positive inside the piece. */
export function signedDistance(x: number, y: number, rings: readonly PathD[]): number {
  let inside = false;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as { x: number; y: number };
      const b = ring[j] as { x: number; y: number };
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len2 = dx * dx + dy * dy;
      let t = len2 > 0 ? ((x - a.x) * dx + (y - a.y) * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = a.x + t * dx - x;
      const ey = a.y + t * dy - y;
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
  }
  const d = Math.sqrt(best);
  return inside ? d : -d;
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
  const make = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const heap: Cell[] = [];
  const push = (c: Cell): void => {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as Cell).max >= c.max) break;
      heap[i] = heap[parent] as Cell;
      i = parent;
    }
    heap[i] = c;
  };
  const pop = (): Cell => {
    const top = heap[0] as Cell;
    const last = heap.pop() as Cell;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mMax = last.max;
        if (l < heap.length && (heap[l] as Cell).max > mMax) [m, mMax] = [l, (heap[l] as Cell).max];
        if (r < heap.length && (heap[r] as Cell).max > mMax) m = r;
        if (m === i) break;
        heap[i] = heap[m] as Cell;
        i = m;
      }
      heap[i] = last;
    }
    return top;
  };
  const size = Math.min(maxX - minX, maxY - minY);
  const h = size / 2;
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) push(make(x + h, y + h, h));
  // Start from the bbox centre (often good for convex pieces) so pruning bites early.
  let best = make((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (heap.length > 0) {
    const cell = pop();
    if (cell.d > best.d) best = cell;
    // Cells pop best-first: once the top cannot beat the best by the tolerance, none can.
    if (cell.max - best.d <= TOLERANCE_M) break;
    const q = cell.h / 2;
    push(make(cell.x - q, cell.y - q, q));
    push(make(cell.x + q, cell.y - q, q));
    push(make(cell.x - q, cell.y + q, q));
    push(make(cell.x + q, cell.y + q, q));
  }
  return { x: best.x, y: best.y, r: Math.max(0, best.d) };
}

/** The piece's least width (m) to 0.1 m. */
export const leastWidth = (rings: readonly PathD[]): number =>
  Math.round(2 * largestInscribedCircle(rings).r * 10) / 10;
