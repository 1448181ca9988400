import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/model/errors';
import { decodeGpkg } from '../../gpkg/decode';
import { matchPrj } from '../import/prj';
import { checkedSize, MAX_BINARY_BYTES } from './limits';
import type { Notice, RawFeature, RawGeometry, ReadOptions, SourceData } from './types';

// Another GeoPackage (a QGIS export, another RenoZone project): one features table, opened read-only so the
// source is never touched. Geometry blobs go through the project's own decoder; the CRS comes from
// gpkg_spatial_ref_sys (organisation EPSG), or the srs definition matched like a .prj.

interface ContentRow {
  table_name: string;
}

export function readGpkg(path: string, options: ReadOptions, tick: (n: number) => void): SourceData {
  checkedSize(path, MAX_BINARY_BYTES);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('import.unreadable', { path, detail: (e as Error).message });
  }
  try {
    let layers: string[];
    try {
      layers = (
        db
          .prepare("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")
          .all() as ContentRow[]
      ).map((r) => r.table_name);
    } catch {
      throw new AppError('import.unreadable', { path, detail: '不是 GeoPackage（没有 gpkg_contents 表）' });
    }
    if (layers.length === 0) throw new AppError('import.noFeatures', { path, layer: '—' });
    const layer = options.sourceLayer ?? layers[0] ?? '';
    if (!layers.includes(layer))
      throw new AppError('import.layerNotFound', { path, layer, available: layers.join('、') });
    const gc = db.prepare('SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?').get(layer) as
      | { column_name: string; srs_id: number }
      | undefined;
    if (!gc) throw new AppError('import.unreadable', { path, detail: `图层“${layer}”没有登记几何列` });
    const notices: Notice[] = [];
    const crs = srsCode(db, gc.srs_id, notices);
    const columns = (
      db.prepare(`PRAGMA table_info("${layer.replaceAll('"', '""')}")`).all() as { name: string; pk: number }[]
    )
      .filter((c) => c.name !== gc.column_name && !(c.pk === 1 && c.name.toLowerCase() === 'fid'))
      .map((c) => c.name);
    const features: RawFeature[] = [];
    let undecodable = 0;
    const rows = db.prepare(`SELECT * FROM "${layer.replaceAll('"', '""')}"`).iterate() as IterableIterator<
      Record<string, unknown>
    >;
    for (const row of rows) {
      const blob = row[gc.column_name];
      let geometry: RawGeometry | null = null;
      if (blob instanceof Uint8Array) {
        try {
          geometry = decodeGpkg(blob) as RawGeometry;
        } catch {
          undecodable++;
        }
      }
      const properties: Record<string, unknown> = {};
      for (const c of columns) properties[c] = row[c];
      features.push({ geometry, properties });
      if (features.length % 2000 === 0) tick(features.length);
    }
    if (undecodable > 0) notices.push({ key: 'exchange.notice.undecodable', params: { count: undecodable } });
    return { format: 'gpkg', sourceLayers: layers, features, fields: columns, encoding: 'utf-8', crs, notices };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('import.unreadable', { path, detail: (e as Error).message });
  } finally {
    db.close();
  }
}

function srsCode(db: Database.Database, srsId: number, notices: Notice[]): string | null {
  const srs = db
    .prepare(
      'SELECT organization, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    )
    .get(srsId) as { organization: string; code: number; definition: string } | undefined;
  if (!srs) return null;
  if (srs.organization.toUpperCase() === 'EPSG') return `EPSG:${srs.code}`;
  const m = matchPrj(srs.definition);
  if (m.ok) return m.code;
  notices.push({ key: 'exchange.notice.prjUnsupported', params: { name: m.name } });
  return null;
}
