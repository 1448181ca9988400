import type { PathD } from 'clipper2-ts';
import type { Position } from '../../model/geometry';
import { rectangleRing } from '../facilities/footprint';

// The best-fitting rectangle of a piece: an approximation of its largest inscribed rectangle (issue 4 §2), the
// rectangle "what fits" counts facilities in. Method:
// 1. Candidate orientations: the directions of the piece's outer edges, folded modulo 90° and ranked by the total
//    edge length along them (land left between buildings and roads runs along their edges), plus the orientation of
//    the minimum-area bounding rectangle of the convex hull. At most MAX_ANGLES are tried.
// 2. For each orientation the piece is rotated so that direction is the x axis and rasterised on a grid of at most
//    GRID cells per side; a cell row is "inside" over the x-ranges inside the piece on every scan line through the
//    row (its top, its bottom and every vertex between them), which is exact for straight edges, so marked cells
//    really lie inside. The largest all-inside block of cells is the classic maximal rectangle of a 0/1 matrix
//    (histogram + stack, O(cells)).
// 3. The block is grown side by side (whole cells, then bisection to cell/1024), in continuous coordinates, while it
//    stays inside the piece (no edge of the piece crosses it), which recovers the partial cells lost to the grid.
// The result is a lower bound of the true largest inscribed rectangle, typically within a few per cent of it.

const GRID = 24;
const MAX_ANGLES = 3;
const GROW_STEPS = 10;

export interface MetricRect {
  cx: number;
  cy: number;
  width: number; // shorter side
  length: number; // longer side
  /** Direction of the long side, degrees clockwise from grid north, in [0, 180). */
  angleDeg: number;
  /** Corners, counter-clockwise, open. */
  corners: Position[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function bestRectangle(rings: readonly PathD[]): MetricRect | null {
  const outer = rings[0];
  if (!outer || outer.length < 3) return null;
  // Early exit (exact): no rectangle beats the piece's own area, nor the bounding box of the piece in its orientation,
  // so an orientation whose bound does not exceed the best found cannot win and is skipped.
  const pieceArea = rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
  let best: { box: Box; theta: number; area: number } | null = null;
  for (const theta of candidateAngles(outer)) {
    const cos = Math.cos(-theta);
    const sin = Math.sin(-theta);
    const rotated = rings.map((ring) => ring.map((p): Position => [p.x * cos - p.y * sin, p.x * sin + p.y * cos]));
    if (best && Math.min(pieceArea, bboxArea(rotated[0] as Position[])) <= best.area) continue;
    const box = largestAxisBox(rotated);
    if (!box) continue;
    const area = (box.x1 - box.x0) * (box.y1 - box.y0);
    if (!best || area > best.area) best = { box, theta, area };
  }
  if (!best) return null;
  const { box, theta } = best;
  const mx = (box.x0 + box.x1) / 2;
  const my = (box.y0 + box.y1) / 2;
  const cx = mx * Math.cos(theta) - my * Math.sin(theta);
  const cy = mx * Math.sin(theta) + my * Math.cos(theta);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  // Long side along the rotated x axis (math angle theta) or its normal; bearings are clockwise from north.
  const longMath = w >= h ? theta : theta + Math.PI / 2;
  let angleDeg = 90 - (longMath * 180) / Math.PI;
  angleDeg = ((angleDeg % 180) + 180) % 180;
  const width = Math.min(w, h);
  const length = Math.max(w, h);
  return { cx, cy, width, length, angleDeg, corners: rectangleRing([cx, cy], width, length, angleDeg) };
}

/** Candidate orientations (radians, in [0, π/2)), best first. */
function candidateAngles(outer: PathD): number[] {
  const weights = new Map<number, number>();
  const n = outer.length;
  for (let i = 0; i < n; i++) {
    const a = outer[i] as { x: number; y: number };
    const b = outer[(i + 1) % n] as { x: number; y: number };
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    let ang = Math.atan2(b.y - a.y, b.x - a.x) % (Math.PI / 2);
    if (ang < 0) ang += Math.PI / 2;
    const key = Math.round((ang * 180) / Math.PI) % 90; // 1° bins
    weights.set(key, (weights.get(key) ?? 0) + len);
  }
  const ranked = [...weights.entries()].sort((p, q) => q[1] - p[1]).map(([deg]) => deg);
  const hull = minAreaRectAngle(outer);
  const out: number[] = [];
  for (const deg of [hull, ...ranked]) {
    if (deg !== null && !out.includes(deg)) out.push(deg);
    if (out.length >= MAX_ANGLES) break;
  }
  return out.map((deg) => (deg * Math.PI) / 180);
}

/** Orientation (whole degrees, mod 90) of the minimum-area bounding rectangle, by rotating calipers on the hull. */
function minAreaRectAngle(points: PathD): number | null {
  const hull = convexHull(points.map((p): Position => [p.x, p.y]));
  if (hull.length < 3) return null;
  let bestArea = Number.POSITIVE_INFINITY;
  let bestAngle = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i] as Position;
    const b = hull[(i + 1) % hull.length] as Position;
    const ang = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const c = Math.cos(ang);
    const s = Math.sin(ang);
    let minU = Number.POSITIVE_INFINITY;
    let maxU = Number.NEGATIVE_INFINITY;
    let minV = Number.POSITIVE_INFINITY;
    let maxV = Number.NEGATIVE_INFINITY;
    for (const p of hull) {
      const u = p[0] * c + p[1] * s;
      const v = -p[0] * s + p[1] * c;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) [bestArea, bestAngle] = [area, ang];
  }
  let deg = Math.round((bestAngle * 180) / Math.PI) % 90;
  if (deg < 0) deg += 90;
  return deg;
}

