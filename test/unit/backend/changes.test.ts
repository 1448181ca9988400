import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import type { Handlers } from '../../../shared/api';
import { type Change, type ChangeOp, UNDO_LIMIT } from '../../../shared/model/change';
import { building, caught, compound, type RecordedEvent, recorder, square, tempDir } from './helpers';

let backend: Backend;
let h: Handlers;
let file: string;
let events: RecordedEvent[];

beforeEach(async () => {
  const dir = tempDir();
  const rec = recorder();
  events = rec.events;
  backend = createBackend({ homeDir: dir, emit: rec.emit });
  h = backend.handlers;
  file = path.join(dir, 'p.gpkg');
  await h['project.create']({ path: file });
});
afterEach(() => backend.dispose());

const apply = (ops: ChangeOp[], summary = 'edit') => h['change.apply']({ change: { ops, summary } });

/** Every row of every table we write, as stored (blobs as hex), read through a second connection. */
function snapshot(): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const read = (sql: string) =>
      (db.prepare(sql).raw().all() as unknown[][]).map((r) =>
        r.map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
      );
    // fid is GeoPackage's row key: a deleted row restored by undo gets a new one. Rows are known by id.
    const columns = (t: string) =>
      (db.pragma(`table_info(${t})`) as { name: string }[])
        .map((c) => c.name)
        .filter((n) => n !== 'fid')
        .join(', ');
    const rtree = (t: string) =>
      `SELECT f.id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_${t}_geometry r JOIN ${t} f ON f.fid = r.id ORDER BY f.id`;
    return {
      compounds: read(`SELECT ${columns('compounds')} FROM compounds ORDER BY id`),
      buildings: read(`SELECT ${columns('buildings')} FROM buildings ORDER BY id`),
      settings: read('SELECT id, value FROM settings ORDER BY id'),
      rtreeCompounds: read(rtree('compounds')),
      rtreeBuildings: read(rtree('buildings')),
      rtreeSizes: read(
        'SELECT (SELECT count(*) FROM rtree_compounds_geometry), (SELECT count(*) FROM rtree_buildings_geometry)',
      ),
    };
  } finally {
    db.close();
  }
}

const journalCount = (): number => {
  const db = new Database(file, { readonly: true });
  const n = db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  db.close();
  return n;
};

