import { describe, expect, it } from 'vitest';
import {
  annotationChange,
  annotationRows,
  drawnStrokes,
  farEnough,
  PEN_COLOR,
  type Stroke,
} from '../../../renderer/src/review/strokes';
import { annotationSchema } from '../../../shared/model/tables';

const PKG = '11111111-1111-4111-8111-111111111111';
const ID = '55555555-5555-4555-8555-555555555555';

describe('pen strokes', () => {
  const line: Stroke = {
    coords: [
      [106.2, 27.4],
      [106.201, 27.401],
    ],
    color: PEN_COLOR,
    width: 5,
  };
  const dot: Stroke = {
    coords: [
      [106.2, 27.4],
      [106.2, 27.4],
    ],
    color: PEN_COLOR,
    width: 5,
  };

  it('keeps a point only when the pointer moved a few pixels', () => {
    expect(farEnough(null, [10, 10])).toBe(true);
    expect(farEnough([10, 10], [11, 11])).toBe(false);
    expect(farEnough([10, 10], [13, 10])).toBe(true);
  });

  it('keeps strokes, not clicks, as annotation rows of the package in one change', () => {
    expect(drawnStrokes([line, dot])).toEqual([line]);
    const rows = annotationRows([line, dot], { packageId: PKG, meetingId: null, now: new Date(0), newId: () => ID });
    expect(rows).toHaveLength(1);
    expect(annotationSchema.parse(rows[0])).toEqual(rows[0]);
    expect(rows[0]?.geometry.coordinates).toEqual(line.coords);
    const change = annotationChange(rows, '保存标注');
    expect(change?.ops).toEqual([{ op: 'put', table: 'annotations', row: rows[0] }]);
    expect(annotationChange([], 's')).toBeNull();
  });
});
