// `renozone dossier` and `renozone minutes` argument handling, and the clear Chinese message when Chromium is
// missing (the real print runs in test/e2e/report-dossier.e2e.ts and the dossier bench).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_FAILED, EXIT_USAGE, runCli } from '../../../electron/cli/run';

async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'zh_CN.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env });
  return { code, stdout, stderr };
}

describe('renozone dossier / minutes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rz-cli-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const id = '00000000-0000-4000-8000-000000000000';

  it('is listed in the help', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('renozone dossier <文件.gpkg> --package ID|--all');
    expect(help.stdout).toContain('renozone minutes <文件.gpkg> --meeting ID');
  });

  it('exits 2 on wrong usage, with the reason', async () => {
    const f = join(dir, 'p.gpkg');
    expect((await cli(['dossier'])).code).toBe(EXIT_USAGE);
    const neither = await cli(['dossier', f, '--out', dir]);
    expect(neither.code).toBe(EXIT_USAGE);
    expect(neither.stderr).toContain('--package ID');
    expect((await cli(['dossier', f, '--all', '--package', id, '--out', dir])).code).toBe(EXIT_USAGE);
    expect((await cli(['dossier', f, '--package', 'not-a-uuid', '--out', dir])).code).toBe(EXIT_USAGE);
    expect((await cli(['dossier', f, '--all'])).stderr).toContain('--out');
    const paper = await cli(['dossier', f, '--all', '--paper', 'A5', '--out', dir]);
    expect(paper.code).toBe(EXIT_USAGE);
    expect(paper.stderr).toContain('A4 或 A3');
    expect((await cli(['minutes', f, '--out', join(dir, 'm.pdf')])).code).toBe(EXIT_USAGE);
  });

  it('says in Chinese that Chromium is missing, and how to fix it', async () => {
    const env = { LANG: 'zh_CN.UTF-8', RENOZONE_CHROMIUM: join(dir, 'no-chromium') };
    const r = await cli(['dossier', join(dir, 'p.gpkg'), '--all', '--out', join(dir, 'out')], env);
    expect(r.code).toBe(EXIT_FAILED);
    expect(r.stderr).toContain('找不到 Chromium 浏览器');
    expect(r.stderr).toContain('RENOZONE_CHROMIUM');
    const m = await cli(['minutes', join(dir, 'p.gpkg'), '--meeting', id, '--out', join(dir, 'm.pdf')], env);
    expect(m.stderr).toContain('找不到 Chromium 浏览器');
  });
});
