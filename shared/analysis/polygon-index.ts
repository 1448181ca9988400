import Flatbush from 'flatbush';
import { type BBox, bboxesIntersect } from '../geo/ring';
import { type PolygonItem, polygonBBox } from './metric-paths';

// A bounding-box index over polygons (lon/lat). Below a few dozen items a linear scan is as fast as a tree, so
// the tree is only built for larger sets. Build it once per layer and reuse it across queries (a drag).

const TREE_FROM = 32;

export interface PolygonIndex<T extends PolygonItem> {
  readonly items: readonly T[];
  /** Items whose bbox intersects `box`, in input order. */
  search(box: BBox): T[];
}

export function indexPolygons<T extends PolygonItem>(items: readonly T[]): PolygonIndex<T> {
  const boxes = items.map((item) => polygonBBox(item.geometry));
  if (items.length < TREE_FROM) {
    return { items, search: (box) => items.filter((_, i) => bboxesIntersect(box, boxes[i] as BBox)) };
  }
  const tree = new Flatbush(items.length);
  for (const b of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
  tree.finish();
  return {
    items,
    search: (box) =>
      tree
        .search(box.minX, box.minY, box.maxX, box.maxY)
        .sort((a, b) => a - b)
        .map((i) => items[i] as T),
  };
}

export const isPolygonIndex = <T extends PolygonItem>(v: readonly T[] | PolygonIndex<T>): v is PolygonIndex<T> =>
  !Array.isArray(v);
