import type { PathD, PathsD } from 'clipper2-ts';
import type { MetricFrame } from '../geo/crs';
import { type BBox, polygonRingsArea, ringBBox, signedRingArea } from '../geo/ring';
import type { Polygon, Position } from '../model/geometry';

// Bridges between stored lon/lat polygons and Clipper paths in the metric frame. Exterior rings come out
// counter-clockwise (positive area) and holes clockwise, whatever the input orientation, so the NonZero fill rule
// is right for unions of several polygons (EvenOdd would cancel where neighbours overlap).

/** Decimal places Clipper keeps on metric coordinates: millimetres (one grid for every analysis). */
export { PRECISION as CLIPPER_PRECISION } from '../geo/clipper';

export interface PolygonItem {
  id: string;
  geometry: Polygon;
}

export function polygonToPaths(polygon: Polygon, frame: MetricFrame): PathsD {
  return polygon.coordinates.map((ring, i) => {
    const m = frame.ringToMetric(ring.slice(0, -1));
    const path: PathD = m.map(([x, y]) => ({ x, y }));
    const positive = signedRingArea([...m, m[0] as Position]) > 0;
    return positive === (i === 0) ? path : path.reverse();
  });
}

export const pathToRing = (path: PathD): Position[] => {
  const ring = path.map((p): Position => [p.x, p.y]);
  if (ring[0]) ring.push([ring[0][0], ring[0][1]]);
  return ring;
};

/** Area in m² of a lon/lat polygon, through the frame. */
export const metricArea = (polygon: Polygon, frame: MetricFrame): number =>
  polygonRingsArea(polygon.coordinates.map((ring) => frame.ringToMetric(ring)));

/** Bounding box of the exterior ring in lon/lat (holes lie inside it). */
export const polygonBBox = (polygon: Polygon): BBox => ringBBox(polygon.coordinates[0] ?? []);