function convexHull(points: Position[]): Position[] {
  const pts = points.slice().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const cross = (o: Position, a: Position, b: Position): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Position[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Position, lower[lower.length - 1] as Position, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Position[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as Position;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Position, upper[upper.length - 1] as Position, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * The rings' edges as flat [ax, ay, bx, by] quadruples sorted by their lower y, so each band of the scan only looks
 * at the edges that reach it (a = vertex i, b = vertex i − 1: the crossing formula below is evaluated exactly as on
 * the rings, so the intervals are the same numbers).
 */
interface BandEdges {
  e: Float64Array;
  /** Lower y of each edge, in the sorted order. */
  low: Float64Array;
  high: Float64Array;
}

function bandEdges(rings: readonly Position[][]): BandEdges {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const raw = new Float64Array(4 * count);
  const rawLow = new Float64Array(count);
  let k = 0;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      raw[4 * k] = a[0];
      raw[4 * k + 1] = a[1];
      raw[4 * k + 2] = b[0];
      raw[4 * k + 3] = b[1];
      rawLow[k++] = a[1] < b[1] ? a[1] : b[1];
    }
  }
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (p, q) => (rawLow[p] as number) - (rawLow[q] as number),
  );
  const e = new Float64Array(4 * count);
  const low = new Float64Array(count);
  const high = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // Element by element: a subarray view per edge would be garbage in this per-orientation loop.
    const from = order[i] as number;
    for (let c = 0; c < 4; c++) e[4 * i + c] = raw[4 * from + c] as number;
    low[i] = rawLow[from] as number;
    high[i] = Math.max(raw[4 * from + 1] as number, raw[4 * from + 3] as number);
  }
  return { e, low, high };
}

/** x-intervals inside the rings (even–odd) along the horizontal line at y, from the edges listed in `active`. */
function intervalsAt(y: number, edges: BandEdges, active: readonly number[]): number[] {
  const xs: number[] = [];
  const e = edges.e;
  for (const i of active) {
    const ax = e[4 * i] as number;
    const ay = e[4 * i + 1] as number;
    const bx = e[4 * i + 2] as number;
    const by = e[4 * i + 3] as number;
    if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
  }
  return xs.sort((p, q) => p - q);
}

