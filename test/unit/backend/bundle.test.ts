import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend, writeDemoProject } from '../../../electron/backend';
import { DEFAULT_BUNDLE_OPTIONS } from '../../../shared/model/bundle';
import type { Annotation, ReviewMeeting } from '../../../shared/model/tables';
import { fireOpinion } from '../../fixtures/review/opinion';
import { pipeline, recorder, tempDir } from './helpers';

// packages.bundle on a real demo project file: dry run, apply as one undo step, locked packages kept on
// re-bundling, options remembered, totals and estimate, and the packages layer as GDAL sees it.

const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';

let backend: Backend;
/** Rows in id order: undo puts deleted rows back, not necessarily where they were read from. */
const byId = (rows: readonly { id: string }[]): { id: string }[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
afterEach(() => backend.dispose());

async function openDemo() {
  const dir = tempDir();
  const file = path.join(dir, '示例.gpkg');
  await writeDemoProject(file);
  const rec = recorder();
  backend = createBackend({ homeDir: dir, emit: rec.emit });
  await backend.handlers['project.open']({ path: file });
  return { file, h: backend.handlers, events: rec.events };
}

describe('packages.bundle', () => {
  test('the demo project carries its survey lines and the seeded catalog', async () => {
    const { h } = await openDemo();
    const rows = await h['features.load']({});
    expect(rows.compound_items.length).toBeGreaterThan(rows.compounds.length);
    expect(rows.renovation_items.length).toBeGreaterThan(10);
    expect(rows.packages).toEqual([]);
  });

  test('a dry run reports packages and writes nothing', async () => {
    const { h } = await openDemo();
    const result = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: true });
    expect(result.applied).toBeNull();
    expect(result.packages.length).toBeGreaterThan(1);
    const rows = await h['features.load']({});
    expect(rows.packages).toEqual([]);
    expect(await h['journal.list']({})).toEqual([]);
    const members = result.packages.flatMap((p) => p.compound_ids);
    expect(new Set(members).size).toBe(members.length); // a compound is in at most one package
    const ids = new Set(rows.compounds.map((c) => c.id));
    expect(members.every((id) => ids.has(id))).toBe(true);
    for (const p of result.packages) {
      expect(p.compounds).toBe(p.compound_ids.length);
      expect(p.name).toMatch(/^.+街道\d+号片区$/);
      expect(p.households).toBeGreaterThan(0);
    }
  });

  test('bundling is one undo step; undo and redo restore the packages', async () => {
    const { h, events } = await openDemo();
    const result = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    const n = result.packages.length;
    expect(result.applied?.history).toMatchObject({ canUndo: true, depth: 1, undoSummary: `自动打包（${n} 个片区）` });
    expect(events.at(-1)).toMatchObject({ event: 'change.applied', payload: { origin: 'apply' } });
    const after = await h['features.load']({});
    expect(after.packages.map((p) => p.id).sort()).toEqual(result.packages.map((p) => p.id).sort());
    expect(after.package_members).toHaveLength(result.packages.reduce((s, p) => s + p.compounds, 0));
    expect(after.packages.every((p) => p.geometry.type === 'MultiPolygon' && p.status === 'reserve')).toBe(true);

    await h['history.undo']({});
    expect((await h['features.load']({})).packages).toEqual([]);
    await h['history.redo']({});
    expect((await h['features.load']({})).packages).toEqual(after.packages);
  });

  test('options are remembered in settings', async () => {
    const { h } = await openDemo();
    const options = { ...DEFAULT_BUNDLE_OPTIONS, distance_m: 80, same: 'community' as const, max_compounds: 4 };
    await h['packages.bundle']({ options, dryRun: false });
    const info = await h['project.current']({});
    expect(info?.settings).toMatchObject({ bundle_distance_m: 80, bundle_same: 'community', bundle_max_compounds: 4 });
  });

  test('a locked package and its compounds survive re-bundling; new names do not collide with it', async () => {
    const { h } = await openDemo();
    const first = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    const rows = await h['features.load']({});
    const keep = rows.packages.find((p) => p.id === first.packages[1]?.id);
    if (!keep) throw new Error('no second package');
    await h['change.apply']({
      change: { ops: [{ op: 'put', table: 'packages', row: { ...keep, locked: true } }], summary: '锁定' },
    });
    const second = await h['packages.bundle']({
      options: { ...DEFAULT_BUNDLE_OPTIONS, distance_m: 30, only_eligible: false },
      dryRun: false,
    });
    const kept = second.packages.find((p) => p.id === keep.id);
    expect(kept).toMatchObject({ locked: true, name: keep.name, compound_ids: first.packages[1]?.compound_ids });
    const others = second.packages.filter((p) => p.id !== keep.id);
    expect(others.some((p) => p.name === keep.name)).toBe(false);
    expect(others.flatMap((p) => p.compound_ids).some((id) => kept?.compound_ids.includes(id))).toBe(false);
    // Unlocked packages of the first bundle that are still there were carried on (inherit.ts): each holds more
    // than half of the compounds it had.
    const now = await h['features.load']({});
    expect(now.packages.some((p) => p.id === keep.id)).toBe(true);
    for (const p of now.packages.filter((n) => n.id !== keep.id)) {
      const before = first.packages.find((f) => f.id === p.id)?.compound_ids;
      if (!before) continue;
      const after = second.packages.find((s) => s.id === p.id)?.compound_ids ?? [];
      expect(2 * after.filter((id) => before.includes(id)).length).toBeGreaterThan(before.length);
    }
  });

  test('re-bundling with the same options keeps every package, and what points at it', async () => {
    const { h } = await openDemo();
    const first = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    const target = first.packages[0];
    if (!target) throw new Error('no package');
    const rows = await h['features.load']({});
    const pkg = rows.packages.find((p) => p.id === target.id);
    if (!pkg) throw new Error('package not loaded');
    await h['change.apply']({
      change: {
        ops: [{ op: 'put', table: 'packages', row: { ...pkg, plan_year: 2027, notes: '先行' } }],
        summary: '年度',
      },
    });
    const second = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    expect(second.packages.map((p) => [p.id, p.name, p.compound_ids])).toEqual(
      first.packages.map((p) => [p.id, p.name, p.compound_ids]),
    );
    const after = (await h['features.load']({})).packages.find((p) => p.id === target.id);
    expect(after).toMatchObject({ plan_year: 2027, notes: '先行' });
  });

  test('a package the re-bundle deletes takes its opinions and annotations along, in the same undo step', async () => {
    const { h } = await openDemo();
    const first = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    // One compound per package from now on: every old package of two or more compounds is deleted (inherit.ts).
    const target = first.packages.find((p) => p.compounds >= 2);
    const kept = first.packages.find((p) => p.id !== target?.id);
    if (!target || !kept) throw new Error('no package of two compounds');
    const meeting: ReviewMeeting = {
      id: randomUUID(),
      title: '联审会',
      held_on: '2026-11-20',
      location: '',
      attendees: [],
      agenda: [target.id, kept.id],
      notes: '',
    };
    const opinion = fireOpinion(target.id, meeting.id);
    const annotation: Annotation = {
      id: randomUUID(),
      package_id: target.id,
      meeting_id: meeting.id,
      color: '#e03030',
      width_px: 3,
      note: '此处加装电梯',
      created_at: '2026-11-20T09:40:00Z',
      geometry: {
        type: 'LineString',
        coordinates: [
          [116.4, 39.9],
          [116.401, 39.9],
        ],
      },
    };
    const pipe = pipeline({ package_id: target.id });
    await h['change.apply']({
      change: {
        summary: '联审记录',
        ops: [
          { op: 'put', table: 'review_meetings', row: meeting },
          { op: 'put', table: 'review_opinions', row: opinion },
          { op: 'put', table: 'annotations', row: annotation },
          { op: 'put', table: 'pipelines', row: pipe },
        ],
      },
    });
    const before = await h['features.load']({});
    const options = { ...DEFAULT_BUNDLE_OPTIONS, max_compounds: 1 };

    const dry = await h['packages.bundle']({ options, dryRun: true });
    expect(dry.dissolved.find((d) => d.id === target.id)).toEqual({
      id: target.id,
      name: target.name,
      opinions: 1,
      annotations: 1,
      pipelines: 1,
      meetings: 1,
    });
    expect(await h['features.load']({})).toEqual(before);

    const applied = await h['packages.bundle']({ options, dryRun: false });
    expect(applied.dissolved).toEqual(dry.dissolved);
    const after = await h['features.load']({});
    const ids = new Set(after.packages.map((p) => p.id));
    expect(ids.has(target.id)).toBe(false);
    expect(after.review_opinions).toEqual([]);
    expect(after.annotations).toEqual([]);
    expect(after.pipelines.find((p) => p.id === pipe.id)?.package_id).toBeNull();
    // Nothing in the file points at a package that is not there.
    const agenda = after.review_meetings.find((m) => m.id === meeting.id)?.agenda ?? [];
    expect(agenda.every((id) => ids.has(id))).toBe(true);
    expect(agenda).toHaveLength(dry.dissolved.some((d) => d.id === kept.id) ? 0 : 1);

    await h['history.undo']({});
    const undone = await h['features.load']({});
    for (const table of ['packages', 'review_opinions', 'annotations', 'pipelines', 'review_meetings'] as const)
      expect(byId(undone[table])).toEqual(byId(before[table]));
  });

  test('the estimate follows the ticked renovation items', async () => {
    const { h } = await openDemo();
    const rows = await h['features.load']({});
    const dry = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: true });
    expect(dry.packages.every((p) => p.estimate_yuan === 0)).toBe(true); // the demo survey ticks nothing
    const target = dry.packages[0]?.compound_ids[0];
    const line = rows.compound_items.find((l) => l.compound_id === target);
    const item = rows.renovation_items.find((i) => i.id === line?.item_id);
    if (!line || !item) throw new Error('no survey line');
    await h['change.apply']({
      change: {
        ops: [{ op: 'put', table: 'compound_items', row: { ...line, planned: true, quantity: 10 } }],
        summary: '勾选',
      },
    });
    const again = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: true });
    expect(again.packages[0]?.estimate_yuan).toBeCloseTo(10 * item.unit_cost_yuan, 6);
  });

  test('ogrinfo sees the packages layer after a bundle', async () => {
    const { h, file } = await openDemo();
    const result = await h['packages.bundle']({ options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    await h['project.close']({});
    const summary = execFileSync('ogrinfo', ['-ro', '-so', file, 'packages'], { encoding: 'utf8' });
    expect(summary).toContain('Geometry: Multi Polygon');
    expect(summary).toContain(`Feature Count: ${result.packages.length}`);
    expect(summary).toContain('locked: Integer(Boolean)');
    const names = execFileSync('ogrinfo', ['-ro', '-q', file, 'packages'], { encoding: 'utf8' });
    expect(names).toContain(`name (String) = ${result.packages[0]?.name}`);
    const warnings = execFileSync('sh', ['-c', `ogrinfo -ro -so -al "${file}" 2>&1 >/dev/null`], { encoding: 'utf8' });
    expect(warnings).toBe('');
    if (fs.existsSync(VALIDATOR)) expect(execFileSync('python3', [VALIDATOR, file], { encoding: 'utf8' })).toBe('');
  });
});
