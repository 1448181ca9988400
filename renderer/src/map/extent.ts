// Where the view goes for 全图 (the whole project) and 缩放至所选 (the selection): the lon/lat box of features of any
// kind (points, lines, polygons), pure so it is tested without a map. The map view and the commands both use it.
import type { Geometry } from 'geojson';
import type { AppState, FeatureRef } from '../state/types';

export type Extent = [west: number, south: number, east: number, north: number];

function grow(box: Extent, coords: unknown): void {
  if (typeof (coords as number[])[0] === 'number') {
    const [x, y] = coords as [number, number];
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (const c of coords as unknown[]) grow(box, c);
}

/** The box around `geometries`, or null when there are none. */
export function extentOf(geometries: Iterable<Geometry>): Extent | null {
  const box: Extent = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const g of geometries) if (g.type !== 'GeometryCollection') grow(box, g.coordinates);
  return box[0] <= box[2] ? box : null;
}

type Tables = Pick<AppState, FeatureRef['table']>;

/** The whole project: its compounds, or its buildings when no compound is drawn yet. */
export function projectExtent(s: Pick<Tables, 'compounds' | 'buildings'>): Extent | null {
  const compounds = Object.values(s.compounds);
  const rows = compounds.length > 0 ? compounds : Object.values(s.buildings);
  return extentOf(rows.map((r) => r.geometry));
}

/** The selected features, whatever their kind (a row deleted meanwhile is skipped). */
export function selectionExtent(s: Tables, selection: readonly FeatureRef[]): Extent | null {
  const geometries: Geometry[] = [];
  for (const ref of selection) {
    const row = (s[ref.table] as Record<string, { geometry: Geometry } | undefined>)[ref.id];
    if (row) geometries.push(row.geometry);
  }
  return extentOf(geometries);
}
