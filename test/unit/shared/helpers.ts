import { createMetricFrame, type MetricFrame } from '../../../shared/geo/crs';
import type { Polygon, Position } from '../../../shared/model/geometry';

// Fixtures for the shared geometry tests: rectangles laid out in metres of the demo's GK zone (EPSG:4544) around
// 106.2°E 27.4°N, converted to lon/lat like stored data, and deep-freezing so a mutating operation throws.

export const frame: MetricFrame = createMetricFrame(4544);
export const ORIGIN: Position = [618_000, 3_032_000];

/** Polygon from metre offsets relative to ORIGIN (closed automatically), in lon/lat. */
export function polygonFromMetres(points: readonly Position[], holes: readonly (readonly Position[])[] = []): Polygon {
  const toRing = (pts: readonly Position[]): Position[] => {
    const closed = [...pts, pts[0] as Position];
    return frame.ringToLngLat(closed.map((p): Position => [ORIGIN[0] + p[0], ORIGIN[1] + p[1]]));
  };
  return { type: 'Polygon', coordinates: [toRing(points), ...holes.map(toRing)] };
}

export const rectFromMetres = (x0: number, y0: number, x1: number, y1: number): Polygon =>
  polygonFromMetres([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
