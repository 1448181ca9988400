import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/model/errors';
import { assertNotLocked } from './lock';
import { knownSchemaVersion, readSchemaVersion } from './migrations';

// Every check made before a project is opened for writing, in the order the user should hear about them. None of
// them changes anything on disk: not the file's bytes, not its folder (no -wal/-shm/-journal/lock files).

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface FileFacts {
  /** RenoZone schema version found in the file. */
  schemaVersion: number;
}

/** notFound, notSqlite, notRenozone, newerVersion, readOnly, locked — or the file's facts. */
export function preflight(projectPath: string): FileFacts {
  const facts = inspectProjectFile(projectPath);
  const known = knownSchemaVersion();
  if (facts.schemaVersion > known)
    throw new AppError('file.newerVersion', { path: projectPath, found: facts.schemaVersion, supported: known });
  if (isReadOnly(projectPath)) throw new AppError('file.readOnly', { path: projectPath });
  assertNotLocked(projectPath);
  return facts;
}

/** notFound, notSqlite, notRenozone checks plus the schema version; read-only, for `preflight` and `info`. */
export function inspectProjectFile(projectPath: string): FileFacts {
  assertSqliteFile(projectPath);
  return withReadonlyDb(projectPath, (db) => {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'renozone_meta'").get();
    const app = hasMeta
      ? (db.prepare("SELECT value FROM renozone_meta WHERE key = 'app'").get() as { value: string } | undefined)
      : undefined;
    if (app?.value !== 'renozone') throw new AppError('file.notRenozone', { path: projectPath });
    return { schemaVersion: readSchemaVersion(db) };
  });
}

export function assertSqliteFile(projectPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(projectPath);
  } catch {
    throw new AppError('file.notFound', { path: projectPath });
  }
  if (!stat.isFile()) throw new AppError('file.notFound', { path: projectPath });
  const head = Buffer.alloc(16);
  const fd = fs.openSync(projectPath, 'r');
  try {
    const n = fs.readSync(fd, head, 0, 16, 0);
    if (n < 16 || !head.equals(SQLITE_MAGIC)) throw new AppError('file.notSqlite', { path: projectPath });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs `fn` on a read-only connection that leaves no trace. A WAL-mode file whose -wal is absent would get fresh
 * -wal/-shm files even from a read-only connection, so such a file is read through a private copy in the temp
 * folder. (Our own files are switched back to rollback mode on close, so that is only ever a foreign file.)
 */
export function withReadonlyDb<T>(projectPath: string, fn: (db: Database.Database) => T): T {
  const walHeader = readByte(projectPath, 18) === 2;
  const needsCopy = walHeader && !fs.existsSync(`${projectPath}-wal`);
  const tmpDir = needsCopy ? fs.mkdtempSync(path.join(os.tmpdir(), 'renozone-ro-')) : null;
  const readPath = tmpDir ? path.join(tmpDir, 'copy.gpkg') : projectPath;
  if (tmpDir) fs.copyFileSync(projectPath, readPath);
  let db: Database.Database | null = null;
  try {
    db = new Database(readPath, { readonly: true, fileMustExist: true });
    return fn(db);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('file.notSqlite', { path: projectPath }, (e as Error).message);
  } finally {
    db?.close();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

function readByte(file: string, offset: number): number {
  const b = Buffer.alloc(1);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, b, 0, 1, offset);
  } finally {
    fs.closeSync(fd);
  }
  return b[0] ?? 0;
}

/**
 * Whether we may not write the project. fs.access alone is not enough: as root it says yes to everything, so
 * the mode's write bits count too. A file in a read-only folder is read-only (WAL and the lock need the folder).
 */
export function isReadOnly(projectPath: string): boolean {
  return !writable(projectPath) || !writable(path.dirname(path.resolve(projectPath)));
}

export function writable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return (fs.statSync(p).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}
