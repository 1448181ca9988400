import type Database from 'better-sqlite3';
import type { AppliedResult, FeatureSet, JournalEntry, ProjectInfo } from '../../shared/api';
import type { HistoryState } from '../../shared/model/change';
import { AppError } from '../../shared/model/errors';
import type { ProjectSettings } from '../../shared/model/settings';
import { ROW_TABLES } from '../../shared/model/tables';
import { type ChangeWriter, createChangeWriter, type Origin } from './change/apply';
import { History } from './change/history';
import type { WireChange } from './change/validate';
import { closeCleanly, type OpenedFile } from './store/project-file';
import { settingsFromRows } from './store/settings';
import { prepareTables, type TableAccessMap } from './store/statements';

// One open project: its connection, prepared statements, change writer and undo history. All reads and writes
// of the file while it is open go through here.

export class OpenProject {
  readonly db: Database.Database;
  readonly schemaVersion: number;
  readonly backupPath: string | null;
  private readonly tables: TableAccessMap;
  private readonly writer: ChangeWriter;
  private readonly release: () => void;
  /** Counts writes (apply, undo, redo): a long computation that yields compares it to know it was overtaken. */
  writes = 0;
  history = new History();

  constructor(
    readonly path: string,
    opened: OpenedFile,
  ) {
    this.db = opened.db;
    this.schemaVersion = opened.schemaVersion;
    this.backupPath = opened.backupPath;
    this.release = opened.release;
    this.tables = prepareTables(this.db);
    this.writer = createChangeWriter(this.db, this.tables);
  }

  settings(): ProjectSettings {
    return settingsFromRows(this.tables.settings.all());
  }

  info(): ProjectInfo {
    return {
      path: this.path,
      settings: this.settings(),
      schemaVersion: this.schemaVersion,
      counts: { compounds: this.tables.compounds.count(), buildings: this.tables.buildings.count() },
      history: this.history.state(),
    };
  }

  load(): FeatureSet {
    const t = this.tables;
    return Object.fromEntries(ROW_TABLES.map((name) => [name, t[name].all()])) as FeatureSet;
  }

  apply(change: WireChange): AppliedResult {
    const done = this.write(() => this.writer.applyNew(change));
    this.history.recordNew({ forward: done.change, backward: done.inverse });
    return { change: done.change, history: this.history.state() };
  }

  undo(): AppliedResult | null {
    const entry = this.history.peekUndo();
    if (!entry) return null;
    const done = this.write(() => this.writer.replay(entry.backward, 'undo'));
    this.history.movedToRedo(done.inverse);
    return { change: done.change, history: this.history.state() };
  }

  redo(): AppliedResult | null {
    const entry = this.history.peekRedo();
    if (!entry) return null;
    const done = this.write(() => this.writer.replay(entry.forward, 'redo'));
    this.history.movedToUndo(done.inverse);
    return { change: done.change, history: this.history.state() };
  }

  /** Runs a write; SQLite failures (disk full, I/O) become file.writeFailed. The transaction has rolled back. */
  private write<T>(fn: () => T): T {
    this.writes++;
    try {
      return fn();
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('file.writeFailed', { path: this.path }, (e as Error).message);
    }
  }

  historyState(): HistoryState {
    return this.history.state();
  }

  journal(limit = 100): JournalEntry[] {
    return this.db
      .prepare('SELECT seq, at, origin, summary, ops FROM journal ORDER BY seq DESC LIMIT ?')
      .all(limit) as JournalEntry[];
  }

  close(): void {
    try {
      closeCleanly(this.db);
    } finally {
      this.release();
    }
  }
}

export type { Origin };
