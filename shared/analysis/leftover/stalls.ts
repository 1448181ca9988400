import type { PathD } from 'clipper2-ts';
import { PARKING } from '../../standards/facilities';
import { parkingStalls } from './fits';
import type { MetricRect } from './rectangle';

// Surface stalls across a whole piece (issue 4 §2: "say how many stalls fit"), not only in its best rectangle: an
// L-shaped or ragged piece holds far more than its one largest rectangle. Parking is laid out the way a designer
// lays a car park: parallel bands one module deep (two rows of 2.5 × 5.3 m stalls on a 6 m aisle: 16.6 m), side by
// side, parallel to the best rectangle's long side (or across it) and aligned with one of its edges. In each band,
// the stretches where the band's full depth lies inside the piece hold ⌊stretch ÷ 2.5 m⌋ stalls per row. Every
// counted stall lies inside the piece with its aisle, so the count stays honest; the best of the four layouts
// (two directions, two edges) is taken, and never less than the best rectangle alone holds (fits.ts, which also
// counts a single-loaded row where a double one does not fit).

/** A polygon edge within this distance (m) of a band's side does not block it (the rectangle stops mm short). */
const TOUCH_M = 0.001;
/** Slack (m) of a stretch's length against the stall width, as fits.ts compares sides. */
const FIT_SLACK_M = 0.01;

/** Stalls in the piece (outer ring first, then holes; metric): module bands in the best of four layouts. */
export function pieceStalls(rings: readonly PathD[], rect: MetricRect): number {
  let best = parkingStalls(rect.width, rect.length);
  for (const layout of bandLayouts(rings, rect)) best = Math.max(best, layoutStalls(layout));
  return best;
}

/** One layout: module bands across the piece, each with the stretches (s-ranges) it is clear over. */
export interface BandLayout {
  /** Unit vectors (metric) along the rows (s) and across them (t). */
  along: [number, number];
  across: [number, number];
  bands: { lo: number; hi: number; stretches: [number, number][] }[];
}

const layoutStalls = (layout: BandLayout): number =>
  layout.bands.reduce(
    (sum, band) =>
      sum + band.stretches.reduce((n, [a, b]) => n + 2 * Math.floor((b - a + FIT_SLACK_M) / PARKING.stall_width_m), 0),
    0,
  );

/** The four layouts: rows along the rectangle's long side or across it, bands aligned with either of its edges. */
export function bandLayouts(rings: readonly PathD[], rect: MetricRect): BandLayout[] {
  const depth = 2 * PARKING.stall_depth_m + PARKING.aisle_m;
  const a = (rect.angleDeg * Math.PI) / 180;
  // u along the long side (a bearing: clockwise from north), v across it.
  const u: [number, number] = [Math.sin(a), Math.cos(a)];
  const v: [number, number] = [-u[1], u[0]];
  const sc = rect.cx * u[0] + rect.cy * u[1];
  const tc = rect.cx * v[0] + rect.cy * v[1];
  const out: BandLayout[] = [];
  for (const [along, across, lo, hi] of [
    [u, v, tc - rect.width / 2, tc + rect.width / 2], // rows along the long side
    [v, u, sc - rect.length / 2, sc + rect.length / 2], // rows across it
  ] as const) {
    const frame = project(rings, along, across);
    for (const anchor of [lo, hi - depth]) out.push({ along, across, bands: bands(frame, anchor, depth) });
  }
  return out;
}

interface Frame {
  /** Coordinate along the rows. */
  s: Float64Array;
  /** Coordinate across them. */
  t: Float64Array;
  /** Ring k is [k === 0 ? 0 : ends[k − 1], ends[k]). */
  ends: number[];
  minT: number;
  maxT: number;
}

function project(
  rings: readonly PathD[],
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): Frame {
  const n = rings.reduce((sum, r) => sum + r.length, 0);
  const s = new Float64Array(n);
  const t = new Float64Array(n);
  const ends: number[] = [];
  let k = 0;
  let minT = Number.POSITIVE_INFINITY;
  let maxT = Number.NEGATIVE_INFINITY;
  for (const ring of rings) {
    for (const p of ring) {
      s[k] = p.x * ax + p.y * ay;
      const tk = p.x * bx + p.y * by;
      t[k++] = tk;
      if (tk < minT) minT = tk;
      if (tk > maxT) maxT = tk;
    }
    ends.push(k);
  }
  return { s, t, ends, minT, maxT };
}

/** The bands [anchor + k·depth, anchor + (k + 1)·depth] that lie within the piece's extent, with their stretches. */
function bands(f: Frame, anchor: number, depth: number): BandLayout['bands'] {
  const out: BandLayout['bands'] = [];
  const first = Math.ceil((f.minT - anchor) / depth - 1e-9);
  for (let k = first; anchor + (k + 1) * depth <= f.maxT + 1e-9; k++) {
    const lo = anchor + k * depth;
    const hi = lo + depth;
    out.push({ lo, hi, stretches: freeStretches(f, lo, hi) });
  }
  return out;
}

/**
 * The stretches (s-ranges) of the band lo ≤ t ≤ hi that lie wholly inside the piece: inside along its middle line
 * (even–odd over every ring) and crossed by no edge. An edge entering the band blocks the stretch its part in the band
 * spans (so the band's depth is clear wherever it is not blocked).
 */
function freeStretches(f: Frame, lo: number, hi: number): [number, number][] {
  const mid = (lo + hi) / 2;
  const crossings: number[] = [];
  const blocked: [number, number][] = [];
  const a = lo + TOUCH_M;
  const b = hi - TOUCH_M;
  let start = 0;
  for (const end of f.ends) {
    for (let i = start; i < end; i++) {
      const j = i + 1 < end ? i + 1 : start;
      const s0 = f.s[i] as number;
      const t0 = f.t[i] as number;
      const s1 = f.s[j] as number;
      const t1 = f.t[j] as number;
      if (t0 > mid !== t1 > mid) crossings.push(s0 + ((mid - t0) * (s1 - s0)) / (t1 - t0));
      if (Math.max(t0, t1) <= a || Math.min(t0, t1) >= b) continue;
      // The part of the edge inside the band, as an s-range.
      let u0 = 0;
      let u1 = 1;
      if (t0 !== t1) {
        const ua = (a - t0) / (t1 - t0);
        const ub = (b - t0) / (t1 - t0);
        u0 = Math.max(0, Math.min(ua, ub));
        u1 = Math.min(1, Math.max(ua, ub));
      }
      const sa = s0 + u0 * (s1 - s0);
      const sb = s0 + u1 * (s1 - s0);
      blocked.push(sa < sb ? [sa, sb] : [sb, sa]);
    }
    start = end;
  }
  crossings.sort((p, q) => p - q);
  blocked.sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  let bi = 0;
  for (let c = 0; c + 1 < crossings.length; c += 2) {
    let from = crossings[c] as number;
    const to = crossings[c + 1] as number;
    // Blocks that end before this inside interval are behind us for every later interval too.
    while (bi < blocked.length && (blocked[bi]?.[1] as number) <= from) bi++;
    for (let k = bi; k < blocked.length && from < to; k++) {
      const [b0, b1] = blocked[k] as [number, number];
      if (b0 >= to) break;
      if (b1 <= from) continue;
      if (b0 > from) out.push([from, b0]);
      from = Math.max(from, b1);
    }
    if (to > from) out.push([from, to]);
  }
  return out;
}
