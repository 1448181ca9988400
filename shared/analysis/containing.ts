import { pointInRings, polygonRingsArea, ringCentroid } from '../geo/ring';
import type { Point, Polygon, Position } from '../model/geometry';
import type { PolygonItem } from './metric-paths';

/**
 * The compound a building belongs to: the one whose polygon contains the building's centroid (for a point, the
 * point itself). Where compounds overlap, the smallest containing one wins (the most specific). A concave
 * footprint whose centroid falls outside it uses its first vertex-to-centroid midpoint inside it instead.
 * Planar on lon/lat, which is exact enough for containment at compound scale.
 * @example findContainingCompound(building.geometry, compounds)?.id // → 'c7…'
 */
export function findContainingCompound<C extends PolygonItem>(
  target: Polygon | Point | Position,
  compounds: readonly C[],
): C | null {
  const p = representativePoint(target);
  let best: C | null = null;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const c of compounds) {
    if (!pointInRings(p, c.geometry.coordinates)) continue;
    const area = polygonRingsArea(c.geometry.coordinates);
    if (area < bestArea) [best, bestArea] = [c, area];
  }
  return best;
}

function representativePoint(target: Polygon | Point | Position): Position {
  if (Array.isArray(target)) return [target[0], target[1]];
  if (target.type === 'Point') return [target.coordinates[0], target.coordinates[1]];
  const exterior = target.coordinates[0] ?? [];
  const c = ringCentroid(exterior);
  if (pointInRings(c, target.coordinates)) return c;
  for (const v of exterior) {
    const mid: Position = [(v[0] + c[0]) / 2, (v[1] + c[1]) / 2];
    if (pointInRings(mid, target.coordinates)) return mid;
  }
  return c;
}
