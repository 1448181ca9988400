import { isDeepStrictEqual } from 'node:util';
import { bundledWorkerScript, LeftoverPool } from '../../electron/backend/leftover-pool';
import { checkFacility, prepareFacilityContext } from '../../shared/analysis/facilities/check';
import { facilityFootprint } from '../../shared/analysis/facilities/footprint';
import { computeLeftover, leftoverAreas } from '../../shared/analysis/leftover';
import type { Position } from '../../shared/model/geometry';
import { facilityType } from '../../shared/standards/facilities';
import { generateDistrict } from '../fixtures/leftover/generate';
import { exactLeftover } from './leftover-exact';
import { turfLeftover } from './leftover-turf';
import { type BenchRow, type BenchSuite, median, ms, timeRuns } from './runner';

// Issue 4's leftover benchmark: 1,000 generated compounds (11 buildings each: ~11,000 buildings; 6 m clearance, 9 m
// for high-rises), minimum area 100 m², minimum width 4 m.
// - Full leftover (computeLeftover: projection, obstacles, Clipper, least width, best rectangle, what fits): ms per
//   compound, median of RUNS, target ≤ 1 ms.
// - The same geometric steps as the Turf reference (leftover-turf.ts: obstacles, difference, opening, minimum area;
//   leftoverAreas, no width/rectangle/fits), with round regrowth like Turf's buffer: ratio
//   against Turf on the first TURF_COMPOUNDS compounds (Turf takes tens of ms per compound), target ≥ 30×, and the
//   total leftover area on them must agree within 0.1 %.
// - The same computation as the app runs it (leftover.compute: LeftoverPool, chunks of 50 compounds on worker
//   threads, one per core): wall time per compound, and its result must equal the one-thread result exactly. It is
//   printed beside the target, not judged by it: the target row stays the engine on one thread.
// - Live facility check: a 50-building compound prepared once, then an e-bike shed (a building: every rule runs)
//   dragged over MOVES positions; footprint + check per move, median and worst, target ≤ 16 ms.
// No forced GC between runs (see bundle.ts): steady-state collection is part of the cost.

const COMPOUNDS = 1000;
const TURF_COMPOUNDS = 100;
const RUNS = 5;
const MOVES = 400;
const OPTIONS = { minAreaM2: 100, minWidthM: 4 };

