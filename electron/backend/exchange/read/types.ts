import type { ImportFormat } from '../../../../shared/model/exchange';

// What every reader returns: the source's features as GeoJSON-like geometries (any of the seven GeoJSON types,
// in the source's own coordinates) with their attributes, the CRS when the source says it, and notices for the
// preview. Readers hold one copy of the features; the importer consumes them in order.

export type RawPosition = number[];
export type RawGeometry =
  | { type: 'Point'; coordinates: RawPosition }
  | { type: 'MultiPoint'; coordinates: RawPosition[] }
  | { type: 'LineString'; coordinates: RawPosition[] }
  | { type: 'MultiLineString'; coordinates: RawPosition[][] }
  | { type: 'Polygon'; coordinates: RawPosition[][] }
  | { type: 'MultiPolygon'; coordinates: RawPosition[][][] }
  | { type: 'GeometryCollection'; geometries: RawGeometry[] };

export interface RawFeature {
  geometry: RawGeometry | null;
  properties: Record<string, unknown>;
}

/** A message for the user: a catalog key (shared/i18n/exchange-import.ts) and its params. */
export interface Notice {
  key: string;
  params: Record<string, string | number>;
}

export interface SourceData {
  format: ImportFormat;
  sourceLayers: string[];
  features: RawFeature[];
  /** Attribute names in source order. */
  fields: string[];
  encoding: string | null;
  /** 'EPSG:n' as read from the source; null when it says nothing (or something unusable: see notices). */
  crs: string | null;
  notices: Notice[];
}

/** Called every ~2,000 features by readers that stream, so a large file can report progress and be cancelled. */
export type Tick = (done: number) => Promise<void>;

export interface ReadOptions {
  encoding?: string | undefined;
  sourceLayer?: string | undefined;
}

/** Ordered union of property names over all features (first seen first). */
export function collectFields(features: readonly RawFeature[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties)) seen.add(k);
  return [...seen];
}
