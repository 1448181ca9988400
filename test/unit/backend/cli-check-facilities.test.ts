import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBackend, writeDemoProject } from '../../../electron/backend';
import { EXIT_OK, runCli } from '../../../electron/cli/run';
import type { Position } from '../../../shared/model/geometry';
import type { Facility } from '../../../shared/model/tables';
import { facility, ringCentre, squareAround } from '../app/fixtures';
import { recorder, tempDir } from './helpers';

// `renozone check facilities` on a demo file: with no facilities it says so; with a waste point placed on one of the
// demo's buildings and another at a leftover piece's best rectangle, the first fails not_on_building (named) and fire_separation, the
// second passes; --json has exactly the documented keys; a report, so exit 0 either way.

async function cli(args: string[]) {
  const out: string[] = [];
  const io = { stdout: (s: string) => void out.push(s), stderr: () => undefined };
  const code = await runCli(args, { ...io, env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout: out.join('') };
}

/** A waste point of about 3 × 3 m (a 1.5e-5° half-side square) centred on `c` (lon/lat). */
const wastePoint = (id: string, name: string, compoundId: string, c: Position): Facility => ({
  ...facility(id, compoundId, squareAround(c, 1.5e-5), name),
  type: 'waste_point',
});

interface CheckJson {
  rule: string;
  ok: boolean;
  other_name: string | null;
}
type FacilityJson = Record<string, unknown> & { ok: boolean; checks: CheckJson[] };

describe('renozone check facilities', () => {
  test('lists each placed facility with the rules it fails where it stands', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    const none = await cli(['check', 'facilities', file]);
    expect(none).toEqual({ code: EXIT_OK, stdout: '项目中尚未布置设施。\n' });

    // Place one waste point on a building, and one at the best rectangle of a leftover piece of the same compound.
    const backend = createBackend({ homeDir: dir, emit: recorder().emit, leftoverWorker: null });
    let buildingName = '';
    try {
      const h = backend.handlers;
      await h['project.open']({ path: file });
      const { compounds } = await h['leftover.compute']({});
      const compound = compounds.find((c) => c.pieces.length > 0);
      const piece = compound?.pieces[0];
      if (!compound || !piece) throw new Error('the demo has no leftover land');
      const building = (await h['features.load']({})).buildings.find((b) => b.compound_id === compound.id);
      if (!building) throw new Error('the compound has no building');
      buildingName = building.name;
      const centre = ringCentre(building.geometry);
      const rows = [
        wastePoint('00000000-0000-4000-8000-0000000000f1', '压楼收集点', compound.id, centre),
        wastePoint('00000000-0000-4000-8000-0000000000f2', '空地收集点', compound.id, piece.rect.center),
      ];
      await h['change.apply']({
        change: {
          ops: rows.map((row) => ({ op: 'put' as const, table: 'facilities' as const, row })),
          summary: '布置',
        },
      });
      await h['project.close']({});
    } finally {
      backend.dispose();
    }

    const json = await cli(['check', 'facilities', file, '--json']);
    expect(json.code).toBe(EXIT_OK);
    const parsed = JSON.parse(json.stdout) as { facilities: FacilityJson[] };
    expect(Object.keys(parsed)).toEqual(['facilities']);
    const [onBuilding, inOpen] = parsed.facilities;
    if (!onBuilding || !inOpen) throw new Error('two facilities expected');
    expect(Object.keys(onBuilding)).toEqual(['id', 'name', 'type', 'compound_id', 'ok', 'checks']);
    const failed = (f: FacilityJson) => f.checks.filter((c) => !c.ok);
    expect(onBuilding.ok).toBe(false);
    expect(failed(onBuilding).map((c) => [c.rule, c.other_name])).toEqual(
      expect.arrayContaining([['not_on_building', buildingName]]),
    );
    expect(inOpen.ok).toBe(true);
    expect(failed(inOpen)).toEqual([]);
    expect(Object.keys(onBuilding.checks[0] ?? {})).toEqual([
      'rule',
      'ok',
      'other_id',
      'other_name',
      'actual_m',
      'required_m',
    ]);

    const table = await cli(['check', 'facilities', file]);
    expect(table.code).toBe(EXIT_OK);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^压楼收集点（垃圾分类收集点）· .+：✗ \d 项不满足$/);
    expect(lines).toContain(`    不压占建筑 · ${buildingName}`);
    expect(table.stdout).toMatch(/空地收集点（垃圾分类收集点）· .+：✓ 全部通过/);
    expect(table.stdout).toContain('共 2 个设施，1 个有不满足项');
  });
});
