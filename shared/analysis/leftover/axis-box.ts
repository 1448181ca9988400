// The largest axis-aligned box inside rings given as flat coordinates (one orientation of rectangle.ts's search):
// 1. The rings are rasterised on a grid of at most GRID cells per side (finer on request: MAX_REFINE); a cell row
//    is "inside" over the x-ranges inside the rings on every scan line through the row (its top, its bottom and
//    every vertex between them), which is exact for straight edges, so marked cells really lie inside. The largest
//    all-inside block of cells is the classic maximal rectangle of a 0/1 matrix (histogram + stack, O(cells)).
// 2. The block is grown side by side in continuous coordinates while it stays inside the rings (box-growth.ts),
//    which recovers the partial cells lost to the grid.
// The caller passes the best area found in other orientations: when a cheap upper bound (cannotBeat) shows that no
// box here can beat it, steps 1–2 are skipped; the answer is the same, only found sooner.
// Runs once per piece and orientation, so every buffer is scratch reused across calls (one thread): the edges of
// each band come from a per-row bucket list, crossings and intervals live in typed arrays, nothing is allocated
// per scan line.

import { growBox } from './box-growth';

const GRID = 24;
/**
 * Times the grid may be halved when the caller asks to `refine` (rectangle.ts does for a piece whose first boxes
 * came out poor): a piece far longer than it is wide (a 13 m strip 280 m long: cells of 11.7 m) can miss every cell
 * of the first grid and get no rectangle at all, or hold whole cells only in a short leg of it, whose grown box is
 * then a fraction of what the strip holds. The grid is halved while no box is found or the best one grown is less
 * than two cells across, and the best box of all is kept.
 */
const MAX_REFINE = 4;
const bestBox = new Float64Array(4);

let cap = 0;
let capGrid = 0;
let eax = new Float64Array(0); // edge i: a = vertex i, b = the vertex before it (the crossing formula's order)
let eay = new Float64Array(0);
let ebx = new Float64Array(0);
let eby = new Float64Array(0);
let vertexYs = new Float64Array(0);
let line = new Float64Array(0); // crossings of one scan line, then sorted
let allowA = new Float64Array(0); // intervals allowed so far, [x0, x1, …]
let allowB = new Float64Array(0);
let rowEdges = new Int32Array(0); // edges of band r: rowEdges[rowStart[r] … rowStart[r + 1])
let firstRow = new Int32Array(0); // bands of edge i: firstRow[i] … lastRow[i]
let lastRow = new Int32Array(0);
/** The finest grid (cells per side). */
const MAX_GRID = GRID * 2 ** MAX_REFINE;
const rowStart = new Int32Array(MAX_GRID + 3);
const rowFill = new Int32Array(MAX_GRID + 3);
const heights = new Int32Array(MAX_GRID + 2);
/** Lines per band of cannotBeat: more lines, a tighter bound (heights within a line gap) at the price of the lines. */
const BOUND_LINES = 2;
const runW = new Float64Array(BOUND_LINES * (MAX_GRID + 2)); // longest inside run on each line of cannotBeat
const stack = new Int32Array(BOUND_LINES * (MAX_GRID + 2) + 1); // histogram stacks (the scan's and cannotBeat's)

/** Scratch for n vertices on a grid of up to `grid` cells per side. */
function ensure(n: number, grid: number): void {
  if (grid > capGrid) {
    capGrid = grid;
    cap = 0; // rowEdges is sized by the grid
  }
  if (n <= cap) return;
  cap = Math.max(n, 2 * cap, 64);
  eax = new Float64Array(cap);
  eay = new Float64Array(cap);
  ebx = new Float64Array(cap);
  eby = new Float64Array(cap);
  vertexYs = new Float64Array(cap);
  line = new Float64Array(cap);
  // An intersection of lines' inside ranges has at most one interval per outside pocket of the band plus one, and
  // each pocket has edges of its own: n + 1 intervals.
  allowA = new Float64Array(2 * cap + 2);
  allowB = new Float64Array(2 * cap + 2);
  rowEdges = new Int32Array((capGrid + 2) * cap);
  firstRow = new Int32Array(cap);
  lastRow = new Int32Array(cap);
}

/**
 * Writes the box [x0, y0, x1, y1] into `out`; false when the rings have no area, or when no box inside them can have
 * an area above `beat` (see cannotBeat; pass −1 to always search). `x`, `y` hold the vertices of the rings (outer
 * first), ring k ending before ends[k].
 */
