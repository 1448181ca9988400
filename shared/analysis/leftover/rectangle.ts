import type { PathD } from 'clipper2-ts';
import type { Position } from '../../model/geometry';
import { rectangleRing } from '../facilities/footprint';
import { largestAxisBox } from './axis-box';
import { flatRings } from './flat';

// The best-fitting rectangle of a piece: an approximation of its largest inscribed rectangle (issue 4 §2), the
// rectangle "what fits" counts facilities in. Method:
// 1. Candidate orientations: the directions of the piece's outer edges, folded modulo 90° and ranked by the total
//    edge length along them (land left between buildings and roads runs along their edges), plus the orientation of
//    the minimum-area bounding rectangle of the convex hull. At most MAX_ANGLES are tried.
// 2. For each orientation the piece is rotated so that direction is the x axis and its largest axis-aligned box is
//    found on a grid, then grown to the edges (axis-box.ts), unless a cheap upper bound shows that no box in that
//    orientation can beat the best found so far (most second and third orientations of a strip).
// The result is a lower bound of the true largest inscribed rectangle, typically within a few per cent of it.

const MAX_ANGLES = 3;
/**
 * Below this share of the piece's area the first boxes are searched again on finer grids: 0.4 % of the bench's pieces
 * (strips between buildings mostly get 50–95 %), but every piece whose first grid found no box at all.
 */
const REFINE_SHARE = 0.3;

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

export function bestRectangle(rings: readonly PathD[]): MetricRect | null {
  const outer = rings[0];
  if (!outer || outer.length < 3) return null;
  // Early exit (exact): no rectangle beats the piece's own area, nor the bounding box of the piece in its orientation,
  // so an orientation whose bound does not exceed the best found cannot win and is skipped.
  const pieceArea = rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
  const { x, y, ends } = flatRings(rings);
  const n = x.length;
  const outerEnd = ends[0] as number;
  const rx = new Float64Array(n);
  const ry = new Float64Array(n);
  const box = new Float64Array(4); // [x0, y0, x1, y1] in the rotated frame
  const bestBox = new Float64Array(4);
  let bestTheta = 0;
  let bestArea = -1; // no box yet
  const angles = candidateAngles(x, y, outerEnd);
  // A second pass on finer grids when the first found nothing or a box far smaller than the piece (axis-box.ts).
  for (const refine of [false, true]) {
    if (refine && bestArea >= REFINE_SHARE * pieceArea) break;
    for (const theta of angles) {
      const cos = Math.cos(-theta);
      const sin = Math.sin(-theta);
      for (let i = 0; i < n; i++) {
        const px = x[i] as number;
        const py = y[i] as number;
        rx[i] = px * cos - py * sin;
        ry[i] = px * sin + py * cos;
      }
      if (bestArea >= 0 && Math.min(pieceArea, bboxArea(rx, ry, outerEnd)) <= bestArea) continue;
      if (!largestAxisBox(rx, ry, ends, box, bestArea, refine)) continue;
      const area = ((box[2] as number) - (box[0] as number)) * ((box[3] as number) - (box[1] as number));
      if (bestArea < 0 || area > bestArea) {
        bestArea = area;
        bestTheta = theta;
        bestBox.set(box);
      }
    }
  }
  if (bestArea < 0) return null;
  const theta = bestTheta;
  const x0 = bestBox[0] as number;
  const y0 = bestBox[1] as number;
  const x1 = bestBox[2] as number;
  const y1 = bestBox[3] as number;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const cx = mx * Math.cos(theta) - my * Math.sin(theta);
  const cy = mx * Math.sin(theta) + my * Math.cos(theta);
  const w = x1 - x0;
  const h = y1 - y0;
  // Long side along the rotated x axis (math angle theta) or its normal; bearings are clockwise from north.
  const longMath = w >= h ? theta : theta + Math.PI / 2;
  let angleDeg = 90 - (longMath * 180) / Math.PI;
  angleDeg = ((angleDeg % 180) + 180) % 180;
  const width = Math.min(w, h);
  const length = Math.max(w, h);
  return { cx, cy, width, length, angleDeg, corners: rectangleRing([cx, cy], width, length, angleDeg) };
}

/** Scratch of candidateAngles: edge length and first edge per 1° bin. */
const WEIGHTS = new Float64Array(90);
const FIRST = new Int32Array(90);

