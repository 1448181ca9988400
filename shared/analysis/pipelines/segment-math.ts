// Plane geometry on metric segments (metres, the project's GK frame). Pure; points are [x, y] tuples.

export type XY = readonly [number, number];

export interface Closest {
  /** Distance between the two segments (0 when they touch or cross). */
  d: number;
  /** Parameters (0..1) of the closest points on the first and second segment. */
  s: number;
  t: number;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Parameter of the point of segment a–b closest to p. */
export function projectParam(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : clamp01(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2);
}

export const lerp = (a: XY, b: XY, t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const dist = (a: XY, b: XY): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

export const pointSegmentDistance = (p: XY, a: XY, b: XY): number => dist(p, lerp(a, b, projectParam(p, a, b)));

/**
 * Parameters (s on p1–p2, t on q1–q2) where the two segments cross, or null when they do not meet at one point
 * (disjoint, or parallel/collinear). Endpoints count as meeting.
 */
export function crossingParams(p1: XY, p2: XY, q1: XY, q2: XY): { s: number; t: number } | null {
  const rx = p2[0] - p1[0];
  const ry = p2[1] - p1[1];
  const sx = q2[0] - q1[0];
  const sy = q2[1] - q1[1];
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-12 * (Math.hypot(rx, ry) * Math.hypot(sx, sy) + 1e-30)) return null;
  const qpx = q1[0] - p1[0];
  const qpy = q1[1] - p1[1];
  const s = (qpx * sy - qpy * sx) / den;
  const t = (qpx * ry - qpy * rx) / den;
  const tol = 1e-12;
  return s >= -tol && s <= 1 + tol && t >= -tol && t <= 1 + tol ? { s: clamp01(s), t: clamp01(t) } : null;
}

/** Squared distance from (px, py) to segment a–b and its parameter (scalar code: this runs per segment pair). */
function pointToSeg(px: number, py: number, ax: number, ay: number, bx: number, by: number): [number, number] {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : clamp01(((px - ax) * dx + (py - ay) * dy) / len2);
  const ex = ax + dx * t - px;
  const ey = ay + dy * t - py;
  return [ex * ex + ey * ey, t];
}

/** Closest points between segments p1–p2 and q1–q2. */
export function segmentDistance(p1: XY, p2: XY, q1: XY, q2: XY): Closest {
  const cross = crossingParams(p1, p2, q1, q2);
  if (cross) return { d: 0, s: cross.s, t: cross.t };
  // Disjoint segments: the minimum is at an endpoint of one of them.
  const [d1, t1] = pointToSeg(p1[0], p1[1], q1[0], q1[1], q2[0], q2[1]);
  const [d2, t2] = pointToSeg(p2[0], p2[1], q1[0], q1[1], q2[0], q2[1]);
  const [d3, s3] = pointToSeg(q1[0], q1[1], p1[0], p1[1], p2[0], p2[1]);
  const [d4, s4] = pointToSeg(q2[0], q2[1], p1[0], p1[1], p2[0], p2[1]);
  let best = { d: d1, s: 0, t: t1 };
  if (d2 < best.d) best = { d: d2, s: 1, t: t2 };
  if (d3 < best.d) best = { d: d3, s: s3, t: 0 };
  if (d4 < best.d) best = { d: d4, s: s4, t: 1 };
  return { d: Math.sqrt(best.d), s: best.s, t: best.t };
}

/**
 * The sub-interval [from, to] of segment a–b (parameters) whose points lie closer than `limit` to segment q1–q2,
 * or null. Those points form a capsule (two disks and a rectangle); a capsule is convex, so its intersection with
 * the line is one interval: the hull of the line's intersections with the three parts, clipped to the segment.
 */
export function intervalWithin(a: XY, b: XY, q1: XY, q2: XY, limit: number): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const take = (from: number, to: number): void => {
    if (from >= to) return;
    lo = Math.min(lo, from);
    hi = Math.max(hi, to);
  };
  // Disks around the two ends of q: |a + s·d − c|² < limit².
  const a2 = dx * dx + dy * dy;
  for (const c of [q1, q2]) {
    const fx = a[0] - c[0];
    const fy = a[1] - c[1];
    if (a2 === 0) {
      if (fx * fx + fy * fy < limit * limit) take(0, 1);
      continue;
    }
    const bq = fx * dx + fy * dy;
    const disc = bq * bq - a2 * (fx * fx + fy * fy - limit * limit);
    if (disc > 0) take((-bq - Math.sqrt(disc)) / a2, (-bq + Math.sqrt(disc)) / a2);
  }
  // Rectangle: 0 ≤ along q ≤ |q| and |across q| < limit, each a slab the line passes through on an interval.
  const ux = q2[0] - q1[0];
  const uy = q2[1] - q1[1];
  const len = Math.hypot(ux, uy);
  if (len > 0) {
    let from = Number.NEGATIVE_INFINITY;
    let to = Number.POSITIVE_INFINITY;
    const slab = (v0: number, dv: number, min: number, max: number): void => {
      if (dv === 0) {
        if (v0 < min || v0 > max) {
          from = 1;
          to = 0;
        }
        return;
      }
      const t1 = (min - v0) / dv;
      const t2 = (max - v0) / dv;
      from = Math.max(from, Math.min(t1, t2));
      to = Math.min(to, Math.max(t1, t2));
    };
    const rx = a[0] - q1[0];
    const ry = a[1] - q1[1];
    slab((rx * ux + ry * uy) / len, (dx * ux + dy * uy) / len, 0, len);
    slab((rx * uy - ry * ux) / len, (dx * uy - dy * ux) / len, -limit, limit);
    take(from, to);
  }
  const from = Math.max(0, lo);
  const to = Math.min(1, hi);
  return from < to || (from === to && lo <= hi) ? [from, to] : null;
}

