import { basename, extname } from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../../../shared/model/errors';
import { parseGeojson } from './geojson';
import { MAX_BINARY_BYTES, readChecked } from './limits';
import { readShapefile } from './shapefile';
import type { ReadOptions, SourceData, Tick } from './types';
import { readZipEntries } from './zip';

// A .zip is a zipped Shapefile set (or several: each is a source layer) or, as RenoZone's own GeoJSON export
// writes it, one .geojson per layer. The directory is listed without inflating anything to tell which.

const GEOJSON = /\.(geo)?json$/i;

export async function readZipSource(path: string, options: ReadOptions, tick: Tick): Promise<SourceData> {
  const names = zipNames(path);
  if (names.some((n) => /\.shp$/i.test(n))) return readShapefile(path, options, tick);
  const docs = names.filter((n) => GEOJSON.test(n));
  if (docs.length === 0) throw new AppError('import.unreadable', { path, detail: 'zip 中没有 .shp 或 .geojson 文件' });
  const layers = docs.map((n) => basename(n, extname(n)));
  const wanted = options.sourceLayer ?? layers[0];
  const doc = docs[layers.indexOf(wanted ?? '')];
  if (!doc) throw new AppError('import.layerNotFound', { path, layer: wanted ?? '', available: layers.join('、') });
  const bytes = readZipEntries(path, (n) => n === doc).get(doc);
  if (!bytes || bytes.length === 0) throw new AppError('import.empty', { path: `${path}/${doc}` });
  return { ...parseGeojson(`${path}/${doc}`, bytes), sourceLayers: layers };
}

function zipNames(path: string): string[] {
  const data = readChecked(path, MAX_BINARY_BYTES);
  const names: string[] = [];
  try {
    unzipSync(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
      filter: (f) => {
        if (!f.name.startsWith('__MACOSX') && !f.name.endsWith('/')) names.push(f.name);
        return false;
      },
    });
  } catch (e) {
    throw new AppError('import.unreadable', { path, detail: `不是有效的 zip 压缩包（${(e as Error).message}）` });
  }
  return names;
}
