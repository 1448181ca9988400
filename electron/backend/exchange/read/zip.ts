import { unzipSync } from 'fflate';
import { AppError } from '../../../../shared/model/errors';
import { formatBytes, MAX_BINARY_BYTES, MAX_TEXT_BYTES, readChecked } from './limits';

// Zip containers (a zipped Shapefile set, KMZ). The central directory's sizes are checked before inflating, so
// a zip bomb or a lying directory is refused instead of filling memory.

export function readZipEntries(path: string, keep: (name: string) => boolean): Map<string, Uint8Array> {
  const data = readChecked(path, MAX_BINARY_BYTES);
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
      filter: (f) => {
        if (!keep(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_TEXT_BYTES * 2)
          throw new AppError('import.tooLarge', {
            path,
            size: formatBytes(total),
            limit: formatBytes(MAX_TEXT_BYTES * 2),
          });
        return true;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('import.unreadable', { path, detail: `不是有效的 zip 压缩包（${(e as Error).message}）` });
  }
  return new Map(Object.entries(files));
}
