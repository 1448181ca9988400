// Drawn and imported roads and site areas start from the same column defaults (shared/model/defaults.ts), in the
// same key order; drawing sets the containing compound, import leaves it to the compound assigner.
import { describe, expect, it } from 'vitest';
import { newRow } from '../../../electron/backend/exchange/import/rows';
import { newRoad, newSiteArea } from '../../../renderer/src/context/contextRows';
import type { LineString } from '../../../shared/model/geometry';
import { at, rectPx } from '../map/fakeHost';

const line: LineString = { type: 'LineString', coordinates: [at(0, 0), at(100, 0)] };
const square = rectPx(0, 0, 100, 100);

describe('new road and site-area rows', () => {
  it('a drawn road has every column, no name, and the compound it lies in', () => {
    const road = newRoad('r', 'fire_lane', 4, line, 'c1');
    expect(road).toEqual({ id: 'r', name: '', kind: 'fire_lane', width_m: 4, compound_id: 'c1', geometry: line });
    expect(Object.keys(road)).toEqual(['id', 'name', 'kind', 'width_m', 'compound_id', 'geometry']);
  });

  it('a drawn site area has keep and demolish off and no note', () => {
    const area = newSiteArea('a', 'green', square, null);
    expect(Object.entries(area)).toEqual([
      ['id', 'a'],
      ['kind', 'green'],
      ['name', ''],
      ['keep', false],
      ['demolish', false],
      ['compound_id', null],
      ['note', ''],
      ['geometry', square],
    ]);
  });

  it('import builds the same rows: a road at the fire-lane width, a green area, mapped values laid over', () => {
    expect(Object.entries(newRow('roads', 'r', line, {}, 4))).toEqual(
      Object.entries(newRoad('r', 'road', 4, line, null)),
    );
    expect(Object.entries(newRow('site_areas', 'a', square, { name: '中心绿地' }, 4))).toEqual(
      Object.entries({ ...newSiteArea('a', 'green', square, null), name: '中心绿地' }),
    );
  });
});
