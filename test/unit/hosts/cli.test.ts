// The `renozone` command functions with captured output, plus one smoke run of the bundled bin.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, langFromEnv, runCli } from '../../../electron/cli/run';
import { tempDir } from './helpers';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

describe('renozone (command functions)', () => {
  const tmp = tempDir('rz-cli-');
  afterAll(() => tmp.remove());

  it('picks the language from LANG: Chinese unless it starts with en', () => {
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromEnv({})).toBe('zh');
    expect(langFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('zh');
  });

  it('prints help and version, and exits 2 on wrong usage', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout).toContain('renozone demo <文件.gpkg>');
    expect((await cli(['--help', '--lang', 'en'])).stdout).toContain('write the demo district project');
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli([])).code).toBe(EXIT_USAGE);
    expect((await cli(['explode'])).code).toBe(EXIT_USAGE);
    expect((await cli(['info'])).code).toBe(EXIT_USAGE);
    expect((await cli(['info', 'a.gpkg', 'b.gpkg'])).code).toBe(EXIT_USAGE);
    expect((await cli(['info', 'a.gpkg', '--bogus'])).code).toBe(EXIT_USAGE);
    expect((await cli(['--lang', 'fr', 'info', 'a.gpkg'])).code).toBe(EXIT_USAGE);
  });

  it('reports a missing file with the translated message and exit 1', async () => {
    const missing = join(tmp.dir, 'missing.gpkg');
    const zh = await cli(['info', missing]);
    expect(zh.code).toBe(EXIT_FAILED);
    expect(zh.stderr).toContain('找不到文件');
    const en = await cli(['info', missing], { LANG: 'en_GB.UTF-8' });
    expect(en.stderr).toContain('File not found');
  });

  it('refuses a file that is not a project, changing nothing', async () => {
    const text = join(tmp.dir, 'notes.gpkg');
    writeFileSync(text, 'just text');
    const res = await cli(['info', text]);
    expect(res.code).toBe(EXIT_FAILED);
    expect(res.stderr).toContain('不是 GeoPackage/SQLite 文件');
  });

  it('writes the demo, refuses to overwrite it, and describes it (human and --json)', async () => {
    const file = join(tmp.dir, 'demo.gpkg');
    const demo = await cli(['demo', file]);
    expect(demo.code, demo.stderr).toBe(EXIT_OK);
    expect(demo.stdout).toContain(file);
    expect((await cli(['demo', file])).stderr).toContain('文件已存在');

    const human = await cli(['info', file]);
    expect(human.code, human.stderr).toBe(EXIT_OK);
    expect(human.stdout).toMatch(/图层：\n/);
    expect(human.stdout).toMatch(/compounds\s+\d+ 个要素/);
    expect(human.stdout).toContain('改造年限（建成年份截止）：2000');

    const json = await cli(['info', file, '--json']);
    const summary = JSON.parse(json.stdout) as { path: string; layers: { name: string; count: number }[] };
    expect(summary.path).toBe(resolve(file));
    const compounds = summary.layers.find((l) => l.name === 'compounds');
    expect(compounds?.count).toBeGreaterThanOrEqual(60);
    expect(compounds?.count).toBeLessThanOrEqual(100);
  });
});

describe('renozone (bundled bin)', () => {
  const tmp = tempDir('rz-clibin-');
  const bin = join(tmp.dir, 'cli.cjs');
  beforeAll(async () => {
    // Same options as electron/build-node.mjs, so the test does not depend on a prior `npm run build`.
    await build({
      entryPoints: ['electron/cli.ts'],
      outfile: bin,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['better-sqlite3', 'electron'],
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'silent',
    });
  });
  afterAll(() => tmp.remove());

  it('runs: --version, demo, info --json', () => {
    expect(existsSync(bin) && statSync(bin).size).toBeGreaterThan(0);
    // better-sqlite3 stays external; the bundle finds it through NODE_PATH when it lives outside the repo.
    const env = { ...process.env, NODE_PATH: resolve('node_modules'), LANG: 'en_US.UTF-8' };
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const file = join(tmp.dir, 'd.gpkg');
    const demo = run('demo', file);
    expect(demo.status, demo.stderr).toBe(0);
    const info = run('info', file, '--json');
    expect(info.status, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout).layers.length).toBeGreaterThan(0);
    expect(run('nonsense').status).toBe(2);
  });
});
