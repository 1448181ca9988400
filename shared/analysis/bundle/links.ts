import Flatbush from 'flatbush';
import { type BBox, ringBBox } from '../../geo/ring';
import { type MetricRings, ringsDistance } from './distance';
import type { UnionFind } from './union-find';

// Candidate pairs for single-linkage: a flatbush index over the compounds' metric bounding boxes, queried with
// each box grown by D. Only pairs whose boxes come within D of each other are measured — never all pairs.

/**
 * Projected coordinates are good to ~1 mm after lon/lat rounding (1e-8°), so a gap drawn at exactly D metres may
 * measure D ± 1.5 mm. Links are kept up to D + LINK_TOLERANCE_M: exactly D links, D + 1 cm does not.
 */
export const LINK_TOLERANCE_M = 0.005;

export interface LinkItem {
  rings: MetricRings;
  bbox: BBox;
}

/** An edge of the linkage graph between items a < b, with their boundary distance d (metres). */
export interface Link {
  a: number;
  b: number;
  d: number;
}

/** Bounding box of metric rings (the exterior ring holds the rest). */
export const metricBBox = (rings: MetricRings): BBox => ringBBox(rings[0] ?? []);

/**
 * Every pair within `distance_m` (plus LINK_TOLERANCE_M) that `canLink` allows, sorted by (d, a, b), each with
 * its exact distance. With `components`, only what the clustering needs: a pair already joined there is not
 * measured, each link found is joined into it, and its d is some distance ≤ D (the first segment pair found
 * within reach), not necessarily the smallest. Without size limits that is all single-linkage needs, and it
 * measures far fewer pairs.
 * @example findLinks(items, 150, (i, j) => street[i] === street[j]) // → [{ a: 0, b: 3, d: 0 }, …]
 */
export function findLinks(
  items: readonly LinkItem[],
  distance_m: number,
  canLink: (a: number, b: number) => boolean = () => true,
  components?: UnionFind,
): Link[] {
  const links: Link[] = [];
  if (items.length < 2) return links;
  const reach = distance_m + LINK_TOLERANCE_M;
  const tree = new Flatbush(items.length);
  for (const item of items) tree.add(item.bbox.minX, item.bbox.minY, item.bbox.maxX, item.bbox.maxY);
  tree.finish();
  const anyWithin = components !== undefined;
  items.forEach((item, a) => {
    const { minX, minY, maxX, maxY } = item.bbox;
    // The work happens in the filter, which keeps nothing: no result arrays are built per query.
    tree.search(minX - reach, minY - reach, maxX + reach, maxY + reach, (b) => {
      if (b <= a || !canLink(a, b) || (components && components.find(a) === components.find(b))) return false;
      const d = ringsDistance(item.rings, (items[b] as LinkItem).rings, reach, anyWithin);
      if (d <= reach) {
        links.push({ a, b, d });
        components?.union(a, b);
      }
      return false;
    });
  });
  return links.sort(compareLinks);
}

/** Shortest first; equal lengths by their ends, so every later step is deterministic. */
export const compareLinks = (x: Link, y: Link): number => x.d - y.d || x.a - y.a || x.b - y.b;
