import { describe, expect, it } from 'vitest';
import { assignPackageColors, sameColors } from '../../../renderer/src/map/packageColors';
import { PACKAGE_COLORS } from '../../../renderer/src/map/palette';
import type { Package } from '../../../shared/model/tables';

const square = (lon: number, lat: number, d = 0.002): Package['geometry'] => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [lon, lat],
        [lon + d, lat],
        [lon + d, lat + d],
        [lon, lat + d],
        [lon, lat],
      ],
    ],
  ],
});
const pkg = (id: string, lon: number, lat: number): Package => ({
  id,
  name: id,
  sub_district: '',
  status: 'reserve',
  plan_year: null,
  start_year: null,
  completion_year: null,
  locked: false,
  funding: null,
  notes: '',
  geometry: square(lon, lat),
});
const rows = (list: Package[]) => Object.fromEntries(list.map((p) => [p.id, p]));

describe('package colours', () => {
  it('gives neighbours different colours and far packages may share one', () => {
    // a row of touching packages plus one far away
    const list = [pkg('a', 106, 27), pkg('b', 106.002, 27), pkg('c', 106.004, 27), pkg('far', 107, 28)];
    const colors = assignPackageColors(rows(list));
    expect(new Set(['a', 'b', 'c'].map((id) => colors.get(id))).size).toBe(3);
    expect(colors.get('far')).toBe(0);
    for (const c of colors.values()) expect(c).toBeLessThan(PACKAGE_COLORS.length);
  });

  it('keeps the other packages colours when one package changes shape', () => {
    const list = [pkg('a', 106, 27), pkg('b', 106.002, 27), pkg('c', 106.004, 27)];
    const before = assignPackageColors(rows(list));
    const after = assignPackageColors(
      rows([...list.slice(0, 2), { ...pkg('c', 106.004, 27), geometry: square(106.004, 27, 0.003) }]),
    );
    expect(sameColors(before, after)).toBe(true);
    expect(sameColors(before, new Map([['a', 5]]))).toBe(false);
  });
});
