// A facility's rectangle on the map: built from a centre, a size and a rotation in the project's metric frame, and
// read back (centre, size) from a stored footprint so that a moved or rotated facility keeps its own size (a
// parking lot stretched to fill a leftover piece stays that size when moved).

import { rectangleRing } from '../../../shared/analysis/facilities/footprint';
import { cachedFrame } from '../../../shared/analysis/facilities/frames';
import type { Polygon, Position } from '../../../shared/model/geometry';

export interface RectSize {
  width_m: number; // the shorter side
  length_m: number; // the longer side
}

/** The width × length rectangle centred at `center` (lon/lat), long side `rotationDeg` clockwise from north. */
export function rectFootprint(center: Position, size: RectSize, rotationDeg: number, epsg: number): Polygon {
  const frame = cachedFrame(epsg);
  const c = frame.ringToMetric([center])[0] as Position;
  const ring = frame.ringToLngLat(rectangleRing(c, size.width_m, size.length_m, rotationDeg));
  const first = ring[0] as Position;
  return { type: 'Polygon', coordinates: [[...ring, [first[0], first[1]]]] };
}

/** Centre (lon/lat) and side lengths of a stored rectangular footprint (its first two edges). */
export function readRect(geometry: Polygon, epsg: number): { center: Position; size: RectSize } {
  const frame = cachedFrame(epsg);
  const ring = geometry.coordinates[0] ?? [];
  const open = ring.slice(0, Math.max(1, ring.length - 1));
  const m = frame.ringToMetric(open);
  let sx = 0;
  let sy = 0;
  for (const p of m) {
    sx += p[0];
    sy += p[1];
  }
  const n = Math.max(1, m.length);
  const center = frame.ringToLngLat([[sx / n, sy / n]])[0] as Position;
  const [a, b, c] = m;
  if (!a || !b || !c) return { center, size: { width_m: 0, length_m: 0 } };
  const e1 = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const e2 = Math.hypot(c[0] - b[0], c[1] - b[1]);
  return { center, size: { width_m: Math.min(e1, e2), length_m: Math.max(e1, e2) } };
}

/** Distance in metres between two lon/lat positions, in the project's frame. */
export function metresBetween(a: Position, b: Position, epsg: number): number {
  const [p, q] = cachedFrame(epsg).ringToMetric([a, b]) as [Position, Position];
  return Math.hypot(q[0] - p[0], q[1] - p[1]);
}
