import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend, writeDemoProject } from '../../../electron/backend';
import { createProjectFile } from '../../../electron/backend/store/project-file';
import { DEMO_DELIBERATE_CONFLICTS } from '../../../shared/demo/pipes-conflicts';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { defaultClearanceRules } from '../../../shared/standards/gb50289/index';
import { pipeline, recorder, tempDir } from './helpers';

// Issue 5 in the project file: schema 5 (pipelines, trees, clearance_rules, conflict_reviews), the seeded
// clearance table, and the pipelines.check call on the demo district with reviews saved through change.apply.

let backends: Backend[] = [];
const open = (homeDir: string) => {
  const events = recorder();
  const b = createBackend({ homeDir, emit: events.emit });
  backends.push(b);
  return { h: b.handlers, events: events.events };
};
afterEach(() => {
  for (const b of backends) b.dispose();
  backends = [];
});

describe('schema 5', () => {
  test('a v4 file is copied aside and gains the four tables, with the clearance table seeded', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v4.gpkg');
    createProjectFile(file, { settings: DEFAULT_SETTINGS }, 4);
    const { h } = open(dir);
    const info = await h['project.open']({ path: file });
    expect(info.schemaVersion).toBe(7);
    expect(fs.existsSync(path.join(dir, 'v4.v4.bak.gpkg'))).toBe(true);
    const rows = await h['features.load']({});
    expect(rows.pipelines).toEqual([]);
    expect(rows.trees).toEqual([]);
    expect(rows.conflict_reviews).toEqual([]);
    const defaults = defaultClearanceRules();
    expect(defaults.length).toBeGreaterThan(100);
    expect(rows.clearance_rules).toEqual(defaults);
    expect(rows.clearance_rules.some((r) => r.confidence === 'C')).toBe(true);
    await h['project.close']({});
    const db = new Database(file, { readonly: true });
    try {
      const geometryTypes = db
        .prepare(
          "SELECT table_name, geometry_type_name FROM gpkg_geometry_columns WHERE table_name IN ('pipelines', 'trees') ORDER BY table_name",
        )
        .all();
      expect(geometryTypes).toEqual([
        { table_name: 'pipelines', geometry_type_name: 'LINESTRING' },
        { table_name: 'trees', geometry_type_name: 'POINT' },
      ]);
      const rtrees = db
        .prepare("SELECT name FROM sqlite_master WHERE name IN ('rtree_pipelines_geometry', 'rtree_trees_geometry')")
        .all();
      expect(rtrees).toHaveLength(2);
    } finally {
      db.close();
    }
  });

  test('a new project is seeded once; an edited clearance table is kept on reopen', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gpkg');
    const { h } = open(dir);
    await h['project.create']({ path: file });
    const rules = (await h['features.load']({})).clearance_rules;
    const first = rules[0];
    if (!first) throw new Error('no rules seeded');
    await h['change.apply']({
      change: {
        ops: [
          {
            op: 'put',
            table: 'clearance_rules',
            row: { ...first, metres: 0.3, confidence: 'local', source: '旧区改造，加套管' },
          },
        ],
        summary: '放宽净距',
      },
    });
    await h['project.close']({});
    await h['project.open']({ path: file });
    const again = (await h['features.load']({})).clearance_rules;
    expect(again).toHaveLength(rules.length);
    expect(again.find((r) => r.id === first.id)).toMatchObject({ metres: 0.3, confidence: 'local' });
  });

  test('pipelines and trees round-trip through change.apply with their geometry', async () => {
    const dir = tempDir();
    const { h } = open(dir);
    await h['project.create']({ path: path.join(dir, 'p.gpkg') });
    const p = pipeline({ code: 'RQ-001', type: 'gas', gas_pressure: 'medium_b', municipal: true });
    await h['change.apply']({ change: { ops: [{ op: 'put', table: 'pipelines', row: p }], summary: '画管线' } });
    expect((await h['features.load']({})).pipelines).toEqual([p]);
  });
});

describe('pipelines.check', () => {
  test('finds the demo district’s deliberate conflicts, joins reviews, and undo removes a review', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    const { h, events } = open(dir);
    await h['project.open']({ path: file });
    const rows = await h['features.load']({});
    expect(rows.pipelines.length).toBeGreaterThan(40);
    expect(rows.trees.length).toBeGreaterThan(100);

    events.length = 0;
    const result = await h['pipelines.check']({});
    const progress = events.filter((e) => e.event === 'job.progress').map((e) => e.payload);
    expect(progress).toHaveLength(2);
    expect(progress[1]).toMatchObject({ done: 1, total: 1 });
    expect(result.segments).toBeGreaterThanOrEqual(rows.pipelines.length);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    const rules = new Set(result.conflicts.map((c) => c.rule));
    for (const rule of DEMO_DELIBERATE_CONFLICTS) expect(rules, rule).toContain(rule);
    expect(result.conflicts.length).toBeGreaterThanOrEqual(DEMO_DELIBERATE_CONFLICTS.length);
    expect(result.conflicts.length).toBeLessThanOrEqual(8);
    expect(result.conflicts.every((c) => c.review === null)).toBe(true);

    const target = result.conflicts.find((c) => c.rule === 'horizontal_building');
    if (!target) throw new Error('no building conflict');
    const review = { accepted: true, note: '加设钢套管', reviewed_at: '2026-11-22T00:00:00.000Z' };
    await h['change.apply']({
      change: {
        ops: [{ op: 'put', table: 'conflict_reviews', row: { id: target.key, rule: target.rule, ...review } }],
        summary: '接受冲突',
      },
    });
    const reviewed = await h['pipelines.check']({});
    expect(reviewed.conflicts.find((c) => c.key === target.key)?.review).toEqual(review);
    expect(reviewed.conflicts.filter((c) => c.review !== null)).toHaveLength(1);

    await h['history.undo']({});
    const undone = await h['pipelines.check']({});
    expect(undone.conflicts.find((c) => c.key === target.key)?.review).toBeNull();
  });

  test('fails with project.none when no project is open', async () => {
    const { h } = open(tempDir());
    await expect(h['pipelines.check']({})).rejects.toMatchObject({ code: 'project.none' });
  });
});
