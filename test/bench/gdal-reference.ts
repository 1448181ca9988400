import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { JobContext } from '../../electron/backend/jobs';
import { type BenchRow, median, ms } from './runner';

// What the import and export benches share (issue 6 §4): ogr2ogr as the reference on the same file (wall time and
// peak RSS from /usr/bin/time), our own peak RSS sampled while a run is in flight, a job that yields like the app's,
// and the rows that compare the two.

export interface RunFigure {
  ms: number;
  /** Peak resident set size in MB; null when it could not be measured. */
  peakMb: number | null;
}

/** `ogr2ogr <args>`, timed; under /usr/bin/time -v when present, for its peak RSS. */
export function ogr2ogr(args: readonly string[]): RunFigure {
  const timed = fs.existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-v', 'ogr2ogr', ...args], { encoding: 'utf8' })
    : spawnSync('ogr2ogr', args, { encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`ogr2ogr failed: ${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { ms: elapsed, peakMb: rss ? Number(rss[1]) / 1024 : null };
}

/** A job as the app runs it: progress dropped, each checkpoint yields to the event loop. */
export const BENCH_JOB: JobContext = {
  jobId: 'bench',
  progress: () => {},
  checkpoint: () => new Promise((r) => setImmediate(r)),
  cancelled: false,
};

/** Runs fn after a GC, timing it and sampling this process's RSS every 20 ms. */
export async function measured<T>(fn: () => Promise<T>): Promise<RunFigure & { result: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const t0 = process.hrtime.bigint();
    const result = await fn();
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms: elapsed, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, result };
  } finally {
    clearInterval(timer);
  }
}

const peak = (runs: readonly RunFigure[]): string => {
  const values = runs.map((r) => r.peakMb).filter((v): v is number => v !== null);
  return values.length ? `${Math.max(...values).toFixed(0)} MB` : 'n/a';
};

/**
 * The rows every comparison prints: medians, the ratio against ogr2ogr (target ≤ 2×), the rows the first run wrote
 * against those expected, and both peaks.
 */
export function comparisonRows(
  what: string,
  ours: readonly (RunFigure & { written: number })[],
  gdal: readonly RunFigure[],
  expected: number,
): {
  ratio: BenchRow;
  ogr: BenchRow;
  written: BenchRow;
  peaks: BenchRow[];
} {
  const ratio = median(ours.map((r) => r.ms)) / median(gdal.map((r) => r.ms));
  const written = ours[0]?.written ?? 0;
  return {
    written: { name: 'rows written', value: String(written), target: String(expected), pass: written === expected },
    ogr: { name: 'ogr2ogr -f GPKG same data', value: ms(median(gdal.map((r) => r.ms))) },
    ratio: { name: `${what} / ogr2ogr`, value: `${ratio.toFixed(2)}×`, target: '≤ 2×', pass: ratio <= 2 },
    peaks: [
      { name: `${what} peak RSS (whole process)`, value: peak(ours) },
      { name: 'ogr2ogr peak RSS', value: peak(gdal) },
    ],
  };
}
