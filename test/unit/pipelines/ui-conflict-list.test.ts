import { describe, expect, test } from 'vitest';
import {
  type ConflictRow,
  countsByRule,
  EMPTY_CONFLICT_FILTER,
  filterConflicts,
  isAccepted,
  openCount,
  reviewNote,
  shortfall,
} from '../../../renderer/src/pipelines/conflictRows';
import { touchesCheck } from '../../../renderer/src/pipelines/touchesCheck';
import type { ConflictReviewRow } from '../../../shared/model/tables';

function conflict(key: string, patch: Partial<ConflictRow> = {}): ConflictRow {
  return {
    key,
    rule: 'horizontal_pipe',
    a: { table: 'pipelines', id: `${key}-a`, code: 'JS-1', type: 'water_supply' },
    b: { table: 'pipelines', id: `${key}-b`, code: 'WS-1', type: 'sewer' },
    measured_m: 0.8,
    required_m: 1.0,
    length_m: null,
    standard: 'GB 50289-2016',
    clause: '表4.1.9',
    confidence: 'A',
    location: [106.2, 38.5],
    compound_id: 'c1',
    package_id: 'p1',
    review: null,
    ...patch,
  };
}

const rows: ConflictRow[] = [
  conflict('k1'),
  conflict('k2', {
    rule: 'cover_depth',
    b: null,
    a: { table: 'pipelines', id: 'g', code: '', type: 'gas' },
    compound_id: 'c2',
    package_id: null,
  }),
  conflict('k3', {
    rule: 'horizontal_tree',
    b: { table: 'trees', id: 't', code: '槐', type: 'tree' },
    review: { accepted: true, note: '改移', reviewed_at: 'x' },
  }),
  conflict('k4', { measured_m: null }),
];
const review = (id: string, accepted: boolean, note = ''): ConflictReviewRow => ({
  id,
  rule: 'horizontal_pipe',
  accepted,
  note,
  reviewed_at: '2026-11-21T00:00:00.000Z',
});

describe('conflict list filters', () => {
  test('no filter keeps everything', () => {
    expect(filterConflicts(rows, EMPTY_CONFLICT_FILTER, {})).toHaveLength(4);
  });
  test('by rule, pipe type (either party), compound and package', () => {
    const keys = (f: Partial<typeof EMPTY_CONFLICT_FILTER>) =>
      filterConflicts(rows, { ...EMPTY_CONFLICT_FILTER, ...f }, {}).map((r) => r.key);
    expect(keys({ rule: 'cover_depth' })).toEqual(['k2']);
    expect(keys({ pipeType: 'sewer' })).toEqual(['k1', 'k4']);
    expect(keys({ pipeType: 'gas' })).toEqual(['k2']);
    expect(keys({ compoundId: 'c2' })).toEqual(['k2']);
    expect(keys({ packageId: 'p1', rule: 'horizontal_tree' })).toEqual(['k3']);
  });
  test('status: the mirrored review wins over the one joined into the last check', () => {
    const reviews = { k1: review('k1', true, '套管'), k3: review('k3', false, '改移') };
    const open = filterConflicts(rows, { ...EMPTY_CONFLICT_FILTER, status: 'open' }, reviews).map((r) => r.key);
    expect(open).toEqual(['k2', 'k3', 'k4']);
    expect(isAccepted(rows[0] as ConflictRow, reviews)).toBe(true);
    expect(reviewNote(rows[0] as ConflictRow, reviews)).toBe('套管');
    // Without a mirrored row, the check's joined review decides.
    expect(isAccepted(rows[2] as ConflictRow, {})).toBe(true);
  });
});

describe('counts', () => {
  test('open and accepted per rule, in rule order; accepted ones are not open', () => {
    const reviews = { k4: review('k4', true) };
    expect(countsByRule(rows, reviews)).toEqual([
      { rule: 'horizontal_pipe', open: 1, accepted: 1 },
      { rule: 'horizontal_tree', open: 0, accepted: 1 },
      { rule: 'cover_depth', open: 1, accepted: 0 },
    ]);
    expect(openCount(rows, reviews)).toBe(2);
  });
  test('shortfall is measured minus required, null when unknown', () => {
    expect(shortfall(rows[0] as ConflictRow)).toBeCloseTo(-0.2);
    expect(shortfall(rows[3] as ConflictRow)).toBeNull();
  });
});

describe('auto re-check', () => {
  test('runs after changes to pipes, trees, buildings or the clearance table, not after reviews', () => {
    const put = (table: 'pipelines' | 'conflict_reviews' | 'compounds') =>
      ({ ops: [{ op: 'delete', table, id: 'x' }], summary: '' }) as const;
    expect(touchesCheck({ ...put('pipelines'), ops: [...put('pipelines').ops] })).toBe(true);
    expect(touchesCheck({ ...put('conflict_reviews'), ops: [...put('conflict_reviews').ops] })).toBe(false);
    expect(touchesCheck({ ...put('compounds'), ops: [...put('compounds').ops] })).toBe(false);
    expect(touchesCheck(null)).toBe(false);
  });
});
