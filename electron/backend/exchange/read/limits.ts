import fs from 'node:fs';
import { AppError } from '../../../../shared/model/errors';

// Size limits: a file (or what a header or zip directory claims) beyond these is refused before it is read,
// so a lying header cannot make the backend allocate gigabytes. JSON/XML text must fit in one V8 string.

export const MAX_BINARY_BYTES = 1024 * 1024 * 1024; // .shp/.dbf/.gpkg/.xlsx
export const MAX_TEXT_BYTES = 256 * 1024 * 1024; // GeoJSON, KML, DXF, CSV: parsed whole, several times their size

export const formatBytes = (n: number): string =>
  n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${n} B`;

/** Size of `path`; throws file.notFound, import.empty or import.tooLarge. */
export function checkedSize(path: string, limit: number): number {
  let size: number;
  try {
    const st = fs.statSync(path);
    if (!st.isFile()) throw new AppError('import.unreadable', { path, detail: '不是文件' });
    size = st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('file.notFound', { path });
  }
  if (size === 0) throw new AppError('import.empty', { path });
  if (size > limit) throw new AppError('import.tooLarge', { path, size: formatBytes(size), limit: formatBytes(limit) });
  return size;
}

/** Reads a whole (size-checked) file. */
export function readChecked(path: string, limit: number): Buffer {
  checkedSize(path, limit);
  return fs.readFileSync(path);
}
