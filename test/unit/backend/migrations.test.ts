import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { registerGpkgFunctions } from '../../../electron/backend/gpkg/functions';
import { columnList } from '../../../electron/backend/store/columns';
import { knownSchemaVersion, loadMigrations, migrationsDir } from '../../../electron/backend/store/migrations';
import { createProjectFile } from '../../../electron/backend/store/project-file';
import { rowToValues } from '../../../electron/backend/store/rows';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { DEFAULT_RENOVATION_ITEMS } from '../../../shared/standards/renovation-items';
import { compound, recorder, sha256, tempDir } from './helpers';

let backends: Backend[] = [];
afterEach(() => {
  for (const b of backends) b.dispose();
  backends = [];
});

const schemaVersionOf = (file: string): string => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT value FROM renozone_meta WHERE key = 'schema_version'").pluck().get() as string;
  } finally {
    db.close();
  }
};

describe('migrations', () => {
  test('are found in resources/migrations and numbered without gaps', () => {
    expect(migrationsDir()).toMatch(/resources[/\\]migrations$/);
    expect(loadMigrations().map((m) => m.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(knownSchemaVersion()).toBe(7);
  });

  test('an older file is copied aside, then upgraded in place with its rows kept', async () => {
    const dir = tempDir();
    const file = path.join(dir, '旧项目.gpkg');
    createProjectFile(file, { settings: DEFAULT_SETTINGS }, 2);
    const c = compound({ name: '老厂宿舍' });
    const db = new Database(file);
    registerGpkgFunctions(db);
    // A schema-2 compounds table has every column but `code` (added by schema 6, default '').
    const columns = columnList('compounds').split(', ');
    const values = rowToValues('compounds', c);
    const codeAt = columns.indexOf('"code"');
    columns.splice(codeAt, 1);
    values.splice(codeAt, 1);
    db.prepare(`INSERT INTO compounds (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
      values,
    );
    db.close();
    expect(schemaVersionOf(file)).toBe('2');
    const originalHash = sha256(file);

    const backend = createBackend({ homeDir: dir, emit: recorder().emit });
    backends.push(backend);
    const info = await backend.handlers['project.open']({ path: file });

    const backup = path.join(dir, '旧项目.v2.bak.gpkg');
    expect(sha256(backup)).toBe(originalHash);
    expect(schemaVersionOf(backup)).toBe('2');
    expect(info.schemaVersion).toBe(7);
    expect(info.settings).toEqual(DEFAULT_SETTINGS); // settings table new and empty: defaults
    const loaded = await backend.handlers['features.load']({});
    expect(loaded.compounds).toEqual([c]);
    expect(loaded.renovation_items).toEqual(DEFAULT_RENOVATION_ITEMS); // the catalog is filled by the migration
    await backend.handlers['change.apply']({
      change: { ops: [{ op: 'put', table: 'compounds', row: { ...c, households: 12 } }], summary: '改户数' },
    });
    expect(await backend.handlers['journal.list']({})).toHaveLength(1);
    await backend.handlers['project.close']({});
    expect(schemaVersionOf(file)).toBe('7');
    expect(fs.readdirSync(dir).sort()).toEqual(['recent.json', '旧项目.gpkg', '旧项目.v2.bak.gpkg']);
  });

  test('a current file is opened without a copy', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    createProjectFile(file, { settings: DEFAULT_SETTINGS });
    const backend = createBackend({ homeDir: dir, emit: recorder().emit });
    backends.push(backend);
    await backend.handlers['project.open']({ path: file });
    expect(fs.readdirSync(dir).filter((f) => f.includes('.bak.'))).toEqual([]);
  });
});
