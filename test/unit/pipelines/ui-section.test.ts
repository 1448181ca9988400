import { describe, expect, test } from 'vitest';
import { requiredBetween } from '../../../renderer/src/pipelines/pipeKeys';
import {
  coverAt,
  type SectionPipe,
  sectionCrossings,
  sectionGaps,
  sectionLineAt,
} from '../../../renderer/src/pipelines/section';
import type { Pipeline } from '../../../shared/model/tables';
import { defaultClearanceRules } from '../../../shared/standards/gb50289';

// Hand-computed sections in a metric frame (x east, y north). Section at (0.5, 0) perpendicular to pipe A (north):
// it runs west→east from (-9.5, 0) to (10.5, 0), so a pipe at x lies at offset x + 9.5.
function pipe(
  id: string,
  type: Pipeline['type'],
  dn: number,
  line: [number, number][],
  d0: number,
  d1 = d0,
): SectionPipe {
  return {
    id,
    code: id,
    type,
    gas_pressure: type === 'gas' ? 'low' : null,
    laying: null,
    diameter_mm: dn,
    depth_start_m: d0,
    depth_end_m: d1,
    line,
  };
}
const A = pipe(
  'A',
  'water_supply',
  200,
  [
    [0, -50],
    [0, 50],
  ],
  1.0,
  2.0,
);
const B = pipe(
  'B',
  'sewer',
  400,
  [
    [1.5, -50],
    [1.5, 50],
  ],
  2.0,
);
const rules = Object.fromEntries(defaultClearanceRules().map((r) => [r.id, r]));

describe('section line', () => {
  test('is 20 m long, centred on the click, perpendicular to the nearest pipe', () => {
    const s = sectionLineAt([0.5, 0], [A, B]);
    expect(s?.pipeId).toBe('A');
    expect(s?.start[0]).toBeCloseTo(-9.5);
    expect(s?.start[1]).toBeCloseTo(0);
    expect(s?.end[0]).toBeCloseTo(10.5);
    expect(s?.end[1]).toBeCloseTo(0);
  });
  test('picks the other pipe when the click is nearer to it', () => {
    expect(sectionLineAt([1.2, 0], [A, B])?.pipeId).toBe('B');
  });
  test('is null without pipes', () => {
    expect(sectionLineAt([0, 0], [])).toBeNull();
  });
});

describe('crossings', () => {
  const s = sectionLineAt([0.5, 0], [A, B]);
  if (!s) throw new Error('no section');
  test('offsets, interpolated covers and widths', () => {
    const c = sectionCrossings(s, [B, A]);
    expect(c.map((x) => x.pipe.id)).toEqual(['A', 'B']);
    expect(c[0]?.offset_m).toBeCloseTo(9.5);
    expect(c[0]?.cover_m).toBeCloseTo(1.5); // halfway from 1.0 to 2.0
    expect(c[0]?.width_m).toBeCloseTo(0.2);
    expect(c[1]?.offset_m).toBeCloseTo(11);
  });
  test('an oblique pipe is interpolated by its length along the line', () => {
    const oblique = pipe(
      'O',
      'gas',
      100,
      [
        [2, -10],
        [4, 10],
      ],
      1.0,
      3.0,
    );
    const [c] = sectionCrossings(s, [oblique]);
    expect(c?.offset_m).toBeCloseTo(12.5);
    expect(c?.cover_m).toBeCloseTo(2.0);
  });
  test('a crossing at a shared vertex counts once; a pipe that stops short is not crossing', () => {
    const bent = pipe(
      'V',
      'power',
      100,
      [
        [-3, -5],
        [-3, 0],
        [-2, 5],
      ],
      0.7,
    );
    const short = pipe(
      'S',
      'telecom',
      100,
      [
        [5, -20],
        [5, -1],
      ],
      0.7,
    );
    expect(sectionCrossings(s, [bent, short]).map((c) => c.pipe.id)).toEqual(['V']);
  });
  test('cover at a chainage is linear between the ends', () => {
    expect(coverAt(A, 25, 100)).toBeCloseTo(1.25);
  });
});

describe('gaps and required clearances', () => {
  const s = sectionLineAt([0.5, 0], [A, B]);
  if (!s) throw new Error('no section');
  test('horizontal: outer wall to outer wall; water ≤DN200 to sewer needs 1.0 m (A)', () => {
    const gaps = sectionGaps(sectionCrossings(s, [A, B]));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.kind).toBe('horizontal');
    expect(gaps[0]?.clear_m).toBeCloseTo(1.2); // 1.5 − (0.2 + 0.4) / 2
    expect(requiredBetween(rules, 'horizontal', A, B)?.metres).toBe(1.0);
  });
  test('a sewer 1.2 m off centre leaves 0.9 m: short of the 1.0 m', () => {
    const near = pipe(
      'B2',
      'sewer',
      400,
      [
        [1.2, -50],
        [1.2, 50],
      ],
      2.0,
    );
    const [gap] = sectionGaps(sectionCrossings(s, [A, near]));
    expect(gap?.clear_m).toBeCloseTo(0.9);
    expect(gap && gap.clear_m < (requiredBetween(rules, 'horizontal', A, near)?.metres ?? 0)).toBe(true);
  });
  test('pipes overlapping in plan get a vertical clearance, upper bottom to lower top', () => {
    const above = pipe(
      'T',
      'telecom',
      100,
      [
        [0.05, -50],
        [0.05, 50],
      ],
      0.5,
    );
    const gaps = sectionGaps(sectionCrossings(s, [A, above]));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.kind).toBe('vertical');
    expect(gaps[0]?.a.pipe.id).toBe('T');
    expect(gaps[0]?.clear_m).toBeCloseTo(0.9); // 1.5 − (0.5 + 0.1)
    expect(requiredBetween(rules, 'vertical', A, above)).not.toBeNull();
  });
  test('a pipe crossing at right angles lies along the section: drawn as a stretch, stacked over the others', () => {
    const across = pipe(
      'C',
      'gas',
      100,
      [
        [-30, 0],
        [30, 0],
      ],
      0.6,
    );
    const c = sectionCrossings(s, [A, B, across]);
    const lying = c.find((x) => x.pipe.id === 'C');
    expect(lying?.along).toBe(true);
    expect(lying?.span_m).toEqual([0, 20]);
    expect(lying?.cover_m).toBeCloseTo(0.6);
    const gaps = sectionGaps(c);
    // A–B stay neighbours side by side (1.2 m); C is above both: 1.5 − 0.7 and 2.0 − 0.7.
    expect(gaps.filter((g) => g.kind === 'horizontal').map((g) => g.clear_m)).toEqual([expect.closeTo(1.2)]);
    const vertical = gaps.filter((g) => g.kind === 'vertical');
    expect(vertical.map((g) => [g.a.pipe.id, g.b.pipe.id])).toEqual([
      ['C', 'A'],
      ['C', 'B'],
    ]);
    expect(vertical[0]?.clear_m).toBeCloseTo(0.8);
    expect(vertical[1]?.clear_m).toBeCloseTo(1.3);
  });
  test('gas beside gas uses the gas-to-gas row by the larger DN', () => {
    const g1 = pipe(
      'G1',
      'gas',
      200,
      [
        [0, 0],
        [0, 1],
      ],
      1,
    );
    const g2 = pipe(
      'G2',
      'gas',
      400,
      [
        [1, 0],
        [1, 1],
      ],
      1,
    );
    expect(requiredBetween(rules, 'horizontal', g1, g2)?.metres).toBe(0.5);
    expect(requiredBetween(rules, 'horizontal', g1, g1)?.metres).toBe(0.4);
  });
});
