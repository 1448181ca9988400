import type { MetricFrame } from '../../geo/crs';
import { pointInRings } from '../../geo/ring';
import type { Polygon, Position } from '../../model/geometry';

// Boundary-to-boundary distance between polygons (issue 3 §2: not centroid distance), exact in the plane of the
// project's metric frame: the smallest distance between any two boundary segments, or 0 when the polygons touch,
// cross or one lies inside the other. Holes count as boundary: a polygon inside another's hole is as far away as
// the hole's edge.

/** Rings of a polygon in metres (closed, as stored): the form bundling works on after one projection. */
export type MetricRings = readonly (readonly Position[])[];

/** Projects a lon/lat polygon into the frame, every ring (holes included). */
export const toMetricRings = (polygon: Polygon, frame: MetricFrame): Position[][] =>
  polygon.coordinates.map((ring) => frame.ringToMetric(ring));

const pointSegmentDistance2 = (px: number, py: number, ax: number, ay: number, bx: number, by: number): number => {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  let t = len2 === 0 ? 0 : ((px - ax) * vx + (py - ay) * vy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const dx = ax + t * vx - px;
  const dy = ay + t * vy - py;
  return dx * dx + dy * dy;
};

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Squared distance between segments ab and cd; 0 when they cross or touch. */
export function segmentDistance2(a: Position, b: Position, c: Position, d: Position): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const [cx, cy] = c;
  const [dx, dy] = d;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  // A proper crossing; touching and collinear overlaps come out as 0 from the endpoint distances below.
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return 0;
  return Math.min(
    pointSegmentDistance2(ax, ay, cx, cy, dx, dy),
    pointSegmentDistance2(bx, by, cx, cy, dx, dy),
    pointSegmentDistance2(cx, cy, ax, ay, bx, by),
    pointSegmentDistance2(dx, dy, ax, ay, bx, by),
  );
}

/**
 * Distance in metres between two polygons given as metric rings; 0 when they touch, overlap or nest.
 * With a `cutoff`, any distance above it may come back as some value above it (pairs of segments whose boxes
 * are already farther apart than the best so far or the cutoff are skipped); at or below it, it is exact.
 * With `anyWithin`, the first distance found within the cutoff is returned (enough to know that two link).
 * @example ringsDistance(squareAt(0, 0, 10), squareAt(25, 0, 10)) // → 15
 */
export function ringsDistance(
  a: MetricRings,
  b: MetricRings,
  cutoff = Number.POSITIVE_INFINITY,
  anyWithin = false,
): number {
  let best = cutoff === Number.POSITIVE_INFINITY ? cutoff : cutoff * cutoff * (1 + 1e-12);
  let found = false;
  for (const ra of a) {
    for (let i = 0; i + 1 < ra.length; i++) {
      const p = ra[i] as Position;
      const q = ra[i + 1] as Position;
      const pMinX = p[0] < q[0] ? p[0] : q[0];
      const pMaxX = p[0] < q[0] ? q[0] : p[0];
      const pMinY = p[1] < q[1] ? p[1] : q[1];
      const pMaxY = p[1] < q[1] ? q[1] : p[1];
      for (const rb of b) {
        for (let j = 0; j + 1 < rb.length; j++) {
          const c = rb[j] as Position;
          const d = rb[j + 1] as Position;
          // The gap between the two segments' boxes is a lower bound of their distance.
          const gx = Math.max(0, (c[0] < d[0] ? c[0] : d[0]) - pMaxX, pMinX - (c[0] < d[0] ? d[0] : c[0]));
          const gy = Math.max(0, (c[1] < d[1] ? c[1] : d[1]) - pMaxY, pMinY - (c[1] < d[1] ? d[1] : c[1]));
          if (gx * gx + gy * gy > best) continue;
          const d2 = segmentDistance2(p, q, c, d);
          if (d2 <= best) {
            if (d2 === 0 || anyWithin) return Math.sqrt(d2);
            best = d2;
            found = true;
          }
        }
      }
    }
  }
  // No boundary contact: the polygons are apart unless one lies wholly inside the other.
  const firstA = a[0]?.[0];
  const firstB = b[0]?.[0];
  if ((firstA && pointInRings(firstA, b as Position[][])) || (firstB && pointInRings(firstB, a as Position[][])))
    return 0;
  return found ? Math.sqrt(best) : Number.POSITIVE_INFINITY;
}

/**
 * Boundary distance in metres between two lon/lat polygons, measured in the metric frame.
 * @example boundaryDistance(compoundA.geometry, compoundB.geometry, createMetricFrame(4544)) // → 42.7
 */
export const boundaryDistance = (a: Polygon, b: Polygon, frame: MetricFrame): number =>
  ringsDistance(toMetricRings(a, frame), toMetricRings(b, frame));
