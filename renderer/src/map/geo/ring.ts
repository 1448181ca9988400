// Small pure helpers on polygon rings (closed: first === last). They never mutate their input.
import type { Polygon, Position } from '../../../../shared/model/geometry';

/** Two positions closer than this (degrees, ~0.1 mm) are the same vertex: shared boundaries match to it. */
export const SAME_VERTEX_EPS = 1e-9;

export const samePosition = (a: Position, b: Position, eps = SAME_VERTEX_EPS): boolean =>
  Math.abs(a[0] - b[0]) <= eps && Math.abs(a[1] - b[1]) <= eps;

/** The ring's distinct vertices, without the closing repeat. */
export const openRing = (ring: readonly Position[]): Position[] => ring.slice(0, -1).map((p) => [p[0], p[1]]);

/** Closes a vertex list into a ring by repeating its first vertex. */
export function closeRing(vertices: readonly Position[]): Position[] {
  const first = vertices[0];
  const copy = vertices.map((p): Position => [p[0], p[1]]);
  return first ? [...copy, [first[0], first[1]]] : copy;
}

/** A polygon from one outer ring of distinct vertices. */
export const polygonFrom = (vertices: readonly Position[]): Polygon => ({
  type: 'Polygon',
  coordinates: [closeRing(vertices)],
});

/** Replaces the distinct vertex `index` of ring `ringIndex` (keeping the ring closed). */
export function withVertex(poly: Polygon, ringIndex: number, index: number, pos: Position): Polygon {
  return mapRing(poly, ringIndex, (v) => v.map((p, i) => (i === index ? [pos[0], pos[1]] : p)));
}

/** Inserts `pos` as the distinct vertex at `index` (before the vertex now there). */
export function withInsertedVertex(poly: Polygon, ringIndex: number, index: number, pos: Position): Polygon {
  return mapRing(poly, ringIndex, (v) => [...v.slice(0, index), [pos[0], pos[1]], ...v.slice(index)]);
}

export function withoutVertex(poly: Polygon, ringIndex: number, index: number): Polygon {
  return mapRing(poly, ringIndex, (v) => v.filter((_, i) => i !== index));
}

function mapRing(poly: Polygon, ringIndex: number, f: (vertices: Position[]) => Position[]): Polygon {
  return {
    type: 'Polygon',
    coordinates: poly.coordinates.map((ring, r) => (r === ringIndex ? closeRing(f(openRing(ring))) : ring)),
  };
}

export function translatePolygon(poly: Polygon, dLon: number, dLat: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: poly.coordinates.map((ring) => ring.map((p): Position => [p[0] + dLon, p[1] + dLat])),
  };
}

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

export function polygonBBox(poly: Polygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of poly.coordinates) for (const p of ring) extend(box, p);
  return box;
}

export function extend(box: BBox, p: Position): void {
  box[0] = Math.min(box[0], p[0]);
  box[1] = Math.min(box[1], p[1]);
  box[2] = Math.max(box[2], p[0]);
  box[3] = Math.max(box[3], p[1]);
}

export const bboxesIntersect = (a: BBox, b: BBox): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
