// The road and site-area forms' pure edits: validation messages in Chinese, flags that only apply to one kind.
import { describe, expect, it } from 'vitest';
import { editRoadField, editSiteAreaField, SITE_AREA_FIELDS } from '../../../renderer/src/context/contextFields';
import { newRoad, newSiteArea } from '../../../renderer/src/context/contextRows';
import type { Polygon } from '../../../shared/model/geometry';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const road = newRoad(
  '00000000-0000-4000-8000-00000000000a',
  'road',
  5,
  {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 0],
    ],
  },
  null,
);

describe('road fields', () => {
  it('accept a width from 0.5 to 100 m and refuse others with a message', () => {
    expect(editRoadField(road, 'width_m', 7)).toEqual({ kind: 'ok', row: { ...road, width_m: 7 } });
    expect(editRoadField(road, 'width_m', 0)).toEqual({ kind: 'invalid', message: '请输入 0.5–100 之间的数值' });
    expect(editRoadField(road, 'width_m', null).kind).toBe('invalid');
    expect(editRoadField(road, 'width_m', 5)).toEqual({ kind: 'unchanged' });
    expect(editRoadField(road, 'kind', 'fire_lane')).toMatchObject({ kind: 'ok', row: { kind: 'fire_lane' } });
    expect(editRoadField(road, 'name', 'x'.repeat(101)).kind).toBe('invalid');
  });
});

describe('site area fields', () => {
  const green = { ...newSiteArea('00000000-0000-4000-8000-00000000000b', 'green', square, null), keep: true };
  it('show keep for green only and demolish for illegal structures only', () => {
    const shown = (row: typeof green) => SITE_AREA_FIELDS.filter((f) => f.shown?.(row) ?? true).map((f) => f.name);
    expect(shown(green)).toContain('keep');
    expect(shown(green)).not.toContain('demolish');
    expect(shown({ ...green, kind: 'illegal_structure', keep: false })).toContain('demolish');
  });

  it('clear a flag when the kind changes, and refuse a flag on the wrong kind', () => {
    const edited = editSiteAreaField(green, 'kind', 'operating_area');
    expect(edited).toMatchObject({ kind: 'ok', row: { kind: 'operating_area', keep: false, demolish: false } });
    const op = newSiteArea('00000000-0000-4000-8000-00000000000c', 'operating_area', square, null);
    expect(editSiteAreaField(op, 'keep', true)).toEqual({ kind: 'invalid', message: '只有绿地可以标记为“保留”' });
    expect(editSiteAreaField(op, 'demolish', true)).toEqual({
      kind: 'invalid',
      message: '只有违法建设可以标记为“拆除”',
    });
    const shed = newSiteArea('00000000-0000-4000-8000-00000000000d', 'illegal_structure', square, null);
    expect(editSiteAreaField(shed, 'demolish', true)).toMatchObject({ kind: 'ok', row: { demolish: true } });
  });
});