/** Candidate orientations (radians, in [0, π/2)), best first, from the outer ring (vertices [0, n) of x, y). */
function candidateAngles(x: Float64Array, y: Float64Array, n: number): number[] {
  // Edge length per 1° bin; ties rank by the bin's first edge.
  const weights = WEIGHTS.fill(0);
  const first = FIRST.fill(-1);
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const dx = (x[j] as number) - (x[i] as number);
    const dy = (y[j] as number) - (y[i] as number);
    const len = Math.sqrt(dx * dx + dy * dy);
    if (len === 0) continue;
    let ang = Math.atan2(dy, dx) % (Math.PI / 2);
    if (ang < 0) ang += Math.PI / 2;
    const key = Math.round((ang * 180) / Math.PI) % 90; // 1° bins
    if ((first[key] as number) < 0) first[key] = i;
    weights[key] = (weights[key] as number) + len;
  }
  const out: number[] = [];
  const hull = minAreaRectAngle(x, y, n);
  if (hull !== null) out.push(hull);
  while (out.length < MAX_ANGLES) {
    let pick = -1;
    for (let k = 0; k < 90; k++) {
      if ((first[k] as number) < 0 || out.includes(k)) continue;
      const better =
        pick < 0 ||
        (weights[k] as number) > (weights[pick] as number) ||
        ((weights[k] as number) === (weights[pick] as number) && (first[k] as number) < (first[pick] as number));
      if (better) pick = k;
    }
    if (pick < 0) break;
    out.push(pick);
  }
  return out.map((deg) => (deg * Math.PI) / 180);
}

/** Orientation (whole degrees, mod 90) of the minimum-area bounding rectangle, by rotating calipers on the hull. */
function minAreaRectAngle(x: Float64Array, y: Float64Array, n: number): number | null {
  const hull = convexHull(x, y, n);
  const h = hull.length;
  if (h < 3) return null;
  // The hull's coordinates, contiguous: the loop below reads each h times.
  const hx = new Float64Array(h);
  const hy = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    hx[i] = x[hull[i] as number] as number;
    hy[i] = y[hull[i] as number] as number;
  }
  let bestArea = Number.POSITIVE_INFINITY;
  let bestAngle = 0;
  for (let i = 0; i < h; i++) {
    const j = (i + 1) % h;
    const ang = Math.atan2((hy[j] as number) - (hy[i] as number), (hx[j] as number) - (hx[i] as number));
    const c = Math.cos(ang);
    const s = Math.sin(ang);
    let minU = Number.POSITIVE_INFINITY;
    let maxU = Number.NEGATIVE_INFINITY;
    let minV = Number.POSITIVE_INFINITY;
    let maxV = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < h; k++) {
      const px = hx[k] as number;
      const py = hy[k] as number;
      const u = px * c + py * s;
      const v = -px * s + py * c;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) [bestArea, bestAngle] = [area, ang];
  }
  let deg = Math.round((bestAngle * 180) / Math.PI) % 90;
  if (deg < 0) deg += 90;
  return deg;
}

/** Monotone chain on the vertices [0, n) of x, y: hull vertex indices, counter-clockwise. */
function convexHull(x: Float64Array, y: Float64Array, n: number): number[] {
  const order = byXThenY(x, y, n);
  const cross = (o: number, a: number, b: number): number =>
    ((x[a] as number) - (x[o] as number)) * ((y[b] as number) - (y[o] as number)) -
    ((y[a] as number) - (y[o] as number)) * ((x[b] as number) - (x[o] as number));
  const hull: number[] = [];
  // Lower chain left to right, then upper chain right to left; each drops its last point (the other's first).
  for (const backwards of [false, true]) {
    const base = hull.length;
    for (let k = 0; k < n; k++) {
      const p = order[backwards ? n - 1 - k : k] as number;
      while (hull.length >= base + 2 && cross(hull[hull.length - 2] as number, hull[hull.length - 1] as number, p) <= 0)
        hull.pop();
      hull.push(p);
    }
    hull.pop();
  }
  return hull;
}

/** Indices [0, n) by x, then y, stably: insertion sort for the usual few dozen vertices, else the array sort. */
function byXThenY(x: Float64Array, y: Float64Array, n: number): Int32Array {
  if (n > 64) {
    const sorted = Array.from({ length: n }, (_, i) => i).sort(
      (p, q) => (x[p] as number) - (x[q] as number) || (y[p] as number) - (y[q] as number),
    );
    return Int32Array.from(sorted);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    let j = i;
    for (; j > 0; j--) {
      const p = order[j - 1] as number;
      const dx = (x[p] as number) - xi;
      if (!(dx > 0 || (dx === 0 && (y[p] as number) - yi > 0))) break;
      order[j] = p;
    }
    order[j] = i;
  }
  return order;
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

/** Area of the bbox of the vertices [0, end) of x, y. */
function bboxArea(x: Float64Array, y: Float64Array, end: number): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < end; i++) {
    const px = x[i] as number;
    const py = y[i] as number;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  return (maxX - minX) * (maxY - minY);
}
