import fs from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import * as shapefile from 'shapefile';
import { AppError } from '../../../../shared/model/errors';
import { matchPrj } from '../import/prj';
import { checkedSize, formatBytes, MAX_BINARY_BYTES } from './limits';
import { decodeText, detectEncoding, normalizeEncoding, type TextEncoding } from './text';
import type { Notice, RawFeature, RawGeometry, ReadOptions, SourceData, Tick } from './types';
import { readZipEntries } from './zip';

// Shapefile sets, on disk beside the .shp or inside a .zip. The headers are checked against the real sizes
// before the `shapefile` package reads records (a header claiming 2 GB, a .dbf cut short), the DBF text encoding
// comes from the option, else .cpg, else UTF-8-or-GBK detection, and .prj is matched to a CRS choice.

type Part = string | Uint8Array;
interface ShapeSet {
  label: string;
  /** The Shapefile sets of a zip, by name (empty for a set on disk). */
  layers: string[];
  shp: Part;
  dbf: Part | null;
  shx: boolean;
  prj: string | null;
  cpg: string | null;
}

export async function readShapefile(path: string, options: ReadOptions, tick: Tick): Promise<SourceData> {
  const set = extname(path).toLowerCase() === '.zip' ? setFromZip(path, options.sourceLayer) : setFromDisk(path);
  const notices: Notice[] = [];
  const shpHead = headOf(set.shp, 100);
  checkShpHeader(set.label, shpHead, partSize(set.shp));
  if (!set.dbf) throw new AppError('import.missingPart', { path: set.label, part: '.dbf' });
  if (!set.shx) notices.push({ key: 'exchange.notice.noShx', params: {} });
  const dbfHead = headOf(set.dbf, 32);
  const dbfRecords = checkDbfHeader(set.label, dbfHead, partSize(set.dbf));
  const encoding = chooseEncoding(set, options.encoding, dbfHead, notices);
  let crs: string | null = null;
  if (set.prj === null) notices.push({ key: 'exchange.notice.noPrj', params: {} });
  else {
    const m = matchPrj(set.prj);
    if (m.ok) crs = m.code;
    else
      notices.push({
        key: m.reason === 'unparsable' ? 'exchange.notice.prjUnparsable' : 'exchange.notice.prjUnsupported',
        params: { name: m.name },
      });
  }
  const features: RawFeature[] = [];
  try {
    const source = await shapefile.open(set.shp, set.dbf, { encoding });
    for (;;) {
      const r = await source.read();
      if (r.done) break;
      features.push({
        geometry: (r.value.geometry as RawGeometry | null) ?? null,
        properties: (r.value.properties ?? {}) as Record<string, unknown>,
      });
      if (features.length % 2000 === 0) await tick(features.length);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('import.corrupt', {
      path: set.label,
      detail: `第 ${features.length + 1} 条记录无法读取（${(e as Error).message}）`,
    });
  }
  if (dbfRecords !== features.length)
    notices.push({ key: 'exchange.notice.dbfCountMismatch', params: { shp: features.length, dbf: dbfRecords } });
  const fields = dbfFieldNames(set.dbf, dbfHead, encoding);
  return { format: 'shp', sourceLayers: set.layers, features, fields, encoding, crs, notices };
}

function sibling(path: string, ext: string): string | null {
  const dir = dirname(path);
  const stem = basename(path, extname(path));
  const wanted = `${stem}${ext}`.toLowerCase();
  const hit = fs.readdirSync(dir).find((f) => f.toLowerCase() === wanted);
  return hit ? `${dir}/${hit}` : null;
}

function setFromDisk(path: string): ShapeSet {
  if (!fs.existsSync(path)) throw new AppError('file.notFound', { path });
  checkedSize(path, MAX_BINARY_BYTES);
  const dbf = sibling(path, '.dbf');
  if (dbf) checkedSize(dbf, MAX_BINARY_BYTES);
  const prj = sibling(path, '.prj');
  const cpg = sibling(path, '.cpg');
  return {
    label: path,
    layers: [],
    shp: path,
    dbf,
    shx: sibling(path, '.shx') !== null,
    prj: prj ? fs.readFileSync(prj, 'latin1') : null,
    cpg: cpg ? fs.readFileSync(cpg, 'latin1') : null,
  };
}

function setFromZip(path: string, layer: string | undefined): ShapeSet {
  const entries = readZipEntries(path, (n) => /\.(shp|shx|dbf|prj|cpg)$/i.test(n) && !n.startsWith('__MACOSX'));
  const shps = [...entries.keys()].filter((n) => /\.shp$/i.test(n));
  if (shps.length === 0) throw new AppError('import.unreadable', { path, detail: 'zip 中没有 .shp 文件' });
  const shp = layer ? shps.find((n) => basename(n, extname(n)) === layer) : shps[0];
  if (!shp)
    throw new AppError('import.layerNotFound', {
      path,
      layer: layer ?? '',
      available: shps.map((n) => basename(n, extname(n))).join('、'),
    });
  const stem = shp.slice(0, -4).toLowerCase();
  const part = (ext: string) => [...entries].find(([n]) => n.toLowerCase() === `${stem}${ext}`)?.[1] ?? null;
  const text = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('latin1') : null);
  const shpBytes = part('.shp');
  if (!shpBytes || shpBytes.length === 0) throw new AppError('import.empty', { path: `${path}/${shp}` });
  return {
    label: `${path}/${shp}`,
    layers: shps.map((n) => basename(n, extname(n))),
    shp: shpBytes,
    dbf: part('.dbf'),
    shx: part('.shx') !== null,
    prj: text(part('.prj')),
    cpg: text(part('.cpg')),
  };
}

