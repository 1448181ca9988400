// A small benchmark runner: each suite returns rows of figures; bench.ts prints them as one table.
// Timings are medians of several runs (the machine is shared, so single runs are noise).

export interface BenchRow {
  name: string;
  value: string;
  /** Human-readable target, e.g. "≤ 2×". */
  target?: string;
  /** Whether the target was met; undefined for plain figures. */
  pass?: boolean;
}

export interface BenchSuite {
  name: string;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Milliseconds of each of `runs` calls of fn (with a GC before each when --expose-gc is on). */
export function timeRuns(runs: number, fn: (i: number) => void, collect = true): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) gc();
    const t0 = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

/** As timeRuns, for calls through the async handlers. */
export async function timeRunsAsync(runs: number, fn: (i: number) => unknown, collect = true): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collect) gc();
    const t0 = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

export const ms = (v: number): string => `${v.toFixed(v < 10 ? 3 : 1)} ms`;

export function printTable(suite: string, rows: readonly BenchRow[]): void {
  const verdict = (r: BenchRow): string => (r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS');
  const cols = [
    ['figure', ...rows.map((r) => r.name)],
    ['value', ...rows.map((r) => r.value)],
    ['target', ...rows.map((r) => r.target ?? '')],
    ['', ...rows.map(verdict)],
  ];
  const widths = cols.map((c) => Math.max(...c.map((s) => s.length)));
  const line = (i: number): string =>
    cols
      .map((c, j) => (c[i] ?? '').padEnd(widths[j] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n== ${suite}`);
  console.log(line(0));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (let i = 1; i <= rows.length; i++) console.log(line(i));
}
