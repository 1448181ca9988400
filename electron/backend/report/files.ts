import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import type { DossierFile } from '../../../shared/model/report';

// File helpers of the dossier: safe folder names, the per-file digest the manifest lists, and the zip option.

/** A package name as a folder name on Windows and Linux: reserved characters become '_', never empty. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are invalid in Windows names
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .trim()
    .slice(0, 100);
  return cleaned === '' ? fallback : cleaned;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file below `dir`, as paths relative to it with '/' separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const KIND_BY_EXT: Record<string, DossierFile['kind']> = {
  pdf: 'pdf',
  gpkg: 'gpkg',
  zip: 'shp',
  dxf: 'dxf',
  xlsx: 'xlsx',
  json: 'manifest',
};

/** Size and digest of each file of a dossier folder (the manifest itself excluded). */
export async function describeFiles(dir: string, paths: readonly string[]): Promise<DossierFile[]> {
  const files: DossierFile[] = [];
  for (const path of paths) {
    const full = join(dir, path);
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    files.push({
      path,
      kind: KIND_BY_EXT[ext] ?? 'manifest',
      bytes: (await stat(full)).size,
      sha256: await sha256File(full),
    });
  }
  return files;
}

/** Zips the folder `dir` (every file, relative paths) into `out`. PDFs and zips are stored, the rest deflated. */
export async function zipFolder(dir: string, out: string): Promise<void> {
  const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 | 6 }]> = {};
  for (const path of await listFiles(dir)) {
    const data = new Uint8Array(await readFile(join(dir, path)));
    entries[path] = [data, { level: /\.(pdf|zip|xlsx)$/i.test(path) ? 0 : 6 }];
  }
  await writeFile(out, zipSync(entries));
}
