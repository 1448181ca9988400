import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import type { ErrorCode } from '../../../shared/model/errors';
import { caught, listing, recorder, sha256, tempDir } from './helpers';

// Each bad file gets its error code, and nothing changes on disk: the file's bytes and its folder's listing are
// the same after the attempt. A project open before the failed attempt stays open.

let backends: Backend[] = [];
const chmodded: string[] = [];
const newBackend = (homeDir: string): Backend => {
  const b = createBackend({ homeDir, emit: recorder().emit });
  backends.push(b);
  return b;
};
afterEach(() => {
  for (const p of chmodded.splice(0)) fs.chmodSync(p, 0o755);
  for (const b of backends) b.dispose();
  backends = [];
});

/** A project home with one good project already open, and a folder for the bad file. */
async function setup(): Promise<{ backend: Backend; badDir: string; goodPath: string }> {
  const home = tempDir();
  const backend = newBackend(home);
  const goodPath = path.join(home, 'good.gpkg');
  await backend.handlers['project.create']({ path: goodPath });
  return { backend, badDir: tempDir(), goodPath };
}

async function expectRefused(backend: Backend, file: string, code: ErrorCode, goodPath: string): Promise<void> {
  const dir = path.dirname(file);
  const before = { listing: listing(dir), hash: hashIfFile(file) };
  await expect(backend.handlers['project.open']({ path: file })).rejects.toMatchObject({ code });
  expect(listing(dir)).toEqual(before.listing);
  expect(hashIfFile(file)).toBe(before.hash);
  expect((await backend.handlers['project.current']({}))?.path).toBe(goodPath);
}

async function makeProject(file: string): Promise<void> {
  const b = createBackend({ homeDir: tempDir(), emit: recorder().emit });
  try {
    await b.handlers['project.create']({ path: file });
  } finally {
    b.dispose();
  }
}

const hashIfFile = (file: string): string | null =>
  fs.existsSync(file) && fs.statSync(file).isFile() ? sha256(file) : null;

describe('bad files are refused and left untouched', () => {
  test('file.notFound', async () => {
    const { backend, badDir, goodPath } = await setup();
    await expectRefused(backend, path.join(badDir, 'missing.gpkg'), 'file.notFound', goodPath);
    const folder = path.join(badDir, 'folder.gpkg');
    fs.mkdirSync(folder);
    await expectRefused(backend, folder, 'file.notFound', goodPath); // a folder is not a project file
  });

  test('file.notSqlite: text, empty and truncated files, and a corrupt SQLite file', async () => {
    const { backend, badDir, goodPath } = await setup();
    const cases = {
      'text.gpkg': 'hello, this is not a database at all',
      'empty.gpkg': '',
      'short.gpkg': 'SQLite',
      'corrupt.gpkg': `SQLite format 3\0${'\x01'.repeat(200)}`,
    };
    for (const [name, content] of Object.entries(cases)) {
      const file = path.join(badDir, name);
      fs.writeFileSync(file, content, 'latin1');
      await expectRefused(backend, file, 'file.notSqlite', goodPath);
    }
  });

  test('file.notRenozone: plain SQLite files, in rollback and in WAL mode', async () => {
    const { backend, badDir, goodPath } = await setup();
    for (const mode of ['delete', 'wal']) {
      const file = path.join(badDir, `other-${mode}.gpkg`);
      const db = new Database(file);
      db.pragma(`journal_mode = ${mode}`);
      db.exec("CREATE TABLE roads (name TEXT); INSERT INTO roads VALUES ('中山路')");
      db.close();
      await expectRefused(backend, file, 'file.notRenozone', goodPath);
    }
  });

  test('file.newerVersion: a project written by a newer RenoZone', async () => {
    const { backend, badDir, goodPath } = await setup();
    const file = path.join(badDir, 'newer.gpkg');
    await makeProject(file);
    const db = new Database(file);
    db.prepare("UPDATE renozone_meta SET value = '99' WHERE key = 'schema_version'").run();
    db.close();
    await expectRefused(backend, file, 'file.newerVersion', goodPath);
    const err = await caught(backend.handlers['project.open']({ path: file }));
    expect(err).toMatchObject({ params: { found: 99, supported: 7 } });
  });

  test('file.readOnly: a file without write bits, and a file in a read-only folder', async () => {
    const { backend, badDir, goodPath } = await setup();
    const file = path.join(badDir, 'ro.gpkg');
    await makeProject(file);
    fs.chmodSync(file, 0o444);
    chmodded.push(file);
    await expectRefused(backend, file, 'file.readOnly', goodPath);

    const roDir = path.join(badDir, 'ro-folder');
    fs.mkdirSync(roDir);
    const inRoDir = path.join(roDir, 'p.gpkg');
    await makeProject(inRoDir);
    fs.chmodSync(roDir, 0o555);
    chmodded.push(roDir);
    await expectRefused(backend, inRoDir, 'file.readOnly', goodPath);
  });

  test('file.locked: open in another instance; a stale lock of a dead process is taken over', async () => {
    const { backend, badDir, goodPath } = await setup();
    const file = path.join(badDir, 'shared.gpkg');
    await makeProject(file);
    const other = newBackend(tempDir());
    await other.handlers['project.open']({ path: file });
    await expectRefused(backend, file, 'file.locked', goodPath);
    const err = await caught(backend.handlers['project.open']({ path: file }));
    expect(err).toMatchObject({ params: { pid: process.pid } });

    await other.handlers['project.close']({});
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: dead, hostname: (await import('node:os')).hostname(), at: '' }),
    );
    const info = await backend.handlers['project.open']({ path: file });
    expect(info.path).toBe(file);
    expect(JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  });
});
