import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend, readProjectSummary, writeDemoProject } from '../../../electron/backend';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { listing, recorder, sha256, tempDir } from './helpers';

let backends: Backend[] = [];
const start = (homeDir: string) => {
  const rec = recorder();
  const backend = createBackend({ homeDir, emit: rec.emit });
  backends.push(backend);
  return { backend, h: backend.handlers, events: rec.events };
};
afterEach(() => {
  for (const b of backends) b.dispose();
  backends = [];
});

describe('backend service', () => {
  test('first startup opens a fresh demo copy; the next startup reopens the most recent project', async () => {
    const home = path.join(tempDir(), 'home'); // does not exist yet
    const first = start(home);
    const info = await first.backend.startup();
    expect(info.path).toBe(path.join(home, '示例片区-1.gpkg'));
    expect(info.counts.compounds).toBeGreaterThan(10);
    expect(info.counts.buildings).toBeGreaterThan(info.counts.compounds);
    expect(first.events.map((e) => e.event)).toEqual(['project.changed']);
    const demo2 = await first.h['project.openDemo']({});
    expect(demo2.path).toBe(path.join(home, '示例片区-2.gpkg'));
    expect((await first.h['project.recent']({})).map((r) => r.name)).toEqual(['示例片区-2', '示例片区-1']);
    first.backend.dispose();
    backends = [];

    const second = start(home);
    expect((await second.backend.startup()).path).toBe(demo2.path);
  });

  test('recent files: most recent first, no duplicates, vanished files dropped, at most 10', async () => {
    const home = tempDir();
    const { h } = start(home);
    const paths = Array.from({ length: 12 }, (_, i) => path.join(home, `p${i}.gpkg`));
    for (const p of paths) await h['project.create']({ path: p });
    await h['project.open']({ path: paths[3] as string });
    let recent = (await h['project.recent']({})).map((r) => r.name);
    expect(recent).toEqual(['p3', 'p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p2']);
    await h['project.close']({});
    fs.rmSync(paths[11] as string);
    recent = (await h['project.recent']({})).map((r) => r.name);
    expect(recent).toEqual(['p3', 'p10', 'p9', 'p8', 'p7', 'p6', 'p5', 'p4', 'p2']);
  });

  test('calls that need a project say so when none is open', async () => {
    const { h } = start(tempDir());
    expect(await h['project.current']({})).toBeNull();
    await expect(h['features.load']({})).rejects.toMatchObject({ code: 'project.none' });
    await expect(
      h['change.apply']({ change: { ops: [{ op: 'delete', table: 'compounds', id: 'x' }], summary: '' } }),
    ).rejects.toMatchObject({ code: 'project.none' });
    expect(await h['app.info']({})).toMatchObject({ schemaVersion: 7, version: expect.any(String) });
  });

  test('save as: writes a complete copy, continues on it with the undo history, refuses to overwrite unless told', async () => {
    const home = tempDir();
    const { h, events } = start(home);
    const original = await h['project.openDemo']({});
    const before = await h['features.load']({});
    const first = before.compounds[0];
    if (!first) throw new Error('demo has compounds');
    await h['change.apply']({
      change: { ops: [{ op: 'put', table: 'compounds', row: { ...first, name: '改名小区' } }], summary: '改名' },
    });
    const target = path.join(home, '副本.gpkg');
    const copy = await h['project.saveAs']({ path: target });
    expect(copy.path).toBe(target);
    expect(copy.counts).toEqual(original.counts);
    expect(copy.history.undoSummary).toBe('改名');
    expect(fs.existsSync(`${original.path}.lock`)).toBe(false);
    expect(fs.existsSync(`${target}.lock`)).toBe(true);
    await h['history.undo']({});
    expect((await h['features.load']({})).compounds[0]?.name).toBe(first.name);
    expect(events.filter((e) => e.event === 'project.changed')).toHaveLength(2);

    fs.writeFileSync(path.join(home, 'taken.gpkg'), 'x');
    await expect(h['project.saveAs']({ path: path.join(home, 'taken.gpkg') })).rejects.toMatchObject({
      code: 'file.exists',
    });
    const over = await h['project.saveAs']({ path: path.join(home, 'taken.gpkg'), overwrite: true });
    expect(over.counts).toEqual(original.counts);
    expect(listing(home).filter((f) => f.startsWith('.'))).toEqual([]); // no temp files left
  });

  test('fs.list: folders and .gpkg files only, folders first, with parent', async () => {
    const home = tempDir();
    const { h } = start(home);
    fs.mkdirSync(path.join(home, '项目'));
    fs.writeFileSync(path.join(home, 'b.gpkg'), '');
    fs.writeFileSync(path.join(home, 'a.GPKG'), 'xx');
    fs.writeFileSync(path.join(home, 'notes.txt'), '');
    fs.writeFileSync(path.join(home, '.hidden.gpkg'), '');
    const list = await h['fs.list']({});
    expect(list.dir).toBe(home);
    expect(list.parent).toBe(path.dirname(home));
    expect(list.entries.map((e) => [e.name, e.isDir, e.size])).toEqual([
      ['项目', true, 0],
      ['a.GPKG', false, 2],
      ['b.gpkg', false, 0],
    ]);
    await expect(h['fs.list']({ dir: path.join(home, 'nope') })).rejects.toMatchObject({ code: 'file.notFound' });
  });

  test('writeDemoProject and readProjectSummary (read-only: the file and folder are unchanged)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.gpkg');
    await writeDemoProject(file);
    await expect(writeDemoProject(file)).rejects.toMatchObject({ code: 'file.exists' });
    const hash = sha256(file);
    const summary = readProjectSummary(file);
    expect(summary.schemaVersion).toBe(7);
    expect(summary.settings.metric_epsg).toBe(4544);
    const byName = Object.fromEntries(summary.layers.map((l) => [l.name, l]));
    expect(byName.compounds).toMatchObject({ geometryType: 'POLYGON', srsId: 4326 });
    expect(byName.compounds?.count).toBeGreaterThan(10);
    expect(byName.settings).toMatchObject({ geometryType: null, count: Object.keys(DEFAULT_SETTINGS).length });
    expect(byName.renovation_items?.count).toBeGreaterThan(10);
    expect(byName.pipelines).toMatchObject({ geometryType: 'LINESTRING', srsId: 4326 });
    expect(byName.pipelines?.count).toBeGreaterThan(40);
    expect(byName.trees).toMatchObject({ geometryType: 'POINT', srsId: 4326 });
    expect(byName.clearance_rules?.count).toBeGreaterThan(100);
    expect(byName.journal).toMatchObject({ count: 0 });
    expect(sha256(file)).toBe(hash);
    expect(listing(dir)).toEqual(['demo.gpkg']);
    expect(() => readProjectSummary(path.join(dir, 'none.gpkg'))).toThrow(
      expect.objectContaining({ code: 'file.notFound' }),
    );
  });
});
