// Snapping (issue 2 §4): the pointer snaps to the nearest vertex of another feature within the tolerance, else to
// the nearest point on an edge. The index is a flatbush over the features' bboxes in lon/lat (one entry per
// feature, not per segment: rebuilding it after each change must stay cheap at 60,000 buildings); a query walks
// the segments of the few features near the pointer. Distances are measured in screen pixels, because the
// tolerance is what the user sees.
import Flatbush from 'flatbush';
import type { Position } from '../../../../shared/model/geometry';
import type { FeatureTableName } from '../../../../shared/model/tables';

/** Tables whose vertices and edges the pointer snaps to (polygons, and pipelines as open lines). */
export type SnapTable = FeatureTableName | 'pipelines' | 'roads' | 'site_areas';

import { type BBox, bboxesIntersect, extend } from './ring';

export type Px = readonly [number, number];

export interface Projection {
  project(p: Position): Px;
  unproject(px: Px): Position;
}

export interface SnapSource {
  table: SnapTable;
  /** Polygon rings (closed), or a line's vertices as one open sequence. */
  id: string;
  rings: readonly (readonly Position[])[];
}

export interface SnapIndex {
  sources: SnapSource[];
  tree: Flatbush | null; // null when there is nothing to snap to (flatbush refuses 0 items)
}

export interface SnapResult {
  lngLat: Position;
  kind: 'vertex' | 'edge';
  /** Screen distance from the pointer, px. */
  distance: number;
}

export const featureKey = (table: SnapTable | 'trees', id: string): string => `${table}:${id}`;

export function buildSnapIndex(sources: SnapSource[]): SnapIndex {
  if (sources.length === 0) return { sources, tree: null };
  const tree = new Flatbush(sources.length);
  for (const s of sources) {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of s.rings) for (const p of ring) extend(box, p);
    tree.add(box[0], box[1], box[2], box[3]);
  }
  tree.finish();
  return { sources, tree };
}

/**
 * Snaps a pointer (screen px) to the index: a vertex within `tolerancePx` wins over any edge; the vertex's stored
 * coordinates are returned exactly, so a snapped vertex equals its target bit for bit. Features whose key is in
 * `exclude` are ignored (the feature being edited). Returns null when nothing is in reach.
 * @example snapPoint([100, 100], index, map, 10) // → { lngLat: [106.2, 27.4], kind: 'vertex', distance: 4 }
 */
export function snapPoint(
  pointerPx: Px,
  index: SnapIndex,
  projection: Projection,
  tolerancePx: number,
  exclude: ReadonlySet<string> = new Set(),
): SnapResult | null {
  if (!index.tree) return null;
  const [x, y] = pointerPx;
  const corners = [
    projection.unproject([x - tolerancePx, y - tolerancePx]),
    projection.unproject([x + tolerancePx, y + tolerancePx]),
  ];
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  const query: BBox = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  let vertex: SnapResult | null = null;
  let edge: SnapResult | null = null;
  for (const i of index.tree.search(...query)) {
    const source = index.sources[i];
    if (!source || exclude.has(featureKey(source.table, source.id))) continue;
    for (const ring of source.rings) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const a = ring[k] as Position;
        const b = ring[k + 1] as Position;
        const segBox: BBox = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
        if (!bboxesIntersect(segBox, query)) continue;
        const pa = projection.project(a);
        const pb = projection.project(b);
        for (const [p, pos] of [
          [pa, a],
          [pb, b],
        ] as const) {
          const d = Math.hypot(p[0] - x, p[1] - y);
          if (d <= tolerancePx && (!vertex || d < vertex.distance))
            vertex = { lngLat: pos, kind: 'vertex', distance: d };
        }
        const t = closestT(pa, pb, pointerPx);
        const q: Px = [pa[0] + t * (pb[0] - pa[0]), pa[1] + t * (pb[1] - pa[1])];
        const d = Math.hypot(q[0] - x, q[1] - y);
        if (d <= tolerancePx && (!edge || d < edge.distance)) {
          // Interpolate in lon/lat so the point lies on the stored segment itself.
          const lngLat: Position = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
          edge = { lngLat, kind: 'edge', distance: d };
        }
      }
    }
  }
  if (vertex) return { ...vertex, lngLat: [vertex.lngLat[0], vertex.lngLat[1]] };
  return edge;
}

/** Parameter (0..1) of the point of segment a–b closest to p. */
function closestT(a: Px, b: Px, p: Px): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  return Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
}
