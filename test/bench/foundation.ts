import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../electron/backend';
import { writeDemoFile } from '../../electron/backend/demo';
import type { Building } from '../../shared/model/tables';
import { type BenchRow, type BenchSuite, median, ms, timeRuns, timeRunsAsync } from './runner';

// Issue 2's benchmark: a 5,000-compound (~60,000-building) project.
// (a) features.load through the backend vs a raw better-sqlite3 SELECT * of the same rows (target ≤ 2×);
// (b) one edit (move a building) applied with inverse + journal, median of 200 (target ≤ 2 ms), and its undo;
// (c) file size per 1,000 buildings.

const COMPOUNDS = 5000;
const LOAD_RUNS = 7;
const EDIT_RUNS = 200;

export const foundationBench: BenchSuite = {
  name: `foundation: ${COMPOUNDS.toLocaleString('en')}-compound project`,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-bench-'));
    const file = path.join(dir, 'bench.gpkg');
    try {
      const [writeMs] = timeRuns(1, () => writeDemoFile(file, { compounds: COMPOUNDS }), false);
      log(`wrote ${file} in ${ms(writeMs ?? 0)}`);
      const backend = createBackend({ homeDir: dir, emit: () => {} });
      const h = backend.handlers;
      const info = await h['project.open']({ path: file });
      const { compounds, buildings } = info.counts;

      // (a) loading: ours (decoded rows) vs raw SELECT * (objects with geometry blobs, nothing decoded).
      const ours = await timeRunsAsync(LOAD_RUNS, () => h['features.load']({}));
      const loadedSet = await h['features.load']({});
      // features.load returns every table of the project (survey lines, trees, pipes … beside compounds and
      // buildings), so the raw read covers the same tables: the same rows on both sides.
      const tables = Object.keys(loadedSet) as (keyof typeof loadedSet)[];
      const loaded = tables.reduce((n, t) => n + loadedSet[t].length, 0);
      // Two raw baselines: row objects (better-sqlite3's default) and value arrays (.raw()); the ratio is taken
      // against the faster one, so the target is judged against the best a plain read can do.
      const raw = new Database(file, { readonly: true });
      const rawCounts: number[] = [];
      const selectAll = (asArrays: boolean) => (): void => {
        let n = 0;
        for (const table of tables) n += raw.prepare(`SELECT * FROM ${table}`).raw(asArrays).all().length;
        rawCounts.push(n);
      };
      const rawObjects = timeRuns(LOAD_RUNS, selectAll(false));
      const rawArrays = timeRuns(LOAD_RUNS, selectAll(true));
      raw.close();
      if (rawCounts.some((n) => n !== loaded))
        throw new Error(`row counts differ: ${rawCounts} raw vs ${loaded} loaded`);
      const rawBest = Math.min(median(rawObjects), median(rawArrays));
      const ratio = median(ours) / rawBest;

      // (b) one edit: move a building (put of the whole row), then undo it.
      const target = loadedSet.buildings[Math.floor(loadedSet.buildings.length / 2)] as Building;
      const moved = (i: number): Building => ({
        ...target,
        geometry: {
          type: 'Polygon',
          coordinates: target.geometry.coordinates.map((ring) => ring.map(([x, y]) => [x + (i + 1) * 1e-6, y])),
        },
      });
      const edits = await timeRunsAsync(
        EDIT_RUNS,
        (i) =>
          h['change.apply']({
            change: { ops: [{ op: 'put', table: 'buildings', row: moved(i) }], summary: '移动楼栋' },
          }),
        false,
      );
      const undos = await timeRunsAsync(EDIT_RUNS, () => h['history.undo']({}), false);
      const after = (await h['features.load']({})).buildings.find((b) => b.id === target.id);
      if (JSON.stringify(after) !== JSON.stringify(target)) throw new Error('undo did not restore the building');

      await h['project.close']({});
      backend.dispose();
      const bytes = fs.statSync(file).size;

      const rows: BenchRow[] = [
        { name: 'compounds / buildings', value: `${compounds} / ${buildings}` },
        { name: 'write demo project', value: ms(writeMs ?? 0) },
        { name: '(a) features.load (median)', value: ms(median(ours)) },
        { name: '(a) raw SELECT *, row objects (median)', value: ms(median(rawObjects)) },
        { name: '(a) raw SELECT *, .raw() arrays (median)', value: ms(median(rawArrays)) },
        { name: '(a) load ratio vs faster raw read', value: `${ratio.toFixed(2)}×`, target: '≤ 2×', pass: ratio <= 2 },
        {
          name: '(b) edit: move a building (median)',
          value: ms(median(edits)),
          target: '≤ 2 ms',
          pass: median(edits) <= 2,
        },
        {
          name: '(b) undo of that edit (median)',
          value: ms(median(undos)),
          target: '≤ 2 ms',
          pass: median(undos) <= 2,
        },
        { name: '(c) file size', value: `${(bytes / 1048576).toFixed(1)} MiB` },
        { name: '(c) size per 1,000 buildings', value: `${(((bytes / buildings) * 1000) / 1024).toFixed(0)} KiB` },
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