/** Intersection of two sorted interval lists [a0, a1, b0, b1, …]. */
function intersectIntervals(p: number[], q: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i + 1 < p.length && j + 1 < q.length) {
    const lo = Math.max(p[i] as number, q[j] as number);
    const hi = Math.min(p[i + 1] as number, q[j + 1] as number);
    if (lo < hi) out.push(lo, hi);
    if ((p[i + 1] as number) < (q[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
}

function largestAxisBox(rings: Position[][]): Box | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of rings[0] ?? []) {
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  }
  const cell = Math.max(maxX - minX, maxY - minY) / GRID;
  if (!(cell > 0)) return null;
  const cols = Math.max(1, Math.ceil((maxX - minX) / cell));
  const rows = Math.max(1, Math.ceil((maxY - minY) / cell));
  let vertexCount = 0;
  for (const ring of rings) vertexCount += ring.length;
  const vertexYs = new Float64Array(vertexCount);
  vertexCount = 0;
  for (const ring of rings) for (const p of ring) vertexYs[vertexCount++] = p[1];
  vertexYs.sort();
  let firstVertex = 0; // first vertex y above the current band's bottom (bands go up)
  const edges = bandEdges(rings);
  const active: number[] = [];
  let nextEdge = 0;
  const heights = new Int32Array(cols);
  let best: Box | null = null;
  let bestArea = 0;
  const stack: number[] = [];
  for (let r = 0; r < rows; r++) {
    const y0 = minY + r * cell;
    const y1 = y0 + cell;
    // Edges reaching the band [y0, y1] (every line the band tests lies in it).
    while (nextEdge < edges.low.length && (edges.low[nextEdge] as number) <= y1) active.push(nextEdge++);
    for (let i = active.length - 1; i >= 0; i--)
      if ((edges.high[active[i] as number] as number) < y0) active.splice(i, 1);
    let allowed = intervalsAt(y0 + 1e-9, edges, active);
    allowed = intersectIntervals(allowed, intervalsAt(y1 - 1e-9, edges, active));
    while (firstVertex < vertexYs.length && (vertexYs[firstVertex] as number) <= y0) firstVertex++;
    for (let v = firstVertex; v < vertexYs.length && (vertexYs[v] as number) < y1; v++) {
      allowed = intersectIntervals(allowed, intervalsAt(vertexYs[v] as number, edges, active));
    }
    // Columns fully inside one allowed interval.
    let k = 0;
    for (let c = 0; c < cols; c++) {
      const x0 = minX + c * cell;
      const x1 = x0 + cell;
      while (k + 1 < allowed.length && (allowed[k + 1] as number) < x1) k += 2;
      const inside = k + 1 < allowed.length && (allowed[k] as number) <= x0 && x1 <= (allowed[k + 1] as number);
      heights[c] = inside ? (heights[c] as number) + 1 : 0;
    }
    // Largest rectangle under the histogram ending at this row.
    stack.length = 0;
    for (let c = 0; c <= cols; c++) {
      const h = c < cols ? (heights[c] as number) : 0;
      while (stack.length > 0 && (heights[stack[stack.length - 1] as number] as number) >= h) {
        const top = stack.pop() as number;
        const height = heights[top] as number;
        const left = stack.length > 0 ? (stack[stack.length - 1] as number) + 1 : 0;
        const area = height * (c - left);
        if (height > 0 && area > bestArea) {
          bestArea = area;
          best = { x0: minX + left * cell, x1: minX + c * cell, y0: y1 - height * cell, y1 };
        }
      }
      stack.push(c);
    }
  }
  return best ? grow(best, rings, cell) : null;
}

/**
 * Grows each side of the box while no edge of the rings enters it: whole cells first (the grid marks only cells
 * wholly inside, so an edge lying exactly on the piece's boundary is reached in one step), then by bisection within
 * the next cell.
 */
function grow(box: Box, rings: Position[][], cell: number): Box {
  const b = { ...box };
  // Each side moves at most 3 cells (2 whole, then within the next), so only edges meeting the box grown by 3 cells
  // can ever stop it: collect them once as flat coordinates (the same tests on far fewer edges).
  const m = 3 * cell + 1e-6;
  const edges = nearEdges(rings, b.x0 - m, b.y0 - m, b.x1 + m, b.y1 + m);
  for (const side of ['x0', 'x1', 'y0', 'y1'] as const) {
    const dir = side === 'x0' || side === 'y0' ? -1 : 1;
    let start = b[side];
    for (let k = 0; k < 2; k++) {
      b[side] = start + dir * cell;
      if (!boxClear(b, edges)) break;
      start = b[side];
    }
    let lo = 0;
    let hi = cell;
    for (let i = 0; i < GROW_STEPS; i++) {
      const mid = (lo + hi) / 2;
      b[side] = start + dir * mid;
      if (boxClear(b, edges)) lo = mid;
      else hi = mid;
    }
    b[side] = start + dir * lo;
  }
  return b;
}

/** Ring edges whose bbox meets the given box, as [ax, ay, bx, by, …]. */
function nearEdges(rings: readonly Position[][], x0: number, y0: number, x1: number, y1: number): Float64Array {
  const out: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j] as Position;
      const c = ring[i] as Position;
      if (Math.max(a[0], c[0]) < x0 || Math.min(a[0], c[0]) > x1) continue;
      if (Math.max(a[1], c[1]) < y0 || Math.min(a[1], c[1]) > y1) continue;
      out.push(a[0], a[1], c[0], c[1]);
    }
  }
  return Float64Array.from(out);
}

