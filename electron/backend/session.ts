import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EventMap, EventName, ProjectInfo } from '../../shared/api';
import { AppError } from '../../shared/model/errors';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { nextDemoPath, writeDemoFile } from './demo';
import { OpenProject } from './project';
import { RecentFiles } from './recent';
import { assertNotLocked } from './store/lock';
import { isReadOnly, writable } from './store/preflight';
import { createProjectFile, openProjectFile, tempPathBeside } from './store/project-file';

// The backend's state: at most one open project, the recent-files list, and the events that follow each switch.
// Opening a new project checks and opens it before the current one is closed, so a failed open changes nothing.

export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export class Session {
  private current: OpenProject | null = null;
  readonly recent: RecentFiles;

  constructor(
    readonly homeDir: string,
    private readonly emit: Emit,
  ) {
    this.recent = new RecentFiles(homeDir);
  }

  project(): OpenProject {
    if (!this.current) throw new AppError('project.none');
    return this.current;
  }

  currentInfo(): ProjectInfo | null {
    return this.current?.info() ?? null;
  }

  open(file: string): ProjectInfo {
    const abs = path.resolve(file);
    if (this.current?.path === abs) return this.current.info();
    return this.switchTo(new OpenProject(abs, openProjectFile(abs)));
  }

  create(file: string, name?: string): ProjectInfo {
    const abs = path.resolve(file);
    if (!fs.existsSync(path.dirname(abs))) throw new AppError('file.notFound', { path: path.dirname(abs) });
    const settings = { ...DEFAULT_SETTINGS, ...(name ? { project_name: name } : {}) };
    createProjectFile(abs, { settings });
    return this.open(abs);
  }

  openDemo(): ProjectInfo {
    fs.mkdirSync(this.homeDir, { recursive: true });
    const target = nextDemoPath(this.homeDir);
    writeDemoFile(target);
    return this.open(target);
  }

  /** Writes a compact copy of the open project to `file` (temp + rename) and continues editing the copy. */
  saveAs(file: string, overwrite = false): ProjectInfo {
    const from = this.project();
    const abs = path.resolve(file);
    if (abs === from.path) return from.info();
    if (fs.existsSync(abs)) {
      if (!overwrite) throw new AppError('file.exists', { path: abs });
      if (isReadOnly(abs)) throw new AppError('file.readOnly', { path: abs });
      assertNotLocked(abs);
    }
    if (!fs.existsSync(path.dirname(abs))) throw new AppError('file.notFound', { path: path.dirname(abs) });
    if (!writable(path.dirname(abs))) throw new AppError('file.readOnly', { path: abs });
    const tmp = tempPathBeside(abs);
    try {
      from.db.prepare('VACUUM INTO ?').run(tmp);
      const copy = new Database(tmp, { fileMustExist: true });
      copy.pragma('journal_mode = DELETE');
      copy.close();
      fs.renameSync(tmp, abs);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw new AppError('file.writeFailed', { path: abs }, (e as Error).message);
    }
    const history = from.history;
    from.close();
    this.current = null;
    const next = new OpenProject(abs, openProjectFile(abs));
    next.history = history; // the copy holds the same rows, so every undo step still applies
    return this.switchTo(next);
  }

  close(): void {
    if (!this.current) return;
    this.current.close();
    this.current = null;
    this.emit('project.changed', { project: null });
  }

  dispose(): void {
    this.current?.close();
    this.current = null;
  }

  private switchTo(next: OpenProject): ProjectInfo {
    this.current?.close();
    this.current = next;
    this.recent.add(next.path);
    const info = next.info();
    this.emit('project.changed', { project: info });
    return info;
  }
}