/** Total length of the union of intervals on a line (input not mutated). */
export function unionLength(intervals: readonly (readonly [number, number])[]): number {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curFrom = Number.NEGATIVE_INFINITY;
  let curTo = Number.NEGATIVE_INFINITY;
  for (const [from, to] of sorted) {
    if (from > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = from;
      curTo = to;
    } else if (to > curTo) curTo = to;
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

/**
 * segmentDistance on plain numbers, writing [d, s, t] into `out` (no allocation: it runs for every candidate
 * segment pair of a check). Same results as segmentDistance.
 */
export function segmentDistanceInto(
  out: Float64Array,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): void {
  const rx = bx - ax;
  const ry = by - ay;
  const sx = dx - cx;
  const sy = dy - cy;
  const den = rx * sy - ry * sx;
  const lr2 = rx * rx + ry * ry;
  const ls2 = sx * sx + sy * sy;
  if (Math.abs(den) >= 1e-12 * (Math.sqrt(lr2) * Math.sqrt(ls2) + 1e-30)) {
    const qpx = cx - ax;
    const qpy = cy - ay;
    const s = (qpx * sy - qpy * sx) / den;
    const t = (qpx * ry - qpy * rx) / den;
    const tol = 1e-12;
    if (s >= -tol && s <= 1 + tol && t >= -tol && t <= 1 + tol) {
      out[0] = 0;
      out[1] = clamp01(s);
      out[2] = clamp01(t);
      return;
    }
  }
  let best = Number.POSITIVE_INFINITY;
  const consider = (
    px: number,
    py: number,
    ox: number,
    oy: number,
    ux: number,
    uy: number,
    l2: number,
    onFirst: boolean,
    at: number,
  ): void => {
    const u = l2 === 0 ? 0 : clamp01(((px - ox) * ux + (py - oy) * uy) / l2);
    const ex = ox + ux * u - px;
    const ey = oy + uy * u - py;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) {
      best = d2;
      out[1] = onFirst ? at : u;
      out[2] = onFirst ? u : at;
    }
  };
  consider(ax, ay, cx, cy, sx, sy, ls2, true, 0);
  consider(bx, by, cx, cy, sx, sy, ls2, true, 1);
  consider(cx, cy, ax, ay, rx, ry, lr2, false, 0);
  consider(dx, dy, ax, ay, rx, ry, lr2, false, 1);
  out[0] = Math.sqrt(best);
}
