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
  const depth = 2 * PARKING.stall_depth_m + PARKING.aisle_m;
  const a = (rect.angleDeg * Math.PI) / 180;
  // u along the long side (a bearing: clockwise from north), v across it.
  const ux = Math.sin(a);
  const uy = Math.cos(a);
  const vx = -uy;
  const vy = ux;
  const sc = rect.cx * ux + rect.cy * uy;
  const tc = rect.cx * vx + rect.cy * vy;
  let best = parkingStalls(rect.width, rect.length);
  for (const [alongX, alongY, acrossX, acrossY, lo, hi] of [
    [ux, uy, vx, vy, tc - rect.width / 2, tc + rect.width / 2], // rows along the long side
    [vx, vy, ux, uy, sc - rect.length / 2, sc + rect.length / 2], // rows across it
  ] as const) {
    const frame = project(rings, alongX, alongY, acrossX, acrossY);
    for (const anchor of [lo, hi - depth]) best = Math.max(best, bandStalls(frame, anchor, depth));
  }
  return best;
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

function project(rings: readonly PathD[], ax: number, ay: number, bx: number, by: number): Frame {
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

/** Stalls in the bands [anchor + k·depth, anchor + (k + 1)·depth] that lie within the piece's extent. */
function bandStalls(f: Frame, anchor: number, depth: number): number {
  let stalls = 0;
  const first = Math.ceil((f.minT - anchor) / depth - 1e-9);
  for (let k = first; anchor + (k + 1) * depth <= f.maxT + 1e-9; k++) {
    for (const len of freeStretches(f, anchor + k * depth, anchor + (k + 1) * depth))
      stalls += 2 * Math.floor((len + FIT_SLACK_M) / PARKING.stall_width_m);
  }
  return stalls;
}

/**
 * Lengths of the stretches of the band lo ≤ t ≤ hi that lie wholly inside the piece: inside along its middle line
 * (even–odd over every ring) and crossed by no edge. An edge entering the band blocks the stretch its part in the band
 * spans (so the band's depth is clear wherever it is not blocked).
 */
function freeStretches(f: Frame, lo: number, hi: number): number[] {
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
  const out: number[] = [];
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
      if (b0 > from) out.push(b0 - from);
      from = Math.max(from, b1);
    }
    if (to > from) out.push(to - from);
  }
  return out;
}
