import type { Position } from '../../model/geometry';

// Planar distances between metric polygons for the live checks and the indicators: nearest points of two outlines
// (the 建筑间距 of the standards is the nearest distance between exterior walls). Rings are open (no closing vertex).

export interface Nearest {
  d: number;
  p: Position; // on A
  q: Position; // on B
}

function closestOnSegment(p: Position, a: Position, b: Position): Position {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return [a[0] + t * dx, a[1] + t * dy];
}

const cross = (o: Position, a: Position, b: Position): number =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Do segments ab and cd cross or touch? */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (p: Position, q: Position, r: Position): boolean =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return (
    (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d))
  );
}

/** Even–odd point in ring (open ring). */
export function insideRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Nearest points of two outer rings; d = 0 when they meet or one contains the other. */
export function ringDistance(a: readonly Position[], b: readonly Position[]): Nearest {
  let best: Nearest = { d: Number.POSITIVE_INFINITY, p: a[0] as Position, q: b[0] as Position };
  const na = a.length;
  const nb = b.length;
  for (let i = 0; i < na; i++) {
    const a0 = a[i] as Position;
    const a1 = a[(i + 1) % na] as Position;
    for (let j = 0; j < nb; j++) {
      const b0 = b[j] as Position;
      const b1 = b[(j + 1) % nb] as Position;
      if (segmentsMeet(a0, a1, b0, b1)) {
        const p = closestOnSegment(a0, b0, b1);
        return { d: 0, p, q: p };
      }
      for (const [p, s0, s1, fromA] of [
        [a0, b0, b1, true],
        [b0, a0, a1, false],
      ] as const) {
        const c = closestOnSegment(p, s0, s1);
        const d = Math.hypot(c[0] - p[0], c[1] - p[1]);
        if (d < best.d) best = fromA ? { d, p, q: c } : { d, p: c, q: p };
      }
    }
  }
  if (insideRing(a[0] as Position, b) || insideRing(b[0] as Position, a)) {
    return { d: 0, p: a[0] as Position, q: a[0] as Position };
  }
  return best;
}

export function ringCentroidOpen(ring: readonly Position[]): Position {
  let x = 0;
  let y = 0;
  let a = 0;
  const n = ring.length;
  const o = ring[0] as Position;
  for (let i = 0; i < n; i++) {
    const p = ring[i] as Position;
    const q = ring[(i + 1) % n] as Position;
    const f = (p[0] - o[0]) * (q[1] - o[1]) - (q[0] - o[0]) * (p[1] - o[1]);
    x += (p[0] - o[0] + q[0] - o[0]) * f;
    y += (p[1] - o[1] + q[1] - o[1]) * f;
    a += f;
  }
  if (a === 0) return [o[0], o[1]];
  return [o[0] + x / (3 * a), o[1] + y / (3 * a)];
}

/**
 * Is `south` within ±60° of due south of `north` (GB 50180 sunlight: a building in that sector shades the northern
 * one's windows)? Grid north stands in for true north (the frame's convergence is well under 2° in a 3° zone).
 */
export function isSouthOf(north: Position, south: Position, halfAngleDeg = 60): boolean {
  const dx = south[0] - north[0];
  const dy = south[1] - north[1];
  if (dy >= 0) return false;
  const fromSouth = Math.abs((Math.atan2(dx, -dy) * 180) / Math.PI);
  return fromSouth <= halfAngleDeg;
}
