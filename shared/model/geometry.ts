import { z } from 'zod';

// GeoJSON geometries as stored in the project (EPSG:4326). Rings are closed (first == last position).
//
// Coordinates are checked by hand-written loops wrapped in zod, not by nested zod arrays and tuples: an import
// puts tens of thousands of rows through the write path, and per-position zod parsing (with a copy of every
// array) was a third of its validation time. The checks are the same: positions are two finite numbers, a ring
// has ≥ 4 positions and is closed, a line ≥ 2 positions, a polygon ≥ 1 ring, a multipolygon ≥ 1 polygon.

type Issue = string | null;

const positionIssue = (p: unknown): Issue =>
  Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])
    ? null
    : 'position must be two finite numbers';

function positionsIssue(list: unknown, min: number): Issue {
  if (!Array.isArray(list)) return 'expected an array of positions';
  if (list.length < min) return `expected at least ${min} positions`;
  for (let i = 0; i < list.length; i++) {
    const issue = positionIssue(list[i]);
    if (issue) return `position ${i}: ${issue}`;
  }
  return null;
}

function ringIssue(r: unknown): Issue {
  const issue = positionsIssue(r, 4);
  if (issue) return issue;
  const ring = r as Position[];
  const a = ring[0] as Position;
  const b = ring[ring.length - 1] as Position;
  return a[0] === b[0] && a[1] === b[1] ? null : 'ring must be closed';
}

function ringsIssue(rings: unknown): Issue {
  if (!Array.isArray(rings) || rings.length === 0) return 'expected at least one ring';
  for (let i = 0; i < rings.length; i++) {
    const issue = ringIssue(rings[i]);
    if (issue) return `ring ${i}: ${issue}`;
  }
  return null;
}

function polygonsIssue(polygons: unknown): Issue {
  if (!Array.isArray(polygons) || polygons.length === 0) return 'expected at least one polygon';
  for (let i = 0; i < polygons.length; i++) {
    const issue = ringsIssue(polygons[i]);
    if (issue) return `polygon ${i}: ${issue}`;
  }
  return null;
}

/** A zod schema for coordinates of type T, checked by `issueOf` (null = valid). */
const coordinates = <T>(issueOf: (v: unknown) => Issue) =>
  z.custom<T>().check((ctx) => {
    const message = issueOf(ctx.value);
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: coordinates<Position[][]>(ringsIssue),
});
export const lineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: coordinates<Position[]>((v) => positionsIssue(v, 2)),
});
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: coordinates<Position>(positionIssue) });
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: coordinates<Position[][][]>(polygonsIssue),
});

export type Position = [number, number];
export type Polygon = z.infer<typeof polygonSchema>;
export type LineString = z.infer<typeof lineStringSchema>;
export type Point = z.infer<typeof pointSchema>;
export type MultiPolygon = z.infer<typeof multiPolygonSchema>;
export type Geometry = Polygon | MultiPolygon | LineString | Point;
