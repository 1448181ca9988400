import { describe, expect, it } from 'vitest';
import { checkPipelines } from '../../../shared/analysis/pipelines/check';
import type { ClearanceRule } from '../../../shared/model/tables';
import { defaultClearanceRules } from '../../../shared/standards/gb50289/index';
import { generateDistrict } from '../../fixtures/pipelines/generate-network';
import { frame, pipe, resetIds } from '../../fixtures/pipelines/rows';
import { checkPipelinesNaive } from './fixtures';

// Engine properties beyond the golden cases: edited rules, gas-to-gas by DN, abandoned pipes, purity,
// determinism under input order, a second run of a parallel pipe pair, and the index against the naive reference.

const inputOf = (pipelines: ReturnType<typeof pipe>[], rules: ClearanceRule[] = defaultClearanceRules()) => ({
  pipelines,
  buildings: [],
  trees: [],
  compounds: [],
  packageOf: () => null,
  rules,
  frame,
});

const waterAndSewer = (gap: number) => {
  resetIds();
  return [
    pipe(
      'JS',
      'water_supply',
      [
        [0, 0],
        [50, 0],
      ],
      { diameter_mm: 150 },
    ),
    pipe(
      'WS',
      'sewer',
      [
        [0, gap + 0.225],
        [50, gap + 0.225],
      ],
      { diameter_mm: 300 },
    ),
  ];
};

describe('checkPipelines', () => {
  it('reads a branch ending on a main (a T-junction, ~1 mm overshoot from rounding) as a junction, not a crossing', () => {
    resetIds();
    const main = pipe(
      'JS-M',
      'water_supply',
      [
        [0, 0],
        [100, 0],
      ],
      { diameter_mm: 300, depth_start_m: 1, depth_end_m: 1 },
    );
    const at = { diameter_mm: 100, depth_start_m: 1, depth_end_m: 1 };
    const branch = pipe(
      'JS-B',
      'water_supply',
      [
        [50, 20],
        [50, -0.001],
      ],
      at,
    );
    const rules = (c: ReturnType<typeof checkPipelines>) => c.map((x) => x.rule);
    expect(rules(checkPipelines(inputOf([main, branch])))).not.toContain('vertical_crossing');
    // The same pipe carried 5 m across the main is a real crossing at the same depth: too little vertical clearance.
    const across = pipe(
      'JS-X',
      'water_supply',
      [
        [50, 20],
        [50, -5],
      ],
      at,
    );
    expect(rules(checkPipelines(inputOf([main, across])))).toContain('vertical_crossing');
  });

  it('judges by the project table: an edited row decides and reports confidence local', () => {
    const pipes = waterAndSewer(0.99);
    const relaxed = defaultClearanceRules().map((r) =>
      r.id === 'horizontal_pipe:sewer_storm|water_supply_le200'
        ? { ...r, metres: 0.8, confidence: 'local' as const }
        : r,
    );
    expect(checkPipelines(inputOf(pipes, relaxed))).toEqual([]);
    const stricter = relaxed.map((r) => (r.metres === 0.8 && r.confidence === 'local' ? { ...r, metres: 1.2 } : r));
    const [c] = checkPipelines(inputOf(pipes, stricter));
    expect(c).toMatchObject({ rule: 'horizontal_pipe', confidence: 'local', required_m: 1.2, measured_m: 0.99 });
    // No row for the pair: no check.
    expect(
      checkPipelines(
        inputOf(
          pipes,
          stricter.filter((r) => r.kind !== 'horizontal_pipe'),
        ),
      ),
    ).toEqual([]);
  });

  it('applies gas-to-gas by the larger DN', () => {
    resetIds();
    const a = pipe(
      'RQ-A',
      'gas',
      [
        [0, 0],
        [20, 0],
      ],
      { diameter_mm: 100 },
    );
    const small = pipe(
      'RQ-B',
      'gas',
      [
        [0, 0.55],
        [20, 0.55],
      ],
      { diameter_mm: 100 },
    ); // wall 0.45 ≥ 0.4
    expect(checkPipelines(inputOf([a, small]))).toEqual([]);
    const big = pipe(
      'RQ-C',
      'gas',
      [
        [0, 0.7],
        [20, 0.7],
      ],
      { diameter_mm: 400 },
    ); // wall 0.7 − 0.05 − 0.2 = 0.45 < 0.5
    expect(checkPipelines(inputOf([a, big]))).toMatchObject([
      { rule: 'horizontal_pipe', measured_m: 0.45, required_m: 0.5 },
    ]);
  });

  it('ignores abandoned pipes', () => {
    const [w, s] = waterAndSewer(0.5);
    expect(
      checkPipelines(inputOf([w, s].map((p) => p && { ...p, status: 'abandon' as const }).filter((p) => !!p))),
    ).toEqual([]);
    expect(checkPipelines(inputOf([w, s].filter((p) => !!p)))).toHaveLength(1);
  });

  it('reports a second run of the same pair separately, keyed by its cell', () => {
    resetIds();
    const w = pipe('JS', 'water_supply', [
      [0, 0],
      [100, 0],
    ]);
    // Close for x 0–20 and 80–100, 5 m away in between.
    const t = pipe('TX', 'telecom', [
      [0, 0.5],
      [20, 0.5],
      [30, 5],
      [70, 5],
      [80, 0.5],
      [100, 0.5],
    ]);
    const found = checkPipelines(inputOf([w, t]));
    expect(found.map((c) => c.rule)).toEqual(['horizontal_pipe', 'horizontal_pipe']);
    expect(found.map((c) => c.key.includes('@'))).toEqual([false, true]);
    for (const c of found) expect(c.length_m).toBeGreaterThan(20);
  });

  it('is pure and does not depend on input order', () => {
    const input = generateDistrict(600, 7);
    const before = structuredClone({ ...input, frame: null, packageOf: null });
    const once = checkPipelines(input);
    expect(structuredClone({ ...input, frame: null, packageOf: null })).toEqual(before);
    expect(once.length).toBeGreaterThan(0);
    const shuffled = { ...input, pipelines: [...input.pipelines].reverse(), trees: [...input.trees].reverse() };
    expect(checkPipelines(shuffled)).toEqual(once);
    for (let i = 1; i < once.length; i++) {
      const [p, q] = [once[i - 1], once[i]];
      if (p && q) expect(p.rule < q.rule || (p.rule === q.rule && p.key < q.key)).toBe(true);
    }
  });

  it('finds exactly what the naive all-pairs reference finds', () => {
    const input = generateDistrict(2000, 3);
    const indexed = checkPipelines(input);
    expect(new Set(indexed.map((c) => c.rule)).size).toBeGreaterThanOrEqual(5);
    expect(indexed).toEqual(checkPipelinesNaive(input));
  });
});
