import fs from 'node:fs';
import path from 'node:path';
import type { DirListing } from '../../shared/api';
import { AppError } from '../../shared/model/errors';

// Directory listing for the browser host's file dialogs: subfolders and .gpkg files (or, for import, the files
// with the extensions asked for), folders first, by name.
// Hidden entries (dot files, our temp files and lock files) are left out.

export function listDir(dir: string, extensions: readonly string[] = ['.gpkg']): DirListing {
  const abs = path.resolve(dir);
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(abs, { withFileTypes: true });
  } catch {
    throw new AppError('file.notFound', { path: abs });
  }
  const entries: DirListing['entries'] = [];
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    const full = path.join(abs, d.name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue; // dangling link or vanished meanwhile
    }
    const isDir = stat.isDirectory();
    const lower = d.name.toLowerCase();
    if (!isDir && !(stat.isFile() && extensions.some((ext) => lower.endsWith(ext)))) continue;
    entries.push({ name: d.name, path: full, isDir, size: isDir ? 0 : stat.size });
  }
  entries.sort((a, b) => Number(b.isDir) - Number(a.isDir) || a.name.localeCompare(b.name, 'zh-CN'));
  const parent = path.dirname(abs);
  return { dir: abs, parent: parent === abs ? null : parent, entries };
}