/** true when no edge passes through the open box (the box starts inside, so it stays inside). */
function boxClear(b: Box, edges: Float64Array): boolean {
  const e = 1e-6;
  const x0 = b.x0 + e;
  const x1 = b.x1 - e;
  const y0 = b.y0 + e;
  const y1 = b.y1 - e;
  for (let i = 0; i < edges.length; i += 4) {
    if (
      segmentHitsBox(
        edges[i] as number,
        edges[i + 1] as number,
        edges[i + 2] as number,
        edges[i + 3] as number,
        x0,
        y0,
        x1,
        y1,
      )
    )
      return false;
  }
  return true;
}

/** Liang–Barsky: does segment (ax,ay)–(bx,by) meet the box? (Written without closures or arrays: the hot loop.) */
function segmentHitsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) return false;
  const dx = bx - ax;
  const dy = by - ay;
  const t = T_RANGE;
  t[0] = 0;
  t[1] = 1;
  return clipT(-dx, ax - x0, t) && clipT(dx, x1 - ax, t) && clipT(-dy, ay - y0, t) && clipT(dy, y1 - ay, t);
}

/** Scratch [t0, t1] of segmentHitsBox (reused: no allocation per test). */
const T_RANGE = new Float64Array(2);

/** One Liang–Barsky boundary: narrows t = [t0, t1]; false when the segment lies wholly outside it. */
function clipT(p: number, q: number, t: Float64Array): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) {
    if (r > (t[1] as number)) return false;
    if (r > (t[0] as number)) t[0] = r;
  } else {
    if (r < (t[0] as number)) return false;
    if (r < (t[1] as number)) t[1] = r;
  }
  return true;
}

/** Area of a ring (shoelace, signed by its turn). */
function ringArea(ring: PathD): number {
  let a = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const p = ring[j] as { x: number; y: number };
    const q = ring[i] as { x: number; y: number };
    a += p.x * q.y - q.x * p.y;
  }
  return a / 2;
}

function bboxArea(ring: readonly Position[]): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of ring) {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  return (maxX - minX) * (maxY - minY);
}
