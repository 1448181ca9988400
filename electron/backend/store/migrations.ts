import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { seedRenovationItems } from './catalog';
import { seedClearanceRules } from './clearance-rules';
import { expandSpatialLayers } from './spatial-layer-sql';

// Schema migrations: ordered SQL files resources/migrations/NNNN_name.sql. A file's RenoZone schema version is
// renozone_meta.schema_version; the runner applies every migration above it in one transaction, so a failed
// migration leaves the file as it was. (Copying the file aside first is the caller's job: see project-file.ts.)

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})_[\w-]+\.sql$/;

function candidateDirs(): string[] {
  const dirs: string[] = [];
  const env = process.env.RENOZONE_RESOURCES;
  if (env) dirs.push(path.join(env, 'migrations'));
  // Electron packaged builds: electron-builder extraResources land under process.resourcesPath.
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath)
    dirs.push(path.join(resourcesPath, 'migrations'), path.join(resourcesPath, 'resources', 'migrations'));
  // Source checkouts and bundles (dist/electron/*.cjs, dist/test/bench.cjs): walk up to the repo root.
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()];
  for (const start of starts) {
    if (!start) continue;
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      dirs.push(path.join(dir, 'resources', 'migrations'));
      if (path.dirname(dir) === dir) break;
    }
  }
  return dirs;
}

let located: string | null = null;

/** The folder holding the migration files; throws when none can be found (a broken install). */
export function migrationsDir(): string {
  if (located) return located;
  for (const dir of candidateDirs()) {
    if (fs.existsSync(path.join(dir, '0001_geopackage_core.sql'))) {
      located = dir;
      return dir;
    }
  }
  throw new Error('resources/migrations not found (set RENOZONE_RESOURCES to the resources folder)');
}

let cache: Migration[] | null = null;

/** All migrations in version order; versions must run 1, 2, 3… without gaps. */
export function loadMigrations(): Migration[] {
  if (cache) return cache;
  const dir = migrationsDir();
  const list = fs
    .readdirSync(dir)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 4)),
      name: f,
      sql: expandSpatialLayers(fs.readFileSync(path.join(dir, f), 'utf8')),
    }));
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name}: expected version ${i + 1}`);
  });
  cache = list;
  return list;
}

/**
 * Data steps that need code, run right after their version's SQL in the same transaction. Schema 4 creates the
 * renovation-item catalog, whose default rows come from shared/standards; schema 5 the clearance table (GB 50289).
 */
const DATA_STEPS: Readonly<Record<number, (db: Database.Database) => void>> = {
  4: (db) => void seedRenovationItems(db),
  5: (db) => void seedClearanceRules(db),
};

/** The newest schema version this build knows. */
export const knownSchemaVersion = (): number => loadMigrations().length;

export function readSchemaVersion(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM renozone_meta WHERE key = 'schema_version'").get() as
    | { value: string }
    | undefined;
  return row ? Number(row.value) : 0;
}

/** Applies every migration above the file's version (up to `upTo`) in one transaction; returns the new version. */
export function migrate(db: Database.Database, from: number, upTo = knownSchemaVersion()): number {
  const pending = loadMigrations().filter((m) => m.version > from && m.version <= upTo);
  if (pending.length === 0) return from;
  const target = pending[pending.length - 1]?.version ?? from;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      DATA_STEPS[m.version]?.(db);
    }
    db.prepare("INSERT OR REPLACE INTO renozone_meta (key, value) VALUES ('schema_version', ?)").run(String(target));
    db.prepare("INSERT OR REPLACE INTO renozone_meta (key, value) VALUES ('migrated_at', ?)").run(
      new Date().toISOString(),
    );
  })();
  return target;
}
