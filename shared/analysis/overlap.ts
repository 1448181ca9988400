import { Clipper, FillRule } from 'clipper2-ts';
import type { MetricFrame } from '../geo/crs';
import type { Polygon } from '../model/geometry';
import { CLIPPER_PRECISION, type PolygonItem, polygonBBox, polygonToPaths } from './metric-paths';
import { indexPolygons, isPolygonIndex, type PolygonIndex } from './polygon-index';

export { clipToNeighbours } from './clip';

export interface Overlap {
  id: string;
  /** Area of the intersection in m² (metric frame). */
  areaM2: number;
}

/** Overlaps below this are shared edges and rounding, not overlaps (1 dm²). */
export const MIN_OVERLAP_M2 = 0.01;

/**
 * Which of `others` the candidate overlaps, and by how much, largest first. Neighbours that only share an edge
 * or a vertex do not overlap. Bounding boxes prefilter (a Flatbush tree for larger sets; pass an index built
 * with indexPolygons to reuse it); Clipper intersects in the metric frame.
 * @example findOverlaps(drawn, compounds, frame) // → [{ id: 'c1', areaM2: 412.5 }]
 */
export function findOverlaps(
  candidate: Polygon,
  others: readonly PolygonItem[] | PolygonIndex<PolygonItem>,
  frame: MetricFrame,
  opts: { minAreaM2?: number; ignoreId?: string } = {},
): Overlap[] {
  const index = isPolygonIndex(others) ? others : indexPolygons(others);
  const near = index.search(polygonBBox(candidate)).filter((o) => o.id !== opts.ignoreId);
  if (near.length === 0) return [];
  const subject = polygonToPaths(candidate, frame);
  const minArea = opts.minAreaM2 ?? MIN_OVERLAP_M2;
  const found: Overlap[] = [];
  for (const other of near) {
    const shared = Clipper.intersectD(
      subject,
      polygonToPaths(other.geometry, frame),
      FillRule.NonZero,
      CLIPPER_PRECISION,
    );
    const areaM2 = Math.abs(Clipper.areaPathsD(shared));
    if (areaM2 >= minArea) found.push({ id: other.id, areaM2 });
  }
  return found.sort((a, b) => b.areaM2 - a.areaM2);
}
