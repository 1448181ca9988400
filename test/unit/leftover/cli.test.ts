import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeDemoProject } from '../../../electron/backend';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/run';
import { tempDir } from '../backend/helpers';

// `renozone leftover` on a demo file: the Chinese list, --json exactly {"compounds": [{"id", "name", "leftover_m2",
// "pieces": [{"area_m2", "min_width_m", "fits": [{"type", "count"}], …}]}]}, --compound by name, --write stores the
// layer once (a second identical write changes nothing), and bad options are usage errors (exit 2).

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface JsonOut {
  compounds: {
    id: string;
    name: string;
    leftover_m2: number;
    pieces: { area_m2: number; min_width_m: number; fits: { type: string; count: number }[] }[];
  }[];
}

describe('renozone leftover', () => {
  test('prints, prints JSON, filters by compound, writes the layer once', async () => {
    const file = path.join(tempDir(), 'demo.gpkg');
    await writeDemoProject(file);

    const text = await cli(['leftover', file]);
    expect(text.code).toBe(EXIT_OK);
    expect(text.stdout).toMatch(/存量用地 [\d,.]+ m²，\d+ 块/);
    expect(text.stdout).toMatch(/最小宽度 [\d.]+ m，最佳矩形/);
    expect(text.stdout).toMatch(/合计：\d+ 个小区，存量用地 [\d.]+ m²（最小面积 30 m²，最小宽度 3 m）/);

    const json = await cli(['leftover', file, '--json', '--min-area', '100', '--min-width', '4']);
    expect(json.code).toBe(EXIT_OK);
    const parsed = JSON.parse(json.stdout) as JsonOut;
    expect(Object.keys(parsed)).toEqual(['compounds']);
    expect(parsed.compounds.length).toBeGreaterThan(1);
    const first = parsed.compounds.find((c) => c.pieces.length > 0);
    if (!first) throw new Error('no compound with leftover land');
    expect(Object.keys(first).sort()).toEqual(['id', 'leftover_m2', 'name', 'pieces']);
    const piece = first.pieces[0];
    expect(piece).toBeDefined();
    expect(Object.keys(piece ?? {})).toEqual(expect.arrayContaining(['area_m2', 'min_width_m', 'fits']));
    for (const p of first.pieces) {
      expect(p.area_m2).toBeGreaterThanOrEqual(100);
      expect(p.min_width_m).toBeGreaterThanOrEqual(4);
      for (const f of p.fits) expect(Object.keys(f).sort()).toEqual(['count', 'type']);
    }
    const sum = first.pieces.reduce((s, p) => s + p.area_m2, 0);
    expect(first.leftover_m2).toBeCloseTo(sum, 1);

    const one = JSON.parse((await cli(['leftover', file, '--json', '--compound', first.name])).stdout) as JsonOut;
    expect(one.compounds.map((c) => c.id)).toEqual([first.id]);

    const written = await cli(['leftover', file, '--write', '--compound', first.id]);
    expect(written.stdout).toMatch(/已写入存量用地图层：\d+ 块。/);
    const info = JSON.parse((await cli(['info', file, '--json'])).stdout) as {
      layers: { name: string; count: number }[];
    };
    const stored = info.layers.find((l) => l.name === 'leftover_pieces')?.count ?? 0;
    expect(stored).toBe(one.compounds[0]?.pieces.length);
    expect(stored).toBeGreaterThan(0);
    const again = await cli(['leftover', file, '--write', '--compound', first.id]);
    expect(again.stdout).toMatch(/存量用地图层无变化。/);
  });

  test('bad options and unknown compounds', async () => {
    const file = path.join(tempDir(), 'demo.gpkg');
    await writeDemoProject(file);
    const bad = await cli(['leftover', file, '--min-area', 'abc']);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stderr).toMatch(/--min-area 需要一个不小于 0 的数/);
    const missing = await cli(['leftover', file, '--compound', '不存在的小区']);
    expect(missing.code).toBe(EXIT_FAILED);
    expect(missing.stderr).toMatch(/项目中没有小区“不存在的小区”/);
  });
});
