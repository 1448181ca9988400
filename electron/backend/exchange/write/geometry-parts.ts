import type { Geometry, Position } from '../../../../shared/model/geometry';

// Geometry as the flat formats need it: a list of polygons (each a list of rings) for Polygon and MultiPolygon,
// the line of a LineString, the position of a Point.

export type GeometryFamily = 'polygon' | 'line' | 'point';

export const familyOf = (g: Geometry): GeometryFamily =>
  g.type === 'Polygon' || g.type === 'MultiPolygon' ? 'polygon' : g.type === 'LineString' ? 'line' : 'point';

/** Polygons of a (Multi)Polygon; empty for other geometries. */
export function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** A point inside-ish a geometry for a label: the first ring's vertex average, a line's middle vertex, the point. */
export function labelPoint(g: Geometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') {
    const c = g.coordinates;
    const mid = Math.floor((c.length - 1) / 2);
    const a = c[mid] as Position;
    const b = c[mid + 1] ?? a;
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  }
  const ring = polygonsOf(g)[0]?.[0] ?? [];
  const n = Math.max(1, ring.length - 1);
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += (ring[i] as Position)[0];
    y += (ring[i] as Position)[1];
  }
  return [x / n, y / n];
}