export const leftoverBench: BenchSuite = {
  name: `leftover: ${COMPOUNDS.toLocaleString('en')} compounds, min area 100 m², min width 4 m`,
  async run(log) {
    const rows: BenchRow[] = [];
    const { site, metric } = generateDistrict(COMPOUNDS);
    log(`${site.compounds.length} compounds, ${site.buildings.length} buildings`);
    computeLeftover(site, OPTIONS); // warm-up (JIT)
    let full = computeLeftover(site, OPTIONS);
    const cpuBefore = process.cpuUsage();
    const fullTimes = timeRuns(
      RUNS,
      () => {
        full = computeLeftover(site, OPTIONS);
      },
      false,
    );
    const fullMs = median(fullTimes) / COMPOUNDS;
    const pieces = full.reduce((s, c) => s + c.pieces.length, 0);
    const total = full.reduce((s, c) => s + c.leftover_m2, 0);
    log(`${pieces} pieces, ${Math.round(total).toLocaleString('en')} m² of leftover land`);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS / COMPOUNDS;
    rows.push(
      { name: 'leftover per compound (full)', value: ms(fullMs), target: '≤ 1 ms', pass: fullMs <= 1 },
      { name: '  CPU time per compound (GC included)', value: ms(cpuMs) },
      // The fastest run: what the code costs when the shared machine's neighbours are quiet (printed, not judged).
      { name: `  fastest of the ${RUNS} runs`, value: ms(Math.min(...fullTimes) / COMPOUNDS) },
    );

    const script = bundledWorkerScript();
    if (!script) throw new Error('no leftover worker: run `npm run build:node` first');
    const pool = new LeftoverPool({ script });
    try {
      let pooled = await pool.compute(site, OPTIONS); // warm-up: starts the workers
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        pooled = await pool.compute(site, OPTIONS);
        times.push(performance.now() - t0);
      }
      if (!isDeepStrictEqual(pooled, full)) throw new Error('the worker pool computed other leftover land');
      rows.push({
        name: `  as the app runs it (${pool.size} worker threads), wall per compound`,
        value: ms(median(times) / COMPOUNDS),
      });
    } finally {
      pool.dispose();
    }

    // Like for like with Turf: the first TURF_COMPOUNDS compounds, round regrowth.
    const subset = { ...site, compounds: site.compounds.slice(0, TURF_COMPOUNDS) };
    const sameSteps = { ...OPTIONS, regrow: 'round' as const };
    leftoverAreas(subset, sameSteps);
    let ours = leftoverAreas(subset, sameSteps);
    const oursMs =
      median(
        timeRuns(
          RUNS,
          () => {
            ours = leftoverAreas(subset, sameSteps);
          },
          false,
        ),
      ) / TURF_COMPOUNDS;
    const s = site.settings;
    const turfOpts = {
      clearance: s.fire_separation_m.multi_multi,
      highClearance: s.fire_separation_m.high_low,
      fireLaneWidth: s.fire_lane_width_m,
      ...OPTIONS,
    };
    const tm = metric.slice(0, TURF_COMPOUNDS);
    turfLeftover(tm.slice(0, 5), turfOpts); // warm-up
    let turfAreas: number[] = [];
    const turfMs =
      median(
        timeRuns(
          1,
          () => {
            turfAreas = turfLeftover(tm, turfOpts);
          },
          false,
        ),
      ) / TURF_COMPOUNDS;
    const oursTotal = ours.reduce((sum, a) => sum + a, 0);
    const turfTotal = turfAreas.reduce((sum, a) => sum + a, 0);
    const diff = Math.abs(oursTotal - turfTotal) / turfTotal;
    const exactTotal = exactLeftover(tm, turfOpts).reduce((sum, a) => sum + a, 0);
    const signed = (v: number) => `${v >= 0 ? '+' : ''}${((100 * (v - exactTotal)) / exactTotal).toFixed(3)} %`;
    log(
      `same steps on ${TURF_COMPOUNDS} compounds: ours ${oursTotal.toFixed(1)} m², Turf ${turfTotal.toFixed(1)} m², ` +
        `with 1 mm arcs ${exactTotal.toFixed(1)} m²`,
    );
    rows.push(
      { name: `  same steps as Turf (${TURF_COMPOUNDS} compounds), per compound`, value: ms(oursMs) },
      { name: `  Turf, per compound`, value: ms(turfMs) },
      {
        name: '  ratio vs Turf',
        value: `${(turfMs / oursMs).toFixed(1)}× faster`,
        target: '≥ 30×',
        pass: turfMs / oursMs >= 30,
      },
      {
        name: '  total area difference vs Turf',
        value: `${(diff * 100).toFixed(3)} %`,
        target: '≤ 0.1 %',
        pass: diff <= 0.001,
      },
      // Against true circles (leftover-exact.ts): how much land the 5 cm chord arcs add, ours and Turf's.
      { name: '  total area vs 1 mm arcs: ours / Turf', value: `${signed(oursTotal)} / ${signed(turfTotal)}` },
    );

    // Live check: a 50-building compound (5 generated compounds side by side make 55; take the one with 50 around).
    const big = generateDistrict(5, 9).site;
    const ctxSite = { ...big, compounds: [mergedCompound(big)] };
    const ctx = prepareFacilityContext(ctxSite, ctxSite.compounds[0]?.id ?? '');
    const type = facilityType('ebike_shed');
    if (!type) throw new Error('catalog has no ebike_shed');
    const ring = ctxSite.compounds[0]?.geometry.coordinates[0] ?? [];
    const [lon0, lat0] = ring[0] as Position;
    const [lon1, lat1] = ring[2] as Position;
    let findings = 0;
    const times = timeRuns(
      MOVES,
      (i) => {
        const t = i / MOVES;
        const center: Position = [lon0 + (lon1 - lon0) * t, lat0 + (lat1 - lat0) * (0.5 + 0.4 * Math.sin(t * 20))];
        const geometry = facilityFootprint(type, center, (i * 7) % 180, 4544);
        findings += checkFacility(ctx, { type: 'ebike_shed', geometry, building_id: null }).length;
      },
      false,
    );
    const moveMs = median(times);
    const worst = Math.max(...times.slice(10));
    log(`live check: ${ctx.buildings.length} buildings prepared, ${(findings / MOVES).toFixed(1)} findings per move`);
    rows.push(
      {
        name: `live facility check per move (${ctx.buildings.length} buildings)`,
        value: ms(moveMs),
        target: '≤ 16 ms',
        pass: moveMs <= 16,
      },
      { name: '  worst move (after warm-up)', value: ms(worst) },
    );
    return rows;
  },
};

/** One compound covering a generated row of compounds (their buildings become its buildings). */
function mergedCompound(site: ReturnType<typeof generateDistrict>['site']): (typeof site.compounds)[number] {
  const rings = site.compounds.map((c) => c.geometry.coordinates[0] ?? []);
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const first = site.compounds[0];
  if (!first) throw new Error('no compounds');
  return {
    ...first,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}