export function largestAxisBox(
  x: Float64Array,
  y: Float64Array,
  ends: Int32Array,
  out: Float64Array,
  beat: number,
  refine = false,
): boolean {
  const n = ends[ends.length - 1] as number;
  const outerEnd = ends[0] as number;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < outerEnd; i++) {
    minX = Math.min(minX, x[i] as number);
    maxX = Math.max(maxX, x[i] as number);
    minY = Math.min(minY, y[i] as number);
    maxY = Math.max(maxY, y[i] as number);
  }
  const side = Math.max(maxX - minX, maxY - minY);
  if (!(side > 0)) return false;
  let bestArea = 0;
  for (let grid = GRID; grid <= (refine ? GRID * 2 ** MAX_REFINE : GRID); grid *= 2) {
    const cell = side / grid;
    const cols = Math.max(1, Math.ceil((maxX - minX) / cell));
    const rows = Math.max(1, Math.ceil((maxY - minY) / cell));
    ensure(n, grid);
    bucketEdges(x, y, ends, minY, cell, rows);
    // The bound holds whatever the grid: what it rules out on the first grid stays ruled out.
    if (grid === GRID && beat >= 0 && cannotBeat(minY, maxX - minX, cell, rows, beat)) return false;
    if (!scanGrid(y, n, minX, minY, cell, cols, rows, out)) continue;
    growBox(out, x, y, ends, cell);
    const area = ((out[2] as number) - (out[0] as number)) * ((out[3] as number) - (out[1] as number));
    if (area > bestArea) {
      bestArea = area;
      bestBox.set(out);
    }
    // A box at least two cells across came from a region the grid resolves: a finer grid would find the same.
    const across = Math.min((out[2] as number) - (out[0] as number), (out[3] as number) - (out[1] as number));
    if (across >= 2 * cell) break;
  }
  out.set(bestBox);
  return bestArea > 0;
}

/** The largest block of whole grid cells inside the rings into `out`; false when no cell is inside. */
function scanGrid(
  y: Float64Array,
  n: number,
  minX: number,
  minY: number,
  cell: number,
  cols: number,
  rows: number,
  out: Float64Array,
): boolean {
  const ys = sortedYs(y, n);
  let firstVertex = 0; // first vertex y above the current band's bottom (bands go up)
  heights.fill(0, 0, cols + 1);
  let bestArea = 0;
  for (let r = 0; r < rows; r++) {
    const y0 = minY + r * cell;
    const y1 = y0 + cell;
    const from = rowStart[r] as number;
    const to = rowStart[r + 1] as number;
    // Allowed x-ranges: the intersection of the ranges inside on each scan line of the band.
    let allowed = allowA;
    let spare = allowB;
    let count = crossings(y0 + 1e-9, from, to, allowed);
    count = intersect(allowed, count, line, crossings(y1 - 1e-9, from, to, line), spare);
    [allowed, spare] = [spare, allowed];
    while (firstVertex < n && (ys[firstVertex] as number) <= y0) firstVertex++;
    for (let v = firstVertex; count > 0 && v < n && (ys[v] as number) < y1; v++) {
      count = intersect(allowed, count, line, crossings(ys[v] as number, from, to, line), spare);
      [allowed, spare] = [spare, allowed];
    }
    // Columns fully inside one allowed interval.
    let k = 0;
    for (let c = 0; c < cols; c++) {
      const x0 = minX + c * cell;
      const x1 = x0 + cell;
      while (k + 1 < count && (allowed[k + 1] as number) < x1) k += 2;
      const inside = k + 1 < count && (allowed[k] as number) <= x0 && x1 <= (allowed[k + 1] as number);
      heights[c] = inside ? (heights[c] as number) + 1 : 0;
    }
    // Largest rectangle under the histogram ending at this row (none when the row is empty).
    if (count === 0) continue;
    let top = 0;
    for (let c = 0; c <= cols; c++) {
      const h = c < cols ? (heights[c] as number) : 0;
      while (top > 0 && (heights[stack[top - 1] as number] as number) >= h) {
        const height = heights[stack[--top] as number] as number;
        const left = top > 0 ? (stack[top - 1] as number) + 1 : 0;
        const area = height * (c - left);
        if (height > 0 && area > bestArea) {
          bestArea = area;
          out[0] = minX + left * cell;
          out[1] = y1 - height * cell;
          out[2] = minX + c * cell;
          out[3] = y1;
        }
      }
      stack[top++] = c;
    }
  }
  return bestArea > 0;
}

/**
 * true when no axis-aligned box inside the rings can have an area above `beat`, by an upper bound from the longest
 * inside run W_j on BOUND_LINES lines across each band, a gap g apart (half a gap from the bands' edges, so never
 * on the bbox): a box whose open y-range holds the lines j … k is at most min W over them wide and less than
 * (k − j + 2)·g high; one that holds no line is less than g high and at most the bbox wide. Far cheaper than the
 * search (a few lines per band, no grid, no growth), and tight for a strip at a skew angle, which is what the second
 * and third candidate orientations of a strip are. A little slack covers rounding and the micrometre by which a
 * grown box may overlap an edge (boxClear).
 */
