import type { Position } from '../model/geometry';
import type { Rect } from './grid';

// Free-space bookkeeping for the demo's site context (local metres). A compound is laid out along its long axis:
// work happens in (u, v) = (along, across) coordinates, so one routine serves east–west and north–south compounds.
// Obstacles are axis-aligned rectangles; parcels are convex rings (rectangles, corners possibly chamfered), so a
// rectangle lies inside a parcel exactly when its four corners do.

export interface Interval {
  lo: number;
  hi: number;
}

/** Maps a compound's (along, across) rectangles to local x/y and back; `alongX` when the long side runs east–west. */
export interface AxisFrame {
  alongX: boolean;
  /** The parcel's extent along the long axis and across it. */
  along: Interval;
  across: Interval;
  toXY(r: Rect): Rect;
  /** A point (u, v) in local x/y. */
  point(u: number, v: number): Position;
  /** A rectangle's extent across the long axis. */
  acrossOf(r: Rect): Interval;
}

export function axisFrame(parcel: Rect): AxisFrame {
  const alongX = parcel.x1 - parcel.x0 >= parcel.y1 - parcel.y0;
  const swap = (r: Rect): Rect => ({ x0: r.y0, y0: r.x0, x1: r.y1, y1: r.x1 });
  return {
    alongX,
    along: alongX ? { lo: parcel.x0, hi: parcel.x1 } : { lo: parcel.y0, hi: parcel.y1 },
    across: alongX ? { lo: parcel.y0, hi: parcel.y1 } : { lo: parcel.x0, hi: parcel.x1 },
    toXY: (r) => (alongX ? r : swap(r)),
    point: (u, v) => (alongX ? [u, v] : [v, u]),
    acrossOf: (r) => (alongX ? { lo: r.y0, hi: r.y1 } : { lo: r.x0, hi: r.x1 }),
  };
}

/** The stretches of `within` that no interval covers (the corridors between rows of buildings), in order. */
export function gaps(covered: readonly Interval[], within: Interval): Interval[] {
  const sorted = [...covered].sort((a, b) => a.lo - b.lo);
  const out: Interval[] = [];
  let pos = within.lo;
  for (const c of sorted) {
    if (c.lo > pos) out.push({ lo: pos, hi: Math.min(c.lo, within.hi) });
    pos = Math.max(pos, c.hi);
  }
  if (pos < within.hi) out.push({ lo: pos, hi: within.hi });
  return out.filter((g) => g.hi > g.lo);
}

/** a and b overlap once each is grown by `margin` metres. */
export const rectsMeet = (a: Rect, b: Rect, margin = 0): boolean =>
  a.x0 < b.x1 + margin && b.x0 < a.x1 + margin && a.y0 < b.y1 + margin && b.y0 < a.y1 + margin;

export const clearOf = (r: Rect, obstacles: readonly Rect[], margin: number): boolean =>
  obstacles.every((o) => !rectsMeet(r, o, margin));

function pointInRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** The rectangle, shrunk by nothing, lies inside the convex ring with `margin` metres to spare on its corners. */
export function insideRing(r: Rect, ring: readonly Position[], margin = 0.5): boolean {
  const g: Rect = { x0: r.x0 - margin, y0: r.y0 - margin, x1: r.x1 + margin, y1: r.y1 + margin };
  return (
    pointInRing([g.x0, g.y0], ring) &&
    pointInRing([g.x1, g.y0], ring) &&
    pointInRing([g.x1, g.y1], ring) &&
    pointInRing([g.x0, g.y1], ring)
  );
}

export const rectRing = (r: Rect): Position[] => [
  [r.x0, r.y0],
  [r.x1, r.y0],
  [r.x1, r.y1],
  [r.x0, r.y1],
  [r.x0, r.y0],
];
