// Which features lie under a point or a box, computed from the rows (not from rendered tiles) so the select tool
// is testable without a map. A flatbush over feature bboxes keeps it from comparing every feature.
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Polygon, Position } from '../../../../shared/model/geometry';
import type { FeatureTableName } from '../../../../shared/model/tables';
import { type BBox, polygonBBox } from './ring';

export interface HitFeature {
  /** Site areas (issue 4) are picked like buildings: they lie inside compounds. */
  table: FeatureTableName | 'site_areas';
  id: string;
  geometry: Polygon;
}

export interface HitIndex {
  features: HitFeature[];
  boxes: BBox[];
  tree: Flatbush | null;
}

export function buildHitIndex(features: HitFeature[]): HitIndex {
  const boxes = features.map((f) => polygonBBox(f.geometry));
  if (features.length === 0) return { features, boxes, tree: null };
  const tree = new Flatbush(features.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return { features, boxes, tree };
}

/** Ray casting over every ring (holes included: even-odd). */
export function pointInPolygon(p: Position, poly: Polygon): boolean {
  let inside = false;
  for (const ring of poly.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (!a || !b) continue;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
    }
  }
  return inside;
}

const bboxArea = (b: BBox): number => (b[2] - b[0]) * (b[3] - b[1]);

/** Features containing `p`, topmost first: buildings over compounds, then the smaller over the larger. */
export function featuresAt(index: HitIndex, p: Position): HitFeature[] {
  if (!index.tree) return [];
  const ids = index.tree.search(p[0], p[1], p[0], p[1]);
  const hits = ids.filter((i) => {
    const f = index.features[i];
    return f !== undefined && pointInPolygon(p, f.geometry);
  });
  hits.sort((a, b) => rank(index, a) - rank(index, b));
  return hits.map((i) => index.features[i] as HitFeature);
}

function rank(index: HitIndex, i: number): number {
  const f = index.features[i] as HitFeature;
  const box = index.boxes[i] as BBox;
  return (f.table === 'compounds' ? 1e6 : 0) + bboxArea(box);
}

/** Features whose bbox meets `box` and which themselves intersect it. */
export function featuresInBox(index: HitIndex, box: BBox): HitFeature[] {
  if (!index.tree) return [];
  const area = bboxPolygon(box);
  return index.tree
    .search(box[0], box[1], box[2], box[3])
    .map((i) => index.features[i] as HitFeature)
    .filter((f) => booleanIntersects(area, { type: 'Feature', properties: {}, geometry: f.geometry }));
}
