import fs from 'node:fs';
import path from 'node:path';
import type { RecentFile } from '../../shared/api';

// Recently opened projects: <homeDir>/recent.json, most recent first, at most 10, only files that still exist.

const MAX_RECENT = 10;

export class RecentFiles {
  private readonly file: string;
  constructor(homeDir: string) {
    this.file = path.join(homeDir, 'recent.json');
  }

  list(): RecentFile[] {
    return this.read().filter((r) => fs.existsSync(r.path));
  }

  add(projectPath: string): void {
    const abs = path.resolve(projectPath);
    const entry: RecentFile = { path: abs, name: path.basename(abs, '.gpkg'), openedAt: new Date().toISOString() };
    const next = [entry, ...this.list().filter((r) => r.path !== abs)].slice(0, MAX_RECENT);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
  }

  private read(): RecentFile[] {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (r): r is RecentFile =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.name === 'string',
      );
    } catch {
      return []; // no file yet, or unreadable: start afresh
    }
  }
}
