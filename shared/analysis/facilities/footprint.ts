import type { Polygon, Position } from '../../model/geometry';
import type { FacilityType } from '../../standards/facilities';
import { cachedFrame } from './frames';

/**
 * The rectangle of a facility type centred at `center` (lon/lat): its long side (length_m) points `rotationDeg`
 * clockwise from north (grid north of the metric frame), its short side (width_m) across. Exterior ring
 * counter-clockwise, closed.
 * @example facilityFootprint(facilityType('parking')!, [106.2, 29.5], 90, 4544) // → a 20 m east–west rectangle
 */
export function facilityFootprint(
  type: FacilityType,
  center: Position,
  rotationDeg: number,
  metricEpsg: number,
): Polygon {
  const frame = cachedFrame(metricEpsg);
  const [cx, cy] = frame.ringToMetric([center])[0] as Position;
  const ring = rectangleRing([cx, cy], type.width_m, type.length_m, rotationDeg);
  const ll = frame.ringToLngLat(ring);
  ll.push([ll[0]?.[0] as number, ll[0]?.[1] as number]);
  return { type: 'Polygon', coordinates: [ll] };
}

/** The four corners (counter-clockwise, open) of a width × length rectangle in metric coordinates. */
export function rectangleRing(center: Position, width: number, length: number, angleDeg: number): Position[] {
  const a = (angleDeg * Math.PI) / 180;
  // Unit vector of the long side, clockwise from north (+y), and of the short side, 90° clockwise from it.
  const ux = Math.sin(a);
  const uy = Math.cos(a);
  const vx = uy;
  const vy = -ux;
  const hl = length / 2;
  const hw = width / 2;
  const corner = (s: number, t: number): Position => [
    center[0] + ux * hl * s + vx * hw * t,
    center[1] + uy * hl * s + vy * hw * t,
  ];
  const ring = [corner(-1, -1), corner(-1, 1), corner(1, 1), corner(1, -1)];
  // Keep counter-clockwise whatever the angle (the shoelace sign tells).
  let s = 0;
  for (let i = 0; i < 4; i++) {
    const p = ring[i] as Position;
    const q = ring[(i + 1) % 4] as Position;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s >= 0 ? ring : ring.reverse();
}
