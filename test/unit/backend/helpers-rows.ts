import crypto from 'node:crypto';
import type { Building, Compound, Pipeline, Tree } from '../../../shared/model/tables';

// Small valid rows for backend tests (no test-runner imports: the crash fixture uses them in a child process).

/** A square of `size` degrees at (lon, lat), closed ring. */
export function square(lon: number, lat: number, size = 0.001): Compound['geometry'] {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  };
}

export function compound(overrides: Partial<Compound> = {}): Compound {
  return {
    id: crypto.randomUUID(),
    name: '幸福里小区',
    sub_district: '南明街道',
    community: '河滨社区',
    build_year: 1995,
    households: 240,
    building_count: 6,
    floor_area_m2: 18000.5,
    property_type: 'reformed',
    management_mode: 'self',
    consent_ratio: 0.8,
    excluded: false,
    excluded_reason: '',
    code: '',
    condition_notes: '外墙渗水',
    geometry: square(106.2, 27.4, 0.004),
    ...overrides,
  };
}

export function building(overrides: Partial<Building> = {}): Building {
  return {
    id: crypto.randomUUID(),
    compound_id: null,
    name: '1栋',
    floors: 6,
    height_m: 18,
    use: 'residential',
    entrances: 3,
    households: 36,
    has_elevator: false,
    build_year: 1995,
    geometry: square(106.201, 27.401, 0.0005),
    ...overrides,
  };
}

export function pipeline(overrides: Partial<Pipeline> = {}): Pipeline {
  return {
    id: crypto.randomUUID(),
    code: '',
    type: 'water_supply',
    gas_pressure: null,
    laying: null,
    diameter_mm: 100,
    depth_start_m: 1.2,
    depth_end_m: 1.2,
    material: 'PE给水管',
    status: 'existing',
    owner: '市供水公司',
    municipal: false,
    compound_id: null,
    package_id: null,
    geometry: {
      type: 'LineString',
      coordinates: [
        [106.2, 27.4],
        [106.201, 27.4],
      ],
    },
    ...overrides,
  };
}

export function tree(overrides: Partial<Tree> = {}): Tree {
  return {
    id: crypto.randomUUID(),
    species: '香樟',
    crown_radius_m: 3,
    compound_id: null,
    geometry: { type: 'Point', coordinates: [106.2001, 27.4001] },
    ...overrides,
  };
}
