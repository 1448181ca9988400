import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import type { Handlers } from '../../../shared/api';
import type { ChangeOp } from '../../../shared/model/change';
import type { Position } from '../../../shared/model/geometry';
import type { Compound } from '../../../shared/model/tables';
import { caught, compound, square, tempDir } from './helpers';

// A change with ≥ 1,000 ops on a spatial table writes the R-tree itself with the rtree triggers dropped for the
// transaction (store/rtree-direct.ts). What it leaves must be exactly what the triggers leave: the same R-tree
// entries (compared with a project that got the same rows in changes below the threshold), the same six triggers,
// and on failure nothing at all. Its journal row names the rows it put instead of repeating them, and keeps the
// inverse in full.

const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.dispose();
});

async function project(): Promise<{ h: Handlers; file: string }> {
  const dir = tempDir();
  const backend = createBackend({ homeDir: dir, emit: () => {} });
  open.push(backend);
  const file = path.join(dir, 'p.gpkg');
  await backend.handlers['project.create']({ path: file });
  return { h: backend.handlers, file };
}

/** Compounds on a grid (one with no holes, every 7th with a hole so the envelope is the outer ring's). */
function grid(n: number): Compound[] {
  return Array.from({ length: n }, (_, i) => {
    const lon = 106.6 + (i % 40) * 0.002;
    const lat = 26.5 + Math.floor(i / 40) * 0.002;
    const geometry = square(lon, lat, 0.0015);
    if (i % 7 === 0)
      geometry.coordinates.push((square(lon + 0.0005, lat + 0.0005, 0.0002).coordinates[0] as Position[]).reverse());
    return compound({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `小区${i}`, geometry });
  });
}

const put = (rows: Compound[]): ChangeOp[] => rows.map((row) => ({ op: 'put', table: 'compounds', row }));

/** Applies ops in changes of at most `size` ops. */
async function applyIn(h: Handlers, ops: ChangeOp[], size: number): Promise<void> {
  for (let i = 0; i < ops.length; i += size)
    await h['change.apply']({ change: { ops: ops.slice(i, i + size), summary: 'x' } });
}

/** The compounds R-tree keyed by row id, the row count, and the rtree triggers' SQL. */
function rtreeState(file: string): { entries: unknown[]; rows: number; triggers: unknown[] } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      entries: db
        .prepare(
          'SELECT c.id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_compounds_geometry r JOIN compounds c ON c.fid = r.id ORDER BY c.id',
        )
        .raw()
        .all(),
      rows: db
        .prepare('SELECT (SELECT count(*) FROM rtree_compounds_geometry) - (SELECT count(*) FROM compounds)')
        .pluck()
        .get() as number,
      triggers: db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'compounds' ORDER BY name")
        .raw()
        .all(),
    };
  } finally {
    db.close();
  }
}

describe('bulk changes write the R-tree directly', () => {
  test('puts, updates and deletes leave the R-tree and triggers the triggers would leave', async () => {
    const rows = grid(1500);
    const moved = rows.slice(0, 700).map((c, i) => ({ ...c, geometry: square(107 + i * 0.001, 27, 0.0007) }));
    const gone = rows.slice(1000, 1400).map((c): ChangeOp => ({ op: 'delete', table: 'compounds', id: c.id }));
    const edits = [...put(moved), ...gone];

    const bulk = await project();
    await applyIn(bulk.h, put(rows), 1500);
    await applyIn(bulk.h, edits, 1100);
    const small = await project();
    await applyIn(small.h, put(rows), 999);
    await applyIn(small.h, edits, 999);

    const got = rtreeState(bulk.file);
    const expected = rtreeState(small.file);
    expect(got.entries).toHaveLength(1100);
    expect(got.entries).toEqual(expected.entries);
    expect(got.rows).toBe(0);
    expect(got.triggers).toHaveLength(6);
    expect(got.triggers).toEqual(expected.triggers);
  });

  test('undo and redo of a bulk import keep the R-tree in step', async () => {
    const { h, file } = await project();
    await applyIn(h, put(grid(1200)), 1200);
    const after = rtreeState(file);
    await h['history.undo']({});
    expect(rtreeState(file).entries).toEqual([]);
    await h['history.redo']({});
    expect(rtreeState(file)).toEqual(after);
    // The triggers are back: a small edit afterwards is indexed by them.
    const one = compound({ geometry: square(108, 28, 0.001) });
    await applyIn(h, put([one]), 1);
    expect(rtreeState(file).entries).toHaveLength(1201);
  });

  test('a bulk change that fails part-way leaves rows, R-tree and triggers as they were', async () => {
    const { h, file } = await project();
    await applyIn(h, put(grid(10)), 10);
    const before = rtreeState(file);
    const ops: ChangeOp[] = [
      ...put(grid(1300).slice(10)),
      { op: 'delete', table: 'compounds', id: crypto.randomUUID() },
    ];
    const err = (await caught(h['change.apply']({ change: { ops, summary: 'x' } }))) as { code?: string };
    expect(err?.code).toBe('change.missingRow');
    expect(rtreeState(file)).toEqual(before);
  });
});

describe('the journal of a bulk change', () => {
  type JournalRow = { ops: number; change: string; inverse: string };
  const journal = (file: string): JournalRow[] => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT ops, change, inverse FROM journal ORDER BY seq').all() as never;
    } finally {
      db.close();
    }
  };

  test('names the rows a bulk change put, keeps small changes and every inverse whole', async () => {
    const { h, file } = await project();
    const rows = grid(1200);
    await applyIn(h, put(rows), 1200);
    const first = rows[0] as Compound;
    const edited = { ...first, name: '改名小区' };
    await applyIn(h, put([edited]), 1);
    const [bulk, small] = journal(file) as [JournalRow, JournalRow];
    const forward = JSON.parse(bulk.change);
    expect(forward.rows).toBe('in-tables');
    expect(forward.ops).toHaveLength(1200);
    expect(forward.ops[5]).toEqual({ op: 'put', table: 'compounds', id: rows[5]?.id });
    expect(bulk.change).not.toContain('geometry');
    expect(JSON.parse(bulk.inverse).ops).toHaveLength(1200);
    // The edit's inverse holds the row as the import left it: tables + inverses rebuild every earlier state.
    expect(JSON.parse(small.change).ops[0].row.name).toBe('改名小区');
    expect(JSON.parse(small.inverse).ops[0].row).toEqual(first);
  });
});
