import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeDemoProject } from '../../../electron/backend';
import { EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/run';
import type { BundledPackage } from '../../../shared/model/bundle';
import { tempDir } from './helpers';

// `renozone bundle` on a demo file: the Chinese table, --json exactly {"packages": […], "dissolved": […]}, --dry-run
// leaves the file's packages alone, options are remembered, packages a re-bundle deletes are said on stderr, and bad
// options are usage errors (exit 2).

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const packagesOf = (stdout: string): BundledPackage[] => {
  const parsed = JSON.parse(stdout) as { packages: BundledPackage[] };
  expect(Object.keys(parsed)).toEqual(['packages', 'dissolved']);
  return parsed.packages;
};

describe('renozone bundle', () => {
  test('dry run prints packages without writing; a real run writes them; the JSON lists stored ids', async () => {
    const file = path.join(tempDir(), 'demo.gpkg');
    await writeDemoProject(file);
    const dry = await cli(['bundle', file, '--dry-run']);
    expect(dry.code).toBe(EXIT_OK);
    expect(dry.stdout).toMatch(/^片区\s+街道\s+小区\s+楼栋\s+户数/);
    expect(dry.stdout).toMatch(/试算：\d+ 个片区，未写入文件/);
    expect(packagesOf((await cli(['bundle', file, '--dry-run', '--json'])).stdout).length).toBeGreaterThan(1);
    const info = JSON.parse((await cli(['info', file, '--json'])).stdout) as {
      layers: { name: string; count: number }[];
    };
    expect(info.layers.find((l) => l.name === 'packages')?.count).toBe(0);

    const real = await cli([
      'bundle',
      file,
      '--json',
      '--distance',
      '60',
      '--same',
      'community',
      '--max-compounds',
      '3',
    ]);
    expect(real.code).toBe(EXIT_OK);
    const written = packagesOf(real.stdout);
    expect(written.every((p) => p.compounds <= 3 && p.compound_ids.length === p.compounds)).toBe(true);
    const after = JSON.parse((await cli(['info', file, '--json'])).stdout) as {
      layers: { name: string; count: number }[];
      settings: Record<string, unknown>;
    };
    expect(after.layers.find((l) => l.name === 'packages')?.count).toBe(written.length);
    expect(after.settings).toMatchObject({ bundle_distance_m: 60, bundle_same: 'community', bundle_max_compounds: 3 });
    // Without flags the last-used options apply: the same partition again.
    const again = packagesOf((await cli(['bundle', file, '--json', '--dry-run'])).stdout);
    expect(again.map((p) => p.compound_ids)).toEqual(written.map((p) => p.compound_ids));
    // One compound per package: every package of two or more is deleted, and the dry run says which.
    const split = await cli(['bundle', file, '--dry-run', '--max-compounds', '1']);
    const gone = written.filter((p) => p.compounds >= 2);
    expect(gone.length).toBeGreaterThan(0);
    expect(split.stderr).toContain(`重新打包将删除 ${gone.length} 个工程包：${gone[0]?.name}`);
  });

  test('bad options are usage errors', async () => {
    const file = path.join(tempDir(), 'demo.gpkg');
    await writeDemoProject(file);
    for (const args of [
      ['--distance', 'far'],
      ['--distance', '-5'],
      ['--same', 'city'],
      ['--max-compounds', '0'],
      ['--max-households', '2.5'],
      ['--only-eligible', 'maybe'],
    ]) {
      const r = await cli(['bundle', file, ...args]);
      expect(r.code, args.join(' ')).toBe(EXIT_USAGE);
      expect(r.stderr).toContain('renozone bundle <文件.gpkg>');
    }
    expect((await cli(['bundle'])).code).toBe(EXIT_USAGE);
  });
});
