import { describe, expect, test } from 'vitest';
import { type Link, splitCluster } from '../../../shared/analysis/bundle/index';

// Size limits: a too-large cluster is cut at the longest edges of its minimum spanning tree.

const row: Link[] = [
  { a: 0, b: 1, d: 10 },
  { a: 1, b: 2, d: 50 },
  { a: 2, b: 3, d: 20 },
  { a: 0, b: 2, d: 55 }, // not in the MST: never cut, never keeps 0 and 2 together after the cut
];
const none = (): number => 0;

describe('splitCluster', () => {
  test('within the limits: one part', () => {
    expect(splitCluster([3, 1, 0, 2], row, { maxCompounds: null, maxHouseholds: null }, none)).toEqual([[0, 1, 2, 3]]);
    expect(splitCluster([0, 1, 2, 3], row, { maxCompounds: 4, maxHouseholds: null }, none)).toEqual([[0, 1, 2, 3]]);
  });

  test('max compounds: cut at the weakest link of the spanning tree', () => {
    const parts = splitCluster([0, 1, 2, 3], row, { maxCompounds: 2, maxHouseholds: null }, none);
    expect(parts.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  test('max households: cuts again until every part fits; a single large compound stays alone', () => {
    const households = [300, 300, 100, 900];
    const parts = splitCluster(
      [0, 1, 2, 3],
      row,
      { maxCompounds: null, maxHouseholds: 500 },
      (i) => households[i] ?? 0,
    );
    expect(parts.map((p) => [...p]).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual([[0], [1], [2], [3]]);
    const fits = splitCluster([0, 1, 2, 3], row, { maxCompounds: null, maxHouseholds: 700 }, (i) => households[i] ?? 0);
    expect(fits.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual([[0, 1], [2], [3]]);
  });

  test('equal links are cut in a fixed order', () => {
    const ties: Link[] = [
      { a: 0, b: 1, d: 10 },
      { a: 1, b: 2, d: 10 },
    ];
    const first = splitCluster([0, 1, 2], ties, { maxCompounds: 2, maxHouseholds: null }, none);
    expect(first.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual([[0, 1], [2]]);
    expect(splitCluster([2, 1, 0], [...ties].reverse(), { maxCompounds: 2, maxHouseholds: null }, none).sort()).toEqual(
      first.sort(),
    );
  });
});
