import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { recorder, tempDir } from './helpers';

// A crash (the process killed mid-session) must cost at most the change in flight: the committed change is in the
// WAL, the stale lock is taken over, and the project opens with the change in it.

let backend: Backend | null = null;
afterEach(() => backend?.dispose());

test('after a crash the project reopens with its committed changes; the stale lock is taken over', async () => {
  const home = tempDir();
  const file = path.join(home, 'p.gpkg');
  backend = createBackend({ homeDir: home, emit: recorder().emit });
  await backend.handlers['project.create']({ path: file });
  await backend.handlers['project.close']({});

  // `node --import tsx` runs the TypeScript fixture in this very child, so the kill lands on it.
  const script = path.join(__dirname, 'fixtures', 'crash-child.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, file, home], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.signal).toBe('SIGKILL');
  const id = child.stdout.trim();
  expect(fs.existsSync(`${file}.lock`)).toBe(true);
  expect(fs.existsSync(`${file}-wal`)).toBe(true);

  const info = await backend.handlers['project.open']({ path: file });
  expect(info.counts.compounds).toBe(1);
  const { compounds } = await backend.handlers['features.load']({});
  expect(compounds[0]).toMatchObject({ id, name: '崩溃前的小区' });
  await backend.handlers['project.close']({});
  expect(fs.readdirSync(home).sort()).toEqual(['p.gpkg', 'recent.json']);
});