describe('change.apply', () => {
  test('returns the applied change; undo and redo move rows back and forth; events carry the history', async () => {
    const c = compound();
    const moved = { ...c, geometry: square(106.3, 27.5, 0.004) };
    await apply([{ op: 'put', table: 'compounds', row: c }], '新增');
    const result = await apply([{ op: 'put', table: 'compounds', row: moved }], '移动');
    expect(result.change.ops).toEqual([{ op: 'put', table: 'compounds', row: moved }]);
    expect(result.history).toEqual({ canUndo: true, canRedo: false, undoSummary: '移动', redoSummary: null, depth: 2 });

    const undone = await h['history.undo']({});
    expect(undone?.change.ops).toEqual([{ op: 'put', table: 'compounds', row: c }]);
    expect((await h['features.load']({})).compounds).toEqual([c]);
    expect(undone?.history).toMatchObject({ canRedo: true, redoSummary: '移动', undoSummary: '新增', depth: 1 });

    await h['history.undo']({});
    expect((await h['features.load']({})).compounds).toEqual([]);
    expect(await h['history.undo']({})).toBeNull();

    await h['history.redo']({});
    const redone = await h['history.redo']({});
    expect(redone?.change.ops).toEqual([{ op: 'put', table: 'compounds', row: moved }]);
    expect((await h['features.load']({})).compounds).toEqual([moved]);
    expect(await h['history.redo']({})).toBeNull();

    const applied = events
      .filter((e) => e.event === 'change.applied')
      .map((e) => (e.payload as { origin: string }).origin);
    expect(applied).toEqual(['apply', 'apply', 'undo', 'undo', 'redo', 'redo']);
    const journal = await h['journal.list']({ limit: 3 });
    expect(journal.map((j) => [j.origin, j.summary])).toEqual([
      ['redo', '移动'],
      ['redo', '新增'],
      ['undo', '新增'],
    ]);
  });

  test('a new change clears redo; the undo stack keeps the newest UNDO_LIMIT steps', async () => {
    const c = compound();
    await apply([{ op: 'put', table: 'compounds', row: c }]);
    await apply([{ op: 'put', table: 'compounds', row: { ...c, households: 1 } }]);
    await h['history.undo']({});
    const after = await apply([{ op: 'put', table: 'compounds', row: { ...c, households: 2 } }]);
    expect(after.history.canRedo).toBe(false);

    const ops: Change[] = [];
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      ops.push({ ops: [{ op: 'put', table: 'compounds', row: { ...c, households: 100 + i } }], summary: `#${i}` });
    let last = after;
    for (const change of ops) last = await h['change.apply']({ change });
    expect(last.history.depth).toBe(UNDO_LIMIT);
    let undos = 0;
    while (await h['history.undo']({})) undos++;
    expect(undos).toBe(UNDO_LIMIT);
    // The oldest steps fell off: the row is left as step #4 made it.
    expect((await h['features.load']({})).compounds[0]?.households).toBe(104);
  });

  test('deleting a missing row is refused and nothing is written', async () => {
    const c = compound();
    await apply([{ op: 'put', table: 'compounds', row: c }]);
    const before = snapshot();
    const journalBefore = journalCount();
    const other = compound();
    await expect(
      apply([
        { op: 'put', table: 'compounds', row: other },
        { op: 'delete', table: 'buildings', id: other.id },
      ]),
    ).rejects.toMatchObject({ code: 'change.missingRow', params: { table: 'buildings', id: other.id } });
    expect(snapshot()).toEqual(before);
    expect(journalCount()).toBe(journalBefore);
    expect((await h['project.current']({}))?.history.depth).toBe(1);
  });

  test('invalid rows and settings are refused before anything is written', async () => {
    const before = snapshot();
    const bad: [ChangeOp, RegExp][] = [
      [{ op: 'put', table: 'compounds', row: { ...compound(), build_year: 1700 } }, /build_year/],
      [{ op: 'put', table: 'compounds', row: { ...compound(), consent_ratio: 1.5 } }, /consent_ratio/],
      [{ op: 'put', table: 'buildings', row: { ...building(), floors: 0 } }, /floors/],
      [{ op: 'put', table: 'buildings', row: { ...building(), id: 'not-a-uuid' } }, /id/],
      [{ op: 'put', table: 'settings', row: { id: 'cutoff_year', value: 'soon' } }, /cutoff_year/],
      [{ op: 'put', table: 'settings', row: { id: 'metric_epsg', value: 3857 } }, /metric_epsg/],
      [{ op: 'put', table: 'settings', row: { id: 'colour', value: 'red' } }, /unknown setting/],
    ];
    for (const [op, detail] of bad) {
      const err = await caught(apply([{ op: 'put', table: 'compounds', row: compound() }, op]));
      expect(err).toMatchObject({ code: 'change.invalid' });
      expect((err as { params: { detail: string } }).params.detail).toMatch(detail);
    }
    expect(snapshot()).toEqual(before);
    expect(journalCount()).toBe(0);
  });

  test('the journal keeps time, origin, summary, op count, the change and its inverse', async () => {
    const c = compound();
    await apply([{ op: 'put', table: 'compounds', row: c }], '画小区');
    await h['history.undo']({});
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT at, origin, summary, ops, change, inverse FROM journal ORDER BY seq').all() as {
      at: string;
      origin: string;
      summary: string;
      ops: number;
      change: string;
      inverse: string;
    }[];
    db.close();
    expect(rows.map((r) => [r.origin, r.summary, r.ops])).toEqual([
      ['apply', '画小区', 1],
      ['undo', '画小区', 1],
    ]);
    expect(Number.isNaN(Date.parse(rows[0]?.at ?? ''))).toBe(false);
    expect(JSON.parse(rows[0]?.change ?? '').ops[0].row).toEqual(c);
    expect(JSON.parse(rows[0]?.inverse ?? '').ops).toEqual([{ op: 'delete', table: 'compounds', id: c.id }]);
  });

  test('undo(apply(c)) restores every row exactly, for random changes (and redo replays them)', async () => {
    let seed = 42;
    const rand = (): number => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
    const live = { compounds: new Set<string>(), buildings: new Set<string>() };
    const snapshots = [snapshot()];
    for (let step = 0; step < 30; step++) {
      const ops: ChangeOp[] = [];
      const n = 1 + Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) {
        const r = rand();
        const table = rand() < 0.5 ? 'compounds' : 'buildings';
        const existing = pick([...live[table]]);
        const geometry = square(106 + rand(), 27 + rand(), 0.001 + rand() / 100);
        if (r < 0.4 || !existing) {
          const row = table === 'compounds' ? compound({ geometry }) : building({ geometry, floors: 1 + step });
          ops.push({ op: 'put', table, row } as ChangeOp);
          live[table].add(row.id);
        } else if (r < 0.75) {
          const row =
            table === 'compounds'
              ? compound({ id: existing, geometry, households: step })
              : building({ id: existing, geometry, floors: 2 + i });
          ops.push({ op: 'put', table, row } as ChangeOp);
        } else if (r < 0.9) {
          ops.push({ op: 'delete', table, id: existing });
          live[table].delete(existing);
        } else {
          ops.push({ op: 'put', table: 'settings', row: { id: 'storey_height_m', value: 2.8 + step / 100 } });
        }
      }
      await apply(ops, `step ${step}`);
      snapshots.push(snapshot());
    }
    for (let i = snapshots.length - 2; i >= 0; i--) {
      await h['history.undo']({});
      expect(snapshot(), `after undoing step ${i}`).toEqual(snapshots[i]);
    }
    for (let i = 1; i < snapshots.length; i++) {
      await h['history.redo']({});
      expect(snapshot(), `after redoing step ${i - 1}`).toEqual(snapshots[i]);
    }
  });
});
