import DxfParser from 'dxf-parser';
import { AppError } from '../../../../shared/model/errors';
import { MAX_TEXT_BYTES, readChecked } from './limits';
import { decodeAuto, decodeText, normalizeEncoding } from './text';
import type { Notice, RawFeature, RawPosition, ReadOptions, SourceData } from './types';

// DXF from surveyors and CAD: closed polylines become polygons, open ones lines (said in a notice, since a
// compound outline left open in CAD is a common slip), points and circle centres points, all tagged with their
// CAD layer. Coordinates are whatever the drawing used (usually a CGCS2000 GK zone): the user confirms the CRS.
// Old DXF files (AutoCAD 2004 and before) store Chinese text as GBK ($DWGCODEPAGE ANSI_936).

interface DxfVertex {
  x: number;
  y: number;
}
interface DxfEntity {
  type: string;
  layer?: string;
  shape?: boolean;
  vertices?: DxfVertex[];
  position?: DxfVertex;
  center?: DxfVertex;
  radius?: number;
}

export function readDxf(path: string, options: ReadOptions): SourceData {
  const bytes = readChecked(path, MAX_TEXT_BYTES);
  const given = options.encoding ? normalizeEncoding(options.encoding) : null;
  const { text, encoding } = given ? { text: decodeText(bytes, given), encoding: given } : decodeAuto(bytes);
  if (text.trim() === '') throw new AppError('import.empty', { path });
  let entities: DxfEntity[];
  try {
    const parsed = new DxfParser().parseSync(text) as { entities?: DxfEntity[] } | null;
    entities = parsed?.entities ?? [];
  } catch (e) {
    throw new AppError('import.unreadable', { path, detail: `DXF 解析失败（${(e as Error).message.slice(0, 120)}）` });
  }
  const layers = [...new Set(entities.map((e) => e.layer ?? '0'))].sort();
  const wanted = options.sourceLayer;
  if (wanted && !layers.includes(wanted))
    throw new AppError('import.layerNotFound', { path, layer: wanted, available: layers.join('、') });
  const features: RawFeature[] = [];
  let open = 0;
  let ignored = 0;
  for (const e of entities) {
    const layer = e.layer ?? '0';
    if (wanted && layer !== wanted) continue;
    const f = toFeature(e, layer);
    if (!f) {
      ignored++;
      continue;
    }
    if (f.geometry?.type === 'LineString' && (e.type === 'LWPOLYLINE' || e.type === 'POLYLINE')) open++;
    features.push(f);
  }
  const notices: Notice[] = [];
  if (open > 0) notices.push({ key: 'exchange.notice.dxfOpenPolylines', params: { count: open } });
  if (ignored > 0) notices.push({ key: 'exchange.notice.dxfIgnored', params: { count: ignored } });
  return {
    format: 'dxf',
    sourceLayers: layers,
    features,
    fields: ['layer', 'radius'].filter((k) => features.some((f) => k in f.properties)),
    encoding,
    crs: null,
    notices,
  };
}

const pos = (v: DxfVertex): RawPosition => [v.x, v.y];

function toFeature(e: DxfEntity, layer: string): RawFeature | null {
  switch (e.type) {
    case 'LWPOLYLINE':
    case 'POLYLINE': {
      const pts = (e.vertices ?? []).map(pos);
      if (pts.length < 2) return null;
      const first = pts[0] as RawPosition;
      const last = pts[pts.length - 1] as RawPosition;
      const closedByPoints = pts.length >= 4 && first[0] === last[0] && first[1] === last[1];
      if (e.shape || closedByPoints) {
        const ring = closedByPoints ? pts : [...pts, first];
        return { geometry: { type: 'Polygon', coordinates: [ring] }, properties: { layer } };
      }
      return { geometry: { type: 'LineString', coordinates: pts }, properties: { layer } };
    }
    case 'LINE': {
      const pts = (e.vertices ?? []).map(pos);
      return pts.length >= 2 ? { geometry: { type: 'LineString', coordinates: pts }, properties: { layer } } : null;
    }
    case 'POINT':
      return e.position ? { geometry: { type: 'Point', coordinates: pos(e.position) }, properties: { layer } } : null;
    case 'CIRCLE':
      return e.center
        ? { geometry: { type: 'Point', coordinates: pos(e.center) }, properties: { layer, radius: e.radius ?? null } }
        : null;
    default:
      return null;
  }
}
