import { createMetricFrame, gkZoneEpsg } from '../../../../shared/geo/crs';
import { normalizeRing, validatePolygon } from '../../../../shared/geo/validate';
import type { ImportLayer } from '../../../../shared/model/exchange';
import type { LineString, Point, Polygon, Position } from '../../../../shared/model/geometry';
import type { RawGeometry, RawPosition } from '../read/types';
import { makeValid } from './make-valid';
import { type PositionTransform, plausibleLngLat } from './transform';

// One source geometry → the stored geometries of the target layer, in lon/lat: transformed, exploded (a
// MultiPolygon becomes several compounds: the tables hold single polygons), closed, oriented, validated and,
// for self-intersections, repaired. Each outcome is reported so the import can count it.

export type TargetShape = 'polygon' | 'line' | 'point';
export const LAYER_SHAPE: Record<ImportLayer, TargetShape> = {
  compounds: 'polygon',
  buildings: 'polygon',
  site_areas: 'polygon',
  roads: 'line',
  pipelines: 'line',
  trees: 'point',
};

export type StoredGeometry = Polygon | LineString | Point;

export interface GeometryOutcome {
  parts: StoredGeometry[];
  /** Extra parts from splitting a multi-geometry. */
  split: number;
  invalid: number;
  fixed: number;
  /** Catalog keys of why parts were dropped. */
  dropped: string[];
}

const SHAPE_OF: Record<string, TargetShape> = {
  Point: 'point',
  MultiPoint: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'polygon',
  MultiPolygon: 'polygon',
};

/** The parts of `g` of the wanted shape (GeometryCollections flattened), in source coordinates. */
function explode(g: RawGeometry, shape: TargetShape, out: { coords: unknown[]; other: number }): void {
  if (g.type === 'GeometryCollection') {
    for (const c of g.geometries ?? []) explode(c, shape, out);
    return;
  }
  if (SHAPE_OF[g.type] !== shape) {
    out.other++;
    return;
  }
  if (g.type.startsWith('Multi')) for (const c of g.coordinates as unknown[]) out.coords.push(c);
  else out.coords.push(g.coordinates);
}

export function convertGeometry(g: RawGeometry, shape: TargetShape, transform: PositionTransform): GeometryOutcome {
  const res: GeometryOutcome = { parts: [], split: 0, invalid: 0, fixed: 0, dropped: [] };
  const ex = { coords: [] as unknown[], other: 0 };
  explode(g, shape, ex);
  if (ex.coords.length === 0) {
    res.dropped.push('exchange.skip.wrongGeometry');
    return res;
  }
  res.split = ex.coords.length - 1;
  const tf = (p: RawPosition): Position | null => {
    if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return null;
    const q = transform(p[0], p[1]);
    return plausibleLngLat(q) ? q : null;
  };
  for (const c of ex.coords) {
    if (shape === 'point') {
      const p = tf(c as RawPosition);
      if (p) res.parts.push({ type: 'Point', coordinates: p });
      else res.dropped.push('exchange.skip.outOfRange');
    } else if (shape === 'line') {
      const pts = (c as RawPosition[]).map(tf);
      if (pts.some((p) => p === null)) {
        res.dropped.push('exchange.skip.outOfRange');
        continue;
      }
      const line = dedupe(pts as Position[]);
      if (line.length < 2) res.dropped.push('exchange.skip.lineTooShort');
      else res.parts.push({ type: 'LineString', coordinates: line });
    } else polygonPart(c as RawPosition[][], tf, res);
  }
  return res;
}

function polygonPart(rings: RawPosition[][], tf: (p: RawPosition) => Position | null, res: GeometryOutcome): void {
  const lonlat: Position[][] = [];
  for (const ring of rings) {
    const pts = ring.map(tf);
    if (pts.some((p) => p === null)) {
      res.dropped.push('exchange.skip.outOfRange');
      return;
    }
    lonlat.push(pts as Position[]);
  }
  if (lonlat.length === 0 || (lonlat[0] as Position[]).length < 3) {
    res.invalid++;
    res.dropped.push('geo.invalid.tooFewPoints');
    return;
  }
  const polygon: Polygon = {
    type: 'Polygon',
    coordinates: lonlat.map((r, i) => normalizeRing(r, i === 0 ? 'ccw' : 'cw')),
  };
  // A hole that collapsed to a line is dropped rather than failing its polygon.
  polygon.coordinates = polygon.coordinates.filter((r, i) => i === 0 || r.length >= 4);
  const v = validatePolygon(polygon);
  if (v.valid) {
    res.parts.push(polygon);
    return;
  }
  res.invalid++;
  if (v.reason !== 'selfIntersection') {
    res.dropped.push(`geo.invalid.${v.reason}`);
    return;
  }
  const first = polygon.coordinates[0]?.[0] as Position;
  const repaired = makeValid(polygon, createMetricFrame(gkZoneEpsg(first[0])));
  if (repaired.length === 0) {
    res.dropped.push('geo.invalid.selfIntersection');
    return;
  }
  res.fixed++;
  res.split += repaired.length - 1;
  res.parts.push(...repaired);
}

function dedupe(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}
