import Flatbush from 'flatbush';
import type { Polygon, Position } from '../model/geometry';
import { samePosition, signedRingArea } from './ring';

// Polygon validation in the Terra Draw style: a result, never a throw, so a drawing tool can refuse a shape with
// a message (`geo.invalid.<reason>` in the catalog). Coordinates are lon/lat.

export type PolygonInvalidReason = 'tooFewPoints' | 'selfIntersection' | 'zeroArea' | 'ringNotClosed';
export type PolygonValidation = { valid: true } | { valid: false; reason: PolygonInvalidReason };

/** Below this many segments every pair is tested; above, candidate pairs come from a Flatbush index. */
const BRUTE_FORCE_SEGMENTS = 64;
/** 1e-12 deg² ≈ 0.01 m² at 27°N: anything smaller is a collapsed ring, not a compound or building. */
const MIN_AREA_DEG2 = 1e-12;

/**
 * Checks closure, vertex count, area and self-intersection (within a ring, and between rings: a hole may not
 * touch or cross the exterior or another hole, not even at one point).
 * @example validatePolygon({ type: 'Polygon', coordinates: [[[0,0],[1,1],[1,0],[0,1],[0,0]]] })
 *   // → { valid: false, reason: 'selfIntersection' } (a bow-tie)
 */
export function validatePolygon(p: Polygon): PolygonValidation {
  const rings: Position[][] = [];
  for (const raw of p.coordinates) {
    const first = raw[0];
    const last = raw[raw.length - 1];
    if (!first || !last || !samePosition(first, last)) return { valid: false, reason: 'ringNotClosed' };
    const ring = dropConsecutiveDuplicates(raw);
    if (ring.length < 4) return { valid: false, reason: 'tooFewPoints' };
    rings.push(ring);
  }
  if (rings.length === 0) return { valid: false, reason: 'tooFewPoints' };
  if (rings.some((r) => fanArea(r) < MIN_AREA_DEG2)) return { valid: false, reason: 'zeroArea' };
  if (hasSelfIntersection(rings)) return { valid: false, reason: 'selfIntersection' };
  return { valid: true };
}

/**
 * Closes the ring, drops consecutive duplicate vertices and orients it (exterior rings counter-clockwise per
 * RFC 7946; pass 'cw' for holes). Returns a new array.
 * @example normalizeRing([[0,0],[0,1],[0,1],[1,0]]) // → [[0,0],[1,0],[0,1],[0,0]]
 */
export function normalizeRing(ring: readonly Position[], orientation: 'ccw' | 'cw' = 'ccw'): Position[] {
  const closed = ring.map((p): Position => [p[0], p[1]]);
  const first = closed[0];
  const last = closed[closed.length - 1];
  if (first && last && !samePosition(first, last)) closed.push([first[0], first[1]]);
  const deduped = dropConsecutiveDuplicates(closed);
  const area = signedRingArea(deduped);
  const wantPositive = orientation === 'ccw';
  return area !== 0 && area > 0 !== wantPositive ? deduped.reverse() : deduped;
}

/**
 * Σ |triangle areas| of the fan from the first vertex: zero only when every vertex is collinear. (The signed
 * area is no test: a symmetric bow-tie has signed area zero but is a self-intersection.)
 */
function fanArea(ring: readonly Position[]): number {
  const o = ring[0] as Position;
  let sum = 0;
  for (let i = 1; i + 1 < ring.length; i++)
    sum += Math.abs(orient(o, ring[i] as Position, ring[i + 1] as Position)) / 2;
  return sum;
}

function dropConsecutiveDuplicates(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const prev = out[out.length - 1];
    if (!prev || !samePosition(prev, p)) out.push([p[0], p[1]]);
  }
  return out;
}

interface Segment {
  ring: number;
  index: number; // segment i joins vertex i and i+1
  a: Position;
  b: Position;
}

function hasSelfIntersection(rings: Position[][]): boolean {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      segments.push({ ring: r, index: i, a: ring[i] as Position, b: ring[i + 1] as Position });
    }
  });
  const ringLength = (r: number): number => (rings[r]?.length ?? 1) - 1; // segments in ring r
  const conflict = (s: Segment, u: Segment): boolean => {
    if (s.ring === u.ring) {
      const n = ringLength(s.ring);
      const gap = Math.abs(s.index - u.index);
      if (gap === 1 || gap === n - 1) return adjacentOverlap(s, u, gap === 1 ? s.index < u.index : s.index > u.index);
    }
    return segmentsIntersect(s.a, s.b, u.a, u.b);
  };
  if (segments.length <= BRUTE_FORCE_SEGMENTS) {
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) {
        if (conflict(segments[i] as Segment, segments[j] as Segment)) return true;
      }
    }
    return false;
  }
  const index = new Flatbush(segments.length);
  for (const s of segments) {
    index.add(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
  }
  index.finish();
  return segments.some((s, i) =>
    index
      .search(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]))
      .some((j) => j > i && conflict(s, segments[j] as Segment)),
  );
}

/** Adjacent segments share one endpoint; they conflict only if they fold back over each other. */
function adjacentOverlap(s: Segment, u: Segment, sFirst: boolean): boolean {
  const [first, second] = sFirst ? [s, u] : [u, s];
  // first.b === second.a; the spike A→B→A shows as A lying on the second segment (or C on the first).
  return onSegment(second.a, second.b, first.a) || onSegment(first.a, first.b, second.b);
}

const orient = (a: Position, b: Position, c: Position): number =>
  (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/** p lies on segment ab (collinear and within its box), endpoints excluded when p equals the shared vertex. */
function onSegment(a: Position, b: Position, p: Position): boolean {
  if (orient(a, b, p) !== 0) return false;
  const within =
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1]);
  return within && !samePosition(p, a);
}

/** Closed-segment intersection (touching counts), by orientation signs. */
export function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = Math.sign(orient(q1, q2, p1));
  const d2 = Math.sign(orient(q1, q2, p2));
  const d3 = Math.sign(orient(p1, p2, q1));
  const d4 = Math.sign(orient(p1, p2, q2));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  const within = (a: Position, b: Position, p: Position): boolean =>
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1]);
  return (
    (d1 === 0 && within(q1, q2, p1)) ||
    (d2 === 0 && within(q1, q2, p2)) ||
    (d3 === 0 && within(p1, p2, q1)) ||
    (d4 === 0 && within(p1, p2, q2))
  );
}
