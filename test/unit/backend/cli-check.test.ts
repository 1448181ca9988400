import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBackend, writeDemoProject } from '../../../electron/backend';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCli } from '../../../electron/cli/run';
import { recorder, tempDir } from './helpers';

// `renozone check pipelines` on a demo file: the Chinese table (grade C marked), --json exactly
// {"conflicts": […]} with the documented keys, exit 0 with conflicts, 1 on a missing file, 2 on bad usage.

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const KEYS = ['rule', 'a', 'b', 'measured_m', 'required_m', 'standard', 'clause', 'confidence', 'location'];

describe('renozone check pipelines', () => {
  test('prints every conflict as a table and as JSON; exit code 0 even with conflicts', async () => {
    const file = path.join(tempDir(), 'demo.gpkg');
    await writeDemoProject(file);
    const json = await cli(['check', 'pipelines', file, '--json']);
    expect(json.code).toBe(EXIT_OK);
    const parsed = JSON.parse(json.stdout) as { conflicts: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['conflicts']);
    expect(parsed.conflicts.length).toBeGreaterThan(0);
    for (const c of parsed.conflicts) {
      expect(Object.keys(c)).toEqual(KEYS); // no review yet
      expect(Object.keys(c.a as object)).toEqual(['id', 'code', 'type']);
      if (c.b !== null) expect(Object.keys(c.b as object)).toEqual(['id', 'code', 'type']);
      expect(c.location).toEqual([expect.any(Number), expect.any(Number)]);
      // The connection check is RenoZone's own rule, not a clause of the standard; every other rule cites GB 50289.
      expect(c.standard).toMatch(c.rule === 'no_main_connection' ? /RenoZone/ : /^GB 50289/);
    }
    const codes = parsed.conflicts.map((c) => (c.a as { code: string }).code);
    expect(codes.some((code) => /^(JS|YS|WS|RQ|RL|DL|TX)-\d{3}$/.test(code))).toBe(true);

    const table = await cli(['check', 'pipelines', file]);
    expect(table.code).toBe(EXIT_OK);
    expect(table.stdout).toMatch(/^规则\s+管线 A\s+管线 B\s+实测\s+要求\s+条文\s+可信度\s+位置/);
    expect(table.stdout).toContain(`共 ${parsed.conflicts.length} 处冲突`);
    if (parsed.conflicts.some((c) => c.confidence === 'C')) expect(table.stdout).toContain('（C级，未核实）');
  });

  test('a reviewed conflict carries its review in the JSON, and the table says it was accepted', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    const backend = createBackend({ homeDir: dir, emit: recorder().emit });
    try {
      const h = backend.handlers;
      await h['project.open']({ path: file });
      const target = (await h['pipelines.check']({})).conflicts.find((c) => c.rule === 'horizontal_pipe');
      if (!target) throw new Error('no pipe–pipe conflict in the demo');
      const review = { accepted: true, note: '加设隔离墙', reviewed_at: '2026-11-22T00:00:00.000Z' };
      const row = { id: target.key, rule: target.rule, ...review };
      await h['change.apply']({ change: { ops: [{ op: 'put', table: 'conflict_reviews', row }], summary: '接受' } });
      await h['project.close']({});
    } finally {
      backend.dispose();
    }
    const parsed = JSON.parse((await cli(['check', 'pipelines', file, '--json'])).stdout) as {
      conflicts: Record<string, unknown>[];
    };
    const reviewed = parsed.conflicts.filter((c) => 'review' in c);
    expect(reviewed).toHaveLength(1);
    expect(Object.keys(reviewed[0] ?? {})).toEqual([...KEYS, 'review']);
    expect(reviewed[0]?.review).toEqual({
      accepted: true,
      note: '加设隔离墙',
      reviewed_at: '2026-11-22T00:00:00.000Z',
    });
    expect((await cli(['check', 'pipelines', file])).stdout).toContain('已接受：加设隔离墙');
  });

  test('a missing file is an error (1); a wrong subject is a usage error (2)', async () => {
    const dir = tempDir();
    expect((await cli(['check', 'pipelines', path.join(dir, 'nope.gpkg')])).code).toBe(EXIT_FAILED);
    expect((await cli(['check', 'roads', path.join(dir, 'nope.gpkg')])).code).toBe(EXIT_USAGE);
    expect((await cli(['check', 'pipelines'])).code).toBe(EXIT_USAGE);
  });
});