function cannotBeat(minY: number, width: number, cell: number, rows: number, beat: number): boolean {
  const gap = cell / BOUND_LINES;
  const lines = rows * BOUND_LINES;
  // Bounds are compared with this (the slack taken off), and the first one above it ends the test.
  const limit = (beat - 1e-5 * (width + rows * cell)) / (1 + 1e-9);
  if (gap * width > limit) return false;
  for (let j = 0; j < lines; j++) {
    const r = Math.floor(j / BOUND_LINES);
    const count = crossings(minY + (j + 0.5) * gap, rowStart[r] as number, rowStart[r + 1] as number, line);
    let w = 0;
    for (let k = 0; k + 1 < count; k += 2) w = Math.max(w, (line[k + 1] as number) - (line[k] as number));
    runW[j] = w;
  }
  // Max over runs of (lines in the run + 1) × gap × min W, by the histogram stack: each line's widest run of lines
  // at least as wide as it is the best run whose minimum it is.
  let top = 0;
  for (let j = 0; j <= lines; j++) {
    const w = j < lines ? (runW[j] as number) : 0;
    while (top > 0 && (runW[stack[top - 1] as number] as number) >= w) {
      const height = runW[stack[--top] as number] as number;
      const left = top > 0 ? (stack[top - 1] as number) + 1 : 0;
      if ((j - left + 1) * gap * height > limit) return false;
    }
    stack[top++] = j;
  }
  return true;
}

/** The first n of y, sorted, in vertexYs (insertion sort for the usual few dozen, else the typed-array sort). */
function sortedYs(y: Float64Array, n: number): Float64Array {
  if (n > 64) {
    for (let i = 0; i < n; i++) vertexYs[i] = y[i] as number;
    return vertexYs.subarray(0, n).sort();
  }
  for (let i = 0; i < n; i++) {
    const v = y[i] as number;
    let j = i;
    while (j > 0 && (vertexYs[j - 1] as number) > v) {
      vertexYs[j] = vertexYs[j - 1] as number;
      j--;
    }
    vertexYs[j] = v;
  }
  return vertexYs;
}

/**
 * Fills eax… with the edges and rowEdges/rowStart with each band's edges: the bands r whose open span
 * (y0, y1) = (minY + r·cell, y0 + cell), computed as the scan computes it, meets the edge's [low, high) — the only
 * lines it can cross (crossings() still tests each edge against its line).
 */
function bucketEdges(x: Float64Array, y: Float64Array, ends: Int32Array, minY: number, cell: number, rows: number) {
  let e = 0;
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k] as number;
    for (let i = start, j = end - 1; i < end; j = i++) {
      eax[e] = x[i] as number;
      eay[e] = y[i] as number;
      ebx[e] = x[j] as number;
      eby[e++] = y[j] as number;
    }
    start = end;
  }
  rowStart.fill(0, 0, rows + 2);
  for (let i = 0; i < e; i++) {
    const ay = eay[i] as number;
    const by = eby[i] as number;
    const low = ay < by ? ay : by;
    const high = ay < by ? by : ay;
    // First band whose top is above low, last band whose bottom is below high (floor, then fixed up exactly).
    let r0 = Math.max(0, Math.floor((low - minY) / cell));
    while (r0 > 0 && minY + (r0 - 1) * cell + cell > low) r0--;
    while (r0 < rows && minY + r0 * cell + cell <= low) r0++;
    let r1 = Math.min(rows - 1, Math.floor((high - minY) / cell));
    while (r1 >= 0 && minY + r1 * cell >= high) r1--;
    while (r1 + 1 < rows && minY + (r1 + 1) * cell < high) r1++;
    firstRow[i] = r0;
    lastRow[i] = r1;
    for (let r = r0; r <= r1; r++) rowStart[r + 1] = (rowStart[r + 1] as number) + 1;
  }
  for (let r = 0; r < rows; r++) rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  rowFill.set(rowStart);
  for (let i = 0; i < e; i++) {
    for (let r = firstRow[i] as number; r <= (lastRow[i] as number); r++) {
      const at = rowFill[r] as number;
      rowEdges[at] = i;
      rowFill[r] = at + 1;
    }
  }
}

/** Sorted x of the crossings (even–odd) of the horizontal line at y with the edges rowEdges[from … to), into out. */
function crossings(y: number, from: number, to: number, out: Float64Array): number {
  let k = 0;
  for (let m = from; m < to; m++) {
    const i = rowEdges[m] as number;
    const ax = eax[i] as number;
    const ay = eay[i] as number;
    const by = eby[i] as number;
    if (ay > y !== by > y) {
      const v = ax + ((y - ay) * ((ebx[i] as number) - ax)) / (by - ay);
      // Insertion sort: a line crosses a handful of edges.
      let j = k++;
      while (j > 0 && (out[j - 1] as number) > v) {
        out[j] = out[j - 1] as number;
        j--;
      }
      out[j] = v;
    }
  }
  return k;
}

/** Intersection of two sorted interval lists [a0, a1, b0, b1, …] into out; returns its length. */
function intersect(p: Float64Array, pn: number, q: Float64Array, qn: number, out: Float64Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i + 1 < pn && j + 1 < qn) {
    const lo = Math.max(p[i] as number, q[j] as number);
    const hi = Math.min(p[i + 1] as number, q[j + 1] as number);
    if (lo < hi) {
      out[n++] = lo;
      out[n++] = hi;
    }
    if ((p[i + 1] as number) < (q[j + 1] as number)) i += 2;
    else j += 2;
  }
  return n;
}
