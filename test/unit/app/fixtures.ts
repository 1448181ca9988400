// Rows for the shell's unit tests, deep-frozen so a function that mutates its input throws.
import type { Polygon, Position } from '../../../shared/model/geometry';
import type { Building, Compound, Facility } from '../../../shared/model/tables';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const square = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

export const compound = (id: string, patch: Partial<Compound> = {}): Compound =>
  deepFreeze({
    id,
    name: '幸福里小区',
    sub_district: '中华路街道',
    community: '东门社区',
    build_year: 1995,
    households: 320,
    building_count: 8,
    floor_area_m2: 24_000,
    property_type: 'reformed',
    management_mode: 'none',
    consent_ratio: 2 / 3,
    excluded: false,
    excluded_reason: '',
    code: '',
    condition_notes: '',
    geometry: square(106.2, 27.4, 0.002),
    ...patch,
  });

export const building = (id: string, compoundId: string | null, patch: Partial<Building> = {}): Building =>
  deepFreeze({
    id,
    compound_id: compoundId,
    name: '1#',
    floors: 6,
    height_m: null,
    use: 'residential',
    entrances: 3,
    households: 36,
    has_elevator: false,
    build_year: 1995,
    geometry: square(106.2005, 27.4005, 0.0003),
    ...patch,
  });

export const C1 = '00000000-0000-4000-8000-000000000001';
export const C2 = '00000000-0000-4000-8000-000000000002';
export const B1 = '00000000-0000-4000-8000-000000000011';
export const B2 = '00000000-0000-4000-8000-000000000012';
export const B3 = '00000000-0000-4000-8000-000000000013';

/** The mean of a polygon's outer vertices (a rectangle's or square's centre). */
export function ringCentre(g: Polygon): Position {
  const open = (g.coordinates[0] ?? []).slice(0, -1);
  return [open.reduce((s, p) => s + p[0], 0) / open.length, open.reduce((s, p) => s + p[1], 0) / open.length];
}

/** A square of half-side `d` (degrees) around `center`. */
export const squareAround = ([x, y]: Position, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x - d, y - d],
      [x + d, y - d],
      [x + d, y + d],
      [x - d, y + d],
      [x - d, y - d],
    ],
  ],
});

/** An e-bike shed (充电车棚) on a compound, with the footprint given. */
export const facility = (id: string, compoundId: string | null, geometry: Polygon, name = '充电车棚'): Facility =>
  deepFreeze({
    id,
    type: 'ebike_shed',
    name,
    compound_id: compoundId,
    building_id: null,
    floors: 1,
    height_m: 3,
    rotation_deg: 0,
    note: '',
    geometry,
  });