const partSize = (p: Part): number => (typeof p === 'string' ? fs.statSync(p).size : p.length);

function headOf(p: Part, n: number): Uint8Array {
  if (typeof p !== 'string') return p.subarray(0, Math.min(n, p.length));
  const fd = fs.openSync(p, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

function checkShpHeader(label: string, head: Uint8Array, size: number): void {
  if (head.length < 100)
    throw new AppError('import.corrupt', {
      path: label,
      detail: `.shp 只有 ${size} 字节，连 100 字节的文件头都不完整`,
    });
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (view.getInt32(0, false) !== 9994)
    throw new AppError('import.unreadable', { path: label, detail: '.shp 文件头标识不是 9994，不是 Shapefile' });
  const declared = view.getInt32(24, false) * 2;
  if (declared > size)
    throw new AppError('import.corrupt', {
      path: label,
      detail: `.shp 文件头声明大小为 ${formatBytes(declared)}，实际只有 ${formatBytes(size)}（文件被截断或文件头错误）`,
    });
}

/** Record count from the DBF header, after checking the file holds them all. */
function checkDbfHeader(label: string, head: Uint8Array, size: number): number {
  if (head.length < 32)
    throw new AppError('import.corrupt', { path: label, detail: `.dbf 只有 ${size} 字节，文件头不完整` });
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const needed = headerLength + records * recordLength;
  if (needed > size + 1)
    throw new AppError('import.corrupt', {
      path: label,
      detail: `.dbf 声明 ${records} 条记录（需 ${formatBytes(needed)}），实际只有 ${formatBytes(size)}（属性表被截断）`,
    });
  return records;
}

function chooseEncoding(
  set: ShapeSet,
  given: string | undefined,
  dbfHead: Uint8Array,
  notices: Notice[],
): TextEncoding {
  if (given) {
    const e = normalizeEncoding(given);
    if (e) return e;
    notices.push({ key: 'exchange.notice.badEncoding', params: { name: given } });
  }
  if (set.cpg !== null) {
    const e = normalizeEncoding(set.cpg);
    if (e) return e;
    notices.push({ key: 'exchange.notice.badEncoding', params: { name: set.cpg.trim() } });
  }
  const sample = dbfSample(set.dbf as Part, dbfHead);
  const detected = detectEncoding(sample);
  notices.push({ key: 'exchange.notice.encodingDetected', params: { encoding: detected.toUpperCase() } });
  return detected;
}

/** Field names and the first ~1 MB of records: enough to tell GBK from UTF-8. */
function dbfSample(dbf: Part, head: Uint8Array): Uint8Array {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const headerLength = view.getUint16(8, true);
  const whole =
    typeof dbf === 'string' ? headOf(dbf, headerLength + 1024 * 1024) : dbf.subarray(0, headerLength + 1024 * 1024);
  // Field descriptors are 32-byte records; only their 11-byte names are text.
  const names: number[] = [];
  for (let n = 32; n + 32 <= headerLength && whole[n] !== 0x0d; n += 32) {
    for (let j = 0; j < 11 && whole[n + j] !== 0; j++) names.push(whole[n + j] as number);
  }
  // A cut at 1 MB may split a multi-byte character: drop the bytes after the last ASCII one.
  let body = whole.subarray(headerLength);
  let end = body.length;
  while (end > 0 && (body[end - 1] as number) >= 0x80) end--;
  body = body.subarray(0, end);
  const out = new Uint8Array(names.length + 1 + body.length);
  out.set(names, 0);
  out[names.length] = 0x20;
  out.set(body, names.length + 1);
  return out;
}

/** DBF field names in column order (the records may be empty, the columns are still there). */
function dbfFieldNames(dbf: Part, dbfHead: Uint8Array, encoding: TextEncoding): string[] {
  const headerLength = new DataView(dbfHead.buffer, dbfHead.byteOffset, dbfHead.byteLength).getUint16(8, true);
  const head = typeof dbf === 'string' ? headOf(dbf, headerLength) : dbf.subarray(0, headerLength);
  const names: string[] = [];
  for (let n = 32; n + 32 <= head.length && head[n] !== 0x0d; n += 32) {
    let j = 0;
    while (j < 11 && head[n + j] !== 0) j++;
    names.push(decodeText(head.subarray(n, n + j), encoding).trim());
  }
  return names;
}
