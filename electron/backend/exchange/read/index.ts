import { extname } from 'node:path';
import { AppError } from '../../../../shared/model/errors';
import { readCsv } from './csv';
import { readDxf } from './dxf';
import { readGeojson } from './geojson';
import { readGpkg } from './gpkg';
import { readKml } from './kml';
import { readShapefile } from './shapefile';
import type { ReadOptions, SourceData, Tick } from './types';
import { readXlsx } from './xlsx';
import { readZipSource } from './zip-source';

// One entry point: the reader is chosen by the file extension (a .zip by what it holds: Shapefiles or GeoJSON).

const BY_EXTENSION: Record<string, (path: string, options: ReadOptions, tick: Tick) => Promise<SourceData>> = {
  '.geojson': async (p) => readGeojson(p),
  '.json': async (p) => readGeojson(p),
  '.shp': readShapefile,
  '.zip': readZipSource,
  '.kml': async (p, o) => readKml(p, o),
  '.kmz': async (p, o) => readKml(p, o),
  '.dxf': async (p, o) => readDxf(p, o),
  '.gpkg': async (p, o) => readGpkg(p, o, () => undefined),
  '.csv': async (p, o) => readCsv(p, o),
  '.txt': async (p, o) => readCsv(p, o),
  '.xlsx': readXlsx,
};

/** What to do with the formats people try most (the message is in Chinese: it reaches the user as a param). */
const HINTS: Record<string, string> = {
  '.xls': '请在 Excel 中另存为 .xlsx 后再导入。',
  '.dwg': '请在 CAD 中另存为 DXF 后再导入。',
  '.dbf': '请选择同名的 .shp 文件（或整套文件的 .zip）。',
  '.shx': '请选择同名的 .shp 文件（或整套文件的 .zip）。',
  '.prj': '请选择同名的 .shp 文件（或整套文件的 .zip）。',
  '.rar': '请改用 .zip 压缩。',
  '.7z': '请改用 .zip 压缩。',
};

export async function readSource(path: string, options: ReadOptions, tick: Tick): Promise<SourceData> {
  const ext = extname(path).toLowerCase();
  const reader = BY_EXTENSION[ext];
  if (!reader) throw new AppError('import.unsupportedFormat', { ext: ext || path, hint: HINTS[ext] ?? '' });
  return reader(path, options, tick);
}

export type { RawFeature, RawGeometry, SourceData } from './types';
