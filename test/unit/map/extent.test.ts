import { describe, expect, it } from 'vitest';
import { extentOf, projectExtent, selectionExtent } from '../../../renderer/src/map/extent';
import type { AppState } from '../../../renderer/src/state/types';
import { square } from '../app/fixtures';

const tables = (patch: Partial<AppState> = {}) =>
  ({
    compounds: {},
    buildings: {},
    pipelines: {},
    trees: {},
    roads: {},
    site_areas: {},
    facilities: {},
    packages: {},
    ...patch,
  }) as unknown as AppState;

describe('view extents', () => {
  it('boxes points, lines, polygons and multipolygons alike', () => {
    expect(extentOf([{ type: 'Point', coordinates: [106.2, 27.4] }])).toEqual([106.2, 27.4, 106.2, 27.4]);
    expect(
      extentOf([
        {
          type: 'LineString',
          coordinates: [
            [106.3, 27.5],
            [106.1, 27.45],
          ],
        },
        square(106.0, 27.3, 0.05),
        { type: 'MultiPolygon', coordinates: [square(106.5, 27.0, 0.01).coordinates] },
      ]),
    ).toEqual([106.0, 27.0, 106.51, 27.5]);
    expect(extentOf([])).toBeNull();
  });

  it('the project is its compounds, or its buildings while no compound is drawn', () => {
    const c = { id: 'c', geometry: square(106, 27, 0.01) };
    const b = { id: 'b', geometry: square(107, 28, 0.001) };
    expect(projectExtent(tables({ compounds: { c }, buildings: { b } } as never))).toEqual([106, 27, 106.01, 27.01]);
    expect(projectExtent(tables({ buildings: { b } } as never))).toEqual([107, 28, 107.001, 28.001]);
    expect(projectExtent(tables())).toBeNull();
  });

  it('the selection spans every selected kind and skips rows deleted meanwhile', () => {
    const s = tables({
      buildings: { b: { id: 'b', geometry: square(106, 27, 0.001) } },
      trees: { t: { id: 't', geometry: { type: 'Point', coordinates: [106.01, 27.02] } } },
    } as never);
    expect(
      selectionExtent(s, [
        { table: 'buildings', id: 'b' },
        { table: 'trees', id: 't' },
        { table: 'compounds', id: 'gone' },
      ]),
    ).toEqual([106, 27, 106.01, 27.02]);
    expect(selectionExtent(s, [{ table: 'compounds', id: 'gone' }])).toBeNull();
  });
});
