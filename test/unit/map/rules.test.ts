import { beforeAll, describe, expect, it } from 'vitest';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { clipChange, metricFrame } from '../../../renderer/src/map/tools/rules';
import { polygonAreaM2 } from '../../../shared/geo/measure';
import { validatePolygon } from '../../../shared/geo/validate';
import type { Change } from '../../../shared/model/change';
import type { Compound } from '../../../shared/model/tables';
import { compound, rectPx } from './fakeHost';

beforeAll(registerMapMessages);

const rowsOf = (...cs: Compound[]) => ({ compounds: Object.fromEntries(cs.map((c) => [c.id, c])), buildings: {} });
const putRow = (change: Change) => {
  const op = change.ops[0];
  if (op?.op !== 'put' || op.table !== 'compounds') throw new Error('expected a compound put');
  return op.row;
};

describe('clip to neighbours', () => {
  it('builds a change that removes the overlap, sharing the neighbour’s boundary', () => {
    const neighbour = compound(rectPx(100, 0, 200, 100));
    const drawn = compound(rectPx(0, 10, 150, 110));
    const res = clipChange(drawn.id, [neighbour.id], rowsOf(neighbour, drawn), 4544, '裁剪到相邻小区');
    if (!res.ok) throw new Error(res.reason);
    const row = putRow(res.change);
    expect(res.change.summary).toBe('裁剪到相邻小区');
    expect(row.name).toBe(drawn.name);
    expect(validatePolygon(row.geometry)).toEqual({ valid: true });
    // 100×100 px of the left part plus the 50×10 strip below the neighbour remain.
    const frame = metricFrame(4544);
    const expected = polygonAreaM2(rectPx(0, 10, 100, 110), frame) + polygonAreaM2(rectPx(100, 100, 150, 110), frame);
    expect(polygonAreaM2(row.geometry, frame) / expected).toBeCloseTo(1, 3);
    expect(row.geometry.coordinates[0]).toContainEqual(neighbour.geometry.coordinates[0]?.[3]);
  });

  it('never saves an invalid polygon (a corner lying on the neighbour’s edge)', () => {
    const neighbour = compound(rectPx(100, 0, 200, 100));
    const drawn = compound(rectPx(0, 0, 150, 100));
    const res = clipChange(drawn.id, [neighbour.id], rowsOf(neighbour, drawn), 4544, '');
    if (res.ok) expect(validatePolygon(putRow(res.change).geometry)).toEqual({ valid: true });
    else expect(res.reason).toMatch(/无法保存/);
  });

  it('refuses when nothing would remain or the compound is gone', () => {
    const big = compound(rectPx(0, 0, 300, 300));
    const inside = compound(rectPx(100, 100, 200, 200));
    const rows = rowsOf(big, inside);
    expect(clipChange(inside.id, [big.id], rows, 4544, '')).toEqual({
      ok: false,
      reason: '裁剪后小区没有剩余面积，已保留原状。',
    });
    expect(clipChange('missing', [big.id], rows, 4544, '').ok).toBe(false);
  });
});
