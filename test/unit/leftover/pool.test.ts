import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, type BackendOptions, createBackend } from '../../../electron/backend/index';
import { LeftoverPool } from '../../../electron/backend/leftover-pool';
import { packLeftover, unpackLeftover } from '../../../electron/leftover-pack';
import { computeLeftover } from '../../../shared/analysis/leftover';
import { AppError } from '../../../shared/model/errors';
import { generateDistrict } from '../../fixtures/leftover/generate';
import { recorder, tempDir } from '../backend/helpers';

// The leftover pool (electron/backend/leftover-pool.ts) against the engine on one thread: same land, in project
// order, whatever the chunking; progress per chunk; a cancel stops the run and leaves the pool usable; a worker that
// dies fails the run with its error. The worker is bundled here as the build does it (electron/build-node.mjs).

const OPTS = { minAreaM2: 100, minWidthM: 4 };
const { site } = generateDistrict(45);
const oneThread = computeLeftover(site, OPTS);
let dir = '';
let script = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rz-pool-'));
  script = join(dir, 'leftover-worker.cjs');
  await build({
    entryPoints: ['electron/leftover-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    logLevel: 'error',
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leftover pool', () => {
  it('computes on worker threads exactly what one thread computes, in project order, with progress per chunk', async () => {
    const pool = new LeftoverPool({ script, size: 2, chunk: 7, inThreadMax: 0 });
    try {
      const seen: [number, number][] = [];
      const result = await pool.compute(site, OPTS, (done, total) => seen.push([done, total]));
      expect(result).toEqual(oneThread);
      expect(result.map((c) => c.id)).toEqual(site.compounds.map((c) => c.id));
      expect(seen[0]).toEqual([0, 45]);
      expect(seen.at(-1)).toEqual([45, 45]);
      expect(seen.length).toBe(1 + Math.ceil(45 / 7));
      for (let i = 1; i < seen.length; i++) expect(seen[i]?.[0]).toBeGreaterThan(seen[i - 1]?.[0] ?? 0);
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('computes a subset as the whole run does for those compounds (one frame origin for all)', () => {
    const ids = [3, 17, 44].map((i) => site.compounds[i]?.id ?? '');
    const subset = computeLeftover(site, { ...OPTS, compoundIds: ids });
    expect(subset).toEqual(oneThread.filter((c) => ids.includes(c.id)));
  });

  it('gives the same land on one thread, chunk by chunk (no worker script)', async () => {
    const pool = new LeftoverPool({ script: null, size: 2, chunk: 10 });
    const seen: number[] = [];
    expect(await pool.compute(site, OPTS, (done) => seen.push(done))).toEqual(oneThread);
    expect(seen).toEqual([0, 8, 16, 24, 32, 40, 45]); // 45 compounds, ~4 chunks per core: chunks of 8 (the least)
  });

  it('stops when progress throws (a cancel) and stays usable', async () => {
    const pool = new LeftoverPool({ script, size: 1, chunk: 5, inThreadMax: 0 });
    try {
      let calls = 0;
      const run = pool.compute(site, OPTS, (done) => {
        calls++;
        if (done > 0) throw new AppError('job.cancelled');
      });
      await expect(run).rejects.toMatchObject({ code: 'job.cancelled' });
      expect(calls).toBe(2); // the start and the first chunk: no chunk after the cancel reports
      expect(await pool.compute(site, { ...OPTS, compoundIds: site.compounds.slice(0, 25).map((c) => c.id) })).toEqual(
        oneThread.slice(0, 25),
      );
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('fails the run with the error of a worker that dies', async () => {
    const bad = join(dir, 'bad-worker.cjs');
    writeFileSync(bad, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });");
    const pool = new LeftoverPool({ script: bad, size: 1, chunk: 30, inThreadMax: 0 });
    try {
      await expect(pool.compute(site, OPTS)).rejects.toThrow('boom');
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('packs a result into one coordinate array and back unchanged', () => {
    const packed = packLeftover(structuredClone(oneThread));
    const coords = oneThread.reduce(
      (n, c) =>
        n +
        c.pieces.reduce(
          (m, p) =>
            m +
            1 +
            p.geometry.coordinates.reduce((k, r) => k + r.length, 0) +
            p.rect.polygon.coordinates.reduce((k, r) => k + r.length, 0),
          0,
        ),
      0,
    );
    expect(packed.coords.length).toBe(2 * coords);
    expect(unpackLeftover(structuredClone(packed))).toEqual(oneThread);
  });

  it('runs leftover.compute as a job: progress events with its id, cancellable', async () => {
    const events = recorder();
    const h = await demoBackend(events.emit);
    const report = await h['leftover.compute']({ jobId: 'lo:1' });
    const progress = events.events
      .filter((e) => e.event === 'job.progress')
      .map((e) => e.payload as { jobId: string; done: number; total: number; message: string })
      .filter((p) => p.jobId === 'lo:1' && p.message === 'leftover.compute');
    expect(progress.length).toBeGreaterThanOrEqual(2); // the demo's 80 compounds: chunks of ~10 (events ≤ 10/s)
    expect(progress.at(-1)).toMatchObject({ done: report.compounds.length, total: report.compounds.length });

    const running = h['leftover.compute']({ jobId: 'lo:2' });
    expect(await h['job.cancel']({ jobId: 'lo:2' })).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'job.cancelled' });
  }, 120_000);

  it('leftover.write computes again when an edit lands while it computes (the layer is never stale)', async () => {
    const h = await demoBackend();
    const building = (await h['features.load']({})).buildings[0];
    if (!building) throw new Error('the demo has buildings');
    const writing = h['leftover.write']({});
    // Applied while the write's computation yields between chunks: removes a building, so its compound gains land.
    await h['change.apply']({
      change: { ops: [{ op: 'delete', table: 'buildings', id: building.id }], summary: '删除楼栋' },
    });
    const applied = await writing;
    expect(applied?.history.undoSummary).toMatch(/存量用地/);
    const stored = (await h['features.load']({})).leftover_pieces.filter((p) => p.compound_id === building.compound_id);
    const now = (await h['leftover.compute']({ compoundIds: [building.compound_id ?? ''] })).compounds[0];
    expect(stored.map((p) => p.area_m2).sort()).toEqual(now?.pieces.map((p) => p.area_m2).sort());
  }, 120_000);

  it('a cancelled leftover.write writes nothing', async () => {
    const h = await demoBackend();
    const writing = h['leftover.write']({ jobId: 'save:1' });
    expect(await h['job.cancel']({ jobId: 'save:1' })).toBe(true);
    await expect(writing).rejects.toMatchObject({ code: 'job.cancelled' });
    expect((await h['features.load']({})).leftover_pieces).toEqual([]);
    expect((await h['project.current']({}))?.history.canUndo).toBe(false);
  }, 120_000);
});

// The backend runs (the demo's 80 compounds) stay on the calling thread (IN_THREAD_MAX); workers are tested above.
const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.dispose();
});

async function demoBackend(emit: BackendOptions['emit'] = () => undefined): Promise<Backend['handlers']> {
  const backend = createBackend({ homeDir: tempDir(), emit, leftoverWorker: null });
  backends.push(backend);
  await backend.handlers['project.openDemo']({});
  return backend.handlers;
}
