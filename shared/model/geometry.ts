import { z } from 'zod';

// GeoJSON geometries as stored in the project (EPSG:4326). Rings are closed (first == last position).
const position = z.tuple([z.number().finite(), z.number().finite()]);
const ring = z
  .array(position)
  .min(4)
  .refine((r) => {
    const a = r[0];
    const b = r[r.length - 1];
    return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  }, 'ring must be closed');

export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const lineStringSchema = z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) });
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: position });
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});

export type Position = [number, number];
export type Polygon = z.infer<typeof polygonSchema>;
export type LineString = z.infer<typeof lineStringSchema>;
export type Point = z.infer<typeof pointSchema>;
export type MultiPolygon = z.infer<typeof multiPolygonSchema>;
export type Geometry = Polygon | MultiPolygon | LineString | Point;
