import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { writeDemoProject } from '../../../electron/backend';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/run';
import type { ExportResult } from '../../../shared/model/exchange';
import { tempDir } from './fixtures';

// `renozone export`: headless export of a project file, the whole of it or some packages.

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('renozone export', () => {
  test('shp of the whole project, then a gpkg of one package', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    const shp = await cli(['export', file, '--format', 'shp', '--out', path.join(dir, '成果')]);
    expect(shp.stderr).toBe('');
    expect(shp.code).toBe(EXIT_OK);
    expect(shp.stdout).toContain('已导出 1 个文件');
    expect(shp.stdout).toMatch(/小区：\d+/);
    const zip = path.join(dir, '成果.zip');
    expect(fs.existsSync(zip)).toBe(true);
    expect(execFileSync('ogrinfo', ['-ro', '-so', `/vsizip/${zip}`, 'compounds'], { encoding: 'utf8' })).toMatch(
      /Feature Count: [1-9]/,
    );

    expect((await cli(['bundle', file])).code).toBe(EXIT_OK);
    const db = new Database(file, { readonly: true });
    const id = db.prepare('SELECT id FROM packages LIMIT 1').pluck().get() as string;
    db.close();
    const one = await cli([
      'export',
      file,
      '--format',
      'gpkg',
      '--packages',
      id,
      '--out',
      path.join(dir, 'one.gpkg'),
      '--json',
    ]);
    expect(one.code).toBe(EXIT_OK);
    const result = JSON.parse(one.stdout) as ExportResult;
    expect(result.files).toEqual([path.join(dir, 'one.gpkg')]);
    expect(result.counts.packages).toBe(1);
  });

  test('usage errors and failures', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    expect((await cli(['export', file, '--format', 'pdf', '--out', 'x'])).code).toBe(EXIT_USAGE);
    expect((await cli(['export', file, '--format', 'kml'])).code).toBe(EXIT_USAGE);
    expect((await cli(['export', file, '--format', 'kml', '--out', 'x.kml', '--packages', 'abc'])).code).toBe(
      EXIT_USAGE,
    );
    const missing = await cli([
      'export',
      file,
      '--format',
      'kml',
      '--out',
      path.join(dir, 'x.kml'),
      '--packages',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(missing.code).toBe(EXIT_FAILED);
    expect(missing.stderr).toContain('项目中没有这些片区');
    fs.writeFileSync(path.join(dir, 'taken.kml'), '');
    const taken = await cli(['export', file, '--format', 'kml', '--out', path.join(dir, 'taken.kml')]);
    expect(taken.code).toBe(EXIT_FAILED);
  });
});
