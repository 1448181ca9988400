import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/run';
import type { ImportReport } from '../../../shared/model/exchange';
import { IN, makeShapefile, tempDir } from './helpers';

// `renozone import`: creates the project when missing (zone from the data), prints the Chinese report or exactly
// {"report": …}, --dry-run writes nothing (not even a new file), --map overrides the guessed mapping, a bad
// source exits with its message and leaves no half-made project behind.

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('renozone import', () => {
  test('creates the project from a GK Shapefile, guesses the mapping, prints the report in Chinese', async () => {
    const dir = tempDir();
    const shp = makeShapefile(dir, 'src', 'compounds-shp.geojson', { encoding: 'GBK', srs: 'EPSG:4545' });
    const file = path.join(dir, '新片区.gpkg');
    const dry = await cli(['import', file, shp, '--dry-run']);
    expect(dry.code).toBe(EXIT_OK);
    expect(dry.stdout).toContain('检查完毕，未写入文件');
    expect(fs.existsSync(file)).toBe(false);

    const real = await cli(['import', file, shp, '--layer', 'compounds']);
    expect(real.code).toBe(EXIT_OK);
    expect(real.stdout).toContain('新建项目文件');
    expect(real.stdout).toContain('名称→name');
    expect(real.stdout).toMatch(/写入：4/);
    const info = JSON.parse((await cli(['info', file, '--json'])).stdout) as {
      layers: { name: string; count: number }[];
      settings: Record<string, unknown>;
    };
    expect(info.layers.find((l) => l.name === 'compounds')?.count).toBe(4);
    expect(info.settings.metric_epsg).toBe(4545); // the 3° zone nearest 106.7°E: CM 108°E
  });

  test('--json prints exactly {"report"}; --map and --crs are honoured; GCJ-02 points move', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    const r = await cli([
      'import',
      file,
      path.join(IN, 'pipelines.geojson'),
      '--layer',
      'pipelines',
      '--map',
      '编号=code',
      '--map',
      '管线类型=type',
      '--crs',
      'EPSG:4326',
      '--from',
      'gcj02',
      '--json',
    ]);
    expect(r.code).toBe(EXIT_OK);
    const parsed = JSON.parse(r.stdout) as { report: ImportReport };
    expect(Object.keys(parsed)).toEqual(['report']);
    expect(parsed.report.written).toBe(2);
    expect(parsed.report.bbox?.[0]).toBeLessThan(106.7); // GCJ-02 is east of WGS84 here: the offset is removed
  });

  test('bad arguments are usage errors; a bad source exits with its message and creates no file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.gpkg');
    expect((await cli(['import', file, path.join(IN, 'compounds.geojson'), '--layer', 'houses'])).code).toBe(
      EXIT_USAGE,
    );
    expect((await cli(['import', file, path.join(IN, 'compounds.geojson'), '--map', '小区名称=nonsense'])).code).toBe(
      EXIT_USAGE,
    );
    const empty = path.join(dir, 'empty.geojson');
    fs.writeFileSync(empty, '');
    const r = await cli(['import', file, empty]);
    expect(r.code).not.toBe(EXIT_OK);
    expect(r.stderr).toContain('空文件');
    expect(fs.existsSync(file)).toBe(false);
  });
});
