import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pkg from '../../../package.json';
import { AppError } from '../../../shared/model/errors';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { Building, Compound, CompoundItem, Pipeline, Road, SiteArea, Tree } from '../../../shared/model/tables';
import { registerGpkgFunctions } from '../gpkg/functions';
import {
  closeCleanly,
  ensureMetricSrs,
  GPKG_APPLICATION_ID,
  GPKG_USER_VERSION,
  openReadWrite,
  updateExtents,
} from './connection';
import { acquireLock } from './lock';
import { knownSchemaVersion, migrate } from './migrations';
import { preflight } from './preflight';
import { settingsToRows } from './settings';
import { prepareTables } from './statements';

// Creating and opening project files. Creation writes a temp file in the target folder and renames it into
// place, so a crash never leaves a half-written project under the user's name. Opening runs every check first
// (preflight) and only then takes the lock, opens read-write and migrates (after copying the file aside).

export interface ProjectContent {
  settings: ProjectSettings;
  compounds?: readonly Compound[];
  buildings?: readonly Building[];
  /** Survey lines per compound and catalog item (the demo district's). */
  compound_items?: readonly CompoundItem[];
  /** Pipeline runs and trees (the demo district's, issue 5). */
  pipelines?: readonly Pipeline[];
  trees?: readonly Tree[];
  /** Site context: roads and fire lanes, operating areas, green, illegal structures (the demo's, issue 4). */
  roads?: readonly Road[];
  site_areas?: readonly SiteArea[];
}

export const tempPathBeside = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`);

/** Writes a complete project to `target`; refuses to overwrite (file.exists). */
export function createProjectFile(target: string, content: ProjectContent, upToVersion?: number): void {
  if (fs.existsSync(target)) throw new AppError('file.exists', { path: target });
  const tmp = tempPathBeside(target);
  try {
    const db = new Database(tmp);
    try {
      registerGpkgFunctions(db);
      db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
      db.pragma(`user_version = ${GPKG_USER_VERSION}`);
      const version = migrate(db, 0, upToVersion);
      writeContent(db, content, version);
    } finally {
      db.close();
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('file.writeFailed', { path: target }, (e as Error).message);
  }
}

function writeContent(db: Database.Database, content: ProjectContent, version: number): void {
  const meta = db.prepare('INSERT OR REPLACE INTO renozone_meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    meta.run('created_at', new Date().toISOString());
    meta.run('created_by', `RenoZone ${pkg.version}`);
    ensureMetricSrs(db, content.settings.metric_epsg);
    if (version < knownSchemaVersion()) return; // an old-schema file (migration tests): its tables stay empty
    const tables = prepareTables(db);
    for (const row of settingsToRows(content.settings)) tables.settings.put(row);
    for (const c of content.compounds ?? []) tables.compounds.put(c);
    for (const b of content.buildings ?? []) tables.buildings.put(b);
    for (const line of content.compound_items ?? []) tables.compound_items.put(line);
    for (const p of content.pipelines ?? []) tables.pipelines.put(p);
    for (const tree of content.trees ?? []) tables.trees.put(tree);
    for (const road of content.roads ?? []) tables.roads.put(road);
    for (const area of content.site_areas ?? []) tables.site_areas.put(area);
    updateExtents(db);
  })();
}

export interface OpenedFile {
  db: Database.Database;
  schemaVersion: number;
  /** Where the pre-migration copy went, if the file was migrated. */
  backupPath: string | null;
  release: () => void;
}

/** Opens a project for editing after every check passed; migrates older files after copying them aside. */
export function openProjectFile(file: string): OpenedFile {
  const facts = preflight(file);
  const release = acquireLock(file);
  let db: Database.Database | null = null;
  try {
    let backupPath: string | null = null;
    let schemaVersion = facts.schemaVersion;
    const needsMigration = schemaVersion < knownSchemaVersion();
    if (needsMigration) backupPath = copyAside(file, schemaVersion);
    db = openReadWrite(file);
    if (needsMigration) schemaVersion = migrate(db, schemaVersion);
    return { db, schemaVersion, backupPath, release };
  } catch (e) {
    if (db) closeCleanly(db);
    release();
    if (e instanceof AppError) throw e;
    throw new AppError('file.writeFailed', { path: file }, (e as Error).message);
  }
}

/**
 * Copies the file as it is before migrating it. A leftover -wal (a crash) is first folded into the main file, so
 * the copy is complete on its own.
 */
function copyAside(file: string, version: number): string {
  if (fs.existsSync(`${file}-wal`)) {
    const db = openReadWrite(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
  }
  const backupPath = backupPathFor(file, version);
  fs.copyFileSync(file, backupPath, fs.constants.COPYFILE_EXCL);
  return backupPath;
}

/** `<name>.v<old>.bak.gpkg` beside the file; a numeric suffix keeps earlier backups. */
function backupPathFor(file: string, oldVersion: number): string {
  const base = file.replace(/\.gpkg$/i, '');
  let candidate = `${base}.v${oldVersion}.bak.gpkg`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${base}.v${oldVersion}.bak-${n}.gpkg`;
  return candidate;
}

export { closeCleanly };
