// Rows for newly drawn features, with a default for every column (shared/model/tables.ts). Building defaults
// are the commonest old-compound block: a 6-floor residential slab, one stair entrance, no elevator.
import type { Polygon } from '../../../../shared/model/geometry';
import type { Building, Compound } from '../../../../shared/model/tables';

export function newCompound(id: string, name: string, geometry: Polygon): Compound {
  return {
    id,
    name,
    sub_district: '',
    community: '',
    build_year: null,
    households: null,
    building_count: null,
    floor_area_m2: null,
    property_type: null,
    management_mode: null,
    consent_ratio: null,
    excluded: false,
    excluded_reason: '',
    code: '',
    condition_notes: '',
    geometry,
  };
}

export function newBuilding(id: string, compoundId: string | null, name: string, geometry: Polygon): Building {
  return {
    id,
    compound_id: compoundId,
    name,
    floors: 6,
    height_m: null,
    use: 'residential',
    entrances: 1,
    households: null,
    has_elevator: false,
    build_year: null,
    geometry,
  };
}

/** The next free building number in a compound ("1#", "2#", …), as numbered on site plans. */
export function nextBuildingNumber(buildings: Iterable<Building>, compoundId: string | null): string {
  let max = 0;
  for (const b of buildings) {
    if (b.compound_id !== compoundId) continue;
    const n = Number.parseInt(b.name, 10);
    if (Number.isFinite(n)) max = Math.max(max, n);
  }
  return `${max + 1}#`;
}
