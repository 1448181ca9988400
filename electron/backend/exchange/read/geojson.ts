import { AppError } from '../../../../shared/model/errors';
import { codeFromCrsName } from '../import/prj';
import { MAX_TEXT_BYTES, readChecked } from './limits';
import { decodeAuto } from './text';
import { collectFields, type RawFeature, type RawGeometry, type SourceData } from './types';

// GeoJSON (RFC 7946 and the older 2008 form with a `crs` member, which GDAL still writes for projected data).
// A file without `crs` is lon/lat by the RFC; the importer still checks the extent.

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export function readGeojson(path: string): SourceData {
  return parseGeojson(path, readChecked(path, MAX_TEXT_BYTES));
}

/** A GeoJSON document's bytes (from a file, or a zip member named `path`). */
export function parseGeojson(path: string, bytes: Uint8Array): SourceData {
  const { text } = decodeAuto(bytes);
  if (text.trim() === '') throw new AppError('import.empty', { path });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new AppError('import.unreadable', { path, detail: `JSON 语法错误（${(e as Error).message}）` });
  }
  const features = toFeatures(doc, path);
  const crsName = (doc as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  const crs = typeof crsName === 'string' ? codeFromCrsName(crsName) : null;
  const notices =
    typeof crsName === 'string' && !crs ? [{ key: 'exchange.notice.crsUnreadable', params: { name: crsName } }] : [];
  return {
    format: 'geojson',
    sourceLayers: [],
    features,
    fields: collectFields(features),
    encoding: 'utf-8',
    crs,
    notices,
  };
}

function toFeatures(doc: unknown, path: string): RawFeature[] {
  const o = doc as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown };
  if (o && o.type === 'FeatureCollection' && Array.isArray(o.features)) {
    return o.features.map((f, i) => toFeature(f, path, i));
  }
  if (o && o.type === 'Feature') return [toFeature(o, path, 0)];
  if (o && typeof o.type === 'string' && GEOMETRY_TYPES.has(o.type))
    return [{ geometry: o as RawGeometry, properties: {} }];
  throw new AppError('import.unreadable', { path, detail: '不是 GeoJSON（缺少 FeatureCollection/Feature）' });
}

function toFeature(f: unknown, path: string, index: number): RawFeature {
  const o = f as { type?: unknown; geometry?: unknown; properties?: unknown };
  if (o?.type !== 'Feature')
    throw new AppError('import.unreadable', { path, detail: `第 ${index + 1} 个要素不是 Feature` });
  const g = o.geometry as { type?: unknown } | null | undefined;
  const geometry = g && typeof g.type === 'string' && GEOMETRY_TYPES.has(g.type) ? (g as RawGeometry) : null;
  const properties = o.properties && typeof o.properties === 'object' ? (o.properties as Record<string, unknown>) : {};
  return { geometry, properties };
}
