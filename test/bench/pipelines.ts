import { checkPipelines, checkPipelinesWith } from '../../shared/analysis/pipelines/check';
import type { PipeConflict } from '../../shared/model/pipelines';
import { generateDistrict, segmentsOf } from '../fixtures/pipelines/generate-network';
import { type BenchSuite, median, ms, timeRuns } from './runner';

// Issue 5's clearance check benchmark: a generated district of ~50,000 pipe segments (seven municipal mains along
// every street of a grid, service pipes, buildings, street trees). Figures: the full check (median of RUNS, target
// ≤ 500 ms) and, on a ~2,000-segment district from the same generator, the conflicts compared with the naive
// all-pairs reference (mismatches must be 0) with the reference's time as a ratio.

const SEGMENTS = 50_000;
const SUBSET = 2_000;
const RUNS = 5;
const TARGET_MS = 500;

const fingerprint = (c: PipeConflict): string => JSON.stringify(c);

export const pipelinesBench: BenchSuite = {
  name: `pipelines: ${SEGMENTS / 1000}k-segment clearance check`,
  async run(log) {
    const district = generateDistrict(SEGMENTS);
    log(
      `${segmentsOf(district)} segments, ${district.pipelines.length} pipes, ${district.buildings.length} buildings, ${district.trees.length} trees`,
    );
    let conflicts = 0;
    // CPU time beside wall time: on a shared, oversubscribed machine the wall clock mostly measures waiting.
    const cpu: number[] = [];
    checkPipelines(district); // warm-up (JIT), not counted
    const full = median(
      timeRuns(RUNS, () => {
        const c0 = process.cpuUsage();
        conflicts = checkPipelines(district).length;
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }),
    );
    log(`${conflicts} conflicts`);

    const small = generateDistrict(SUBSET);
    let indexed: PipeConflict[] = [];
    let naive: PipeConflict[] = [];
    const tIndexed = median(timeRuns(3, () => (indexed = checkPipelines(small))));
    const tNaive = median(timeRuns(3, () => (naive = checkPipelinesWith(small, 'all'))));
    const want = new Set(naive.map(fingerprint));
    const got = new Set(indexed.map(fingerprint));
    const mismatches = [...want].filter((f) => !got.has(f)).length + [...got].filter((f) => !want.has(f)).length;
    log(
      `${segmentsOf(small)}-segment district: ${indexed.length} conflicts indexed, ${naive.length} naive, ${mismatches} mismatches`,
    );
    return [
      { name: 'full check, median', value: ms(full), target: `≤ ${TARGET_MS} ms`, pass: full <= TARGET_MS },
      { name: 'full check, median CPU time', value: ms(median(cpu)) },
      {
        name: `conflicts vs naive (${segmentsOf(small)} segments)`,
        value: `${mismatches} mismatches`,
        target: '0',
        pass: mismatches === 0,
      },
      { name: 'naive / indexed time (small district)', value: `${(tNaive / tIndexed).toFixed(1)}×` },
    ];
  },
};
