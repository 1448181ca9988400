// Step 2 of largestAxisBox (axis-box.ts): a box found on the grid grown side by side (whole cells, then bisection to
// cell/1024) in continuous coordinates while no edge of the rings enters it. Scratch buffers are reused across calls.

const GROW_STEPS = 10;

let near = new Float64Array(0); // the edges that can stop the growth, [ax, ay, bx, by, …]

/** Side order of the growth, as indices into [x0, y0, x1, y1], and the direction each moves outwards. */
const SIDES = [0, 2, 1, 3] as const;

/**
 * Grows each side of the box while no edge of the rings enters it: whole cells first (the grid marks only cells
 * wholly inside, so an edge lying exactly on the piece's boundary is reached in one step), then by bisection within
 * the next cell.
 */
export function growBox(b: Float64Array, x: Float64Array, y: Float64Array, ends: Int32Array, cell: number): void {
  // Each side moves at most 3 cells (2 whole, then within the next), so only edges meeting the box grown by 3 cells
  // can ever stop it: collect them once (the same tests on far fewer edges).
  const m = 3 * cell + 1e-6;
  if (near.length < 4 * x.length) near = new Float64Array(Math.max(4 * x.length, 2 * near.length, 256));
  const count = nearEdges(
    x,
    y,
    ends,
    (b[0] as number) - m,
    (b[1] as number) - m,
    (b[2] as number) + m,
    (b[3] as number) + m,
  );
  for (const side of SIDES) {
    const dir = side < 2 ? -1 : 1;
    let start = b[side] as number;
    for (let k = 0; k < 2; k++) {
      b[side] = start + dir * cell;
      if (!boxClear(b, count)) break;
      start = b[side] as number;
    }
    // A side already against an edge: the bisection's smallest step is its last probe when every probe fails, and
    // boxClear is monotone (a larger box meets every edge a smaller one meets), so failing it settles the side.
    b[side] = start + dir * (cell / 2 ** GROW_STEPS);
    if (!boxClear(b, count)) {
      b[side] = start;
      continue;
    }
    let lo = 0;
    let hi = cell;
    for (let i = 0; i < GROW_STEPS; i++) {
      const mid = (lo + hi) / 2;
      b[side] = start + dir * mid;
      if (boxClear(b, count)) lo = mid;
      else hi = mid;
    }
    b[side] = start + dir * lo;
  }
}

/** Ring edges whose bbox meets the given box, into `near`; returns their number × 4. */
function nearEdges(x: Float64Array, y: Float64Array, ends: Int32Array, x0: number, y0: number, x1: number, y1: number) {
  let o = 0;
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k] as number;
    for (let i = start, j = end - 1; i < end; j = i++) {
      const ax = x[j] as number;
      const ay = y[j] as number;
      const cx = x[i] as number;
      const cy = y[i] as number;
      if (Math.max(ax, cx) < x0 || Math.min(ax, cx) > x1) continue;
      if (Math.max(ay, cy) < y0 || Math.min(ay, cy) > y1) continue;
      near[o++] = ax;
      near[o++] = ay;
      near[o++] = cx;
      near[o++] = cy;
    }
    start = end;
  }
  return o;
}

/** true when none of the near edges passes through the open box (the box starts inside, so it stays inside). */
function boxClear(b: Float64Array, count: number): boolean {
  const e = 1e-6;
  const x0 = (b[0] as number) + e;
  const y0 = (b[1] as number) + e;
  const x1 = (b[2] as number) - e;
  const y1 = (b[3] as number) - e;
  for (let i = 0; i < count; i += 4) {
    if (
      segmentHitsBox(
        near[i] as number,
        near[i + 1] as number,
        near[i + 2] as number,
        near[i + 3] as number,
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
