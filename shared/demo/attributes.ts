import type { Building, Compound } from '../model/tables';
import type { LayoutKind } from './buildings';
import type { NameKind } from './names';
import type { Rng } from './prng';

// Survey attributes of the demo compounds and buildings. A compound gets a profile first (what kind of place it
// is: a work-unit quarter of the 1980s, a commodity estate of the late 1990s, a lane courtyard), and its buildings
// and numbers follow from it. Households come from floor area (60–90 m² per household); the compound's surveyed
// totals are its buildings' sums, off by up to ±3 % as real surveys are.

export interface CompoundProfile {
  nameKind: NameKind;
  buildYear: number | null;
  propertyType: NonNullable<Compound['property_type']>;
  managementMode: NonNullable<Compound['management_mode']>;
  layout: LayoutKind;
  slabFloors: number;
  /** Average floor area per household in m². */
  householdM2: number;
}

export function pickProfile(rng: Rng, small: boolean): CompoundProfile {
  const unknownYear = rng.chance(0.015);
  if (small) {
    return {
      nameKind: rng.chance(0.75) ? 'lane' : 'workUnit',
      buildYear: unknownYear ? null : rng.int(1980, 1998),
      propertyType: rng.weighted([
        ['public_rental', 3],
        ['reformed', 3],
        ['mixed', 2],
      ] as const),
      managementMode: rng.weighted([
        ['none', 5],
        ['self', 3],
      ] as const),
      layout: 'single',
      slabFloors: rng.int(4, 6),
      householdM2: rng.range(60, 72),
    };
  }
  if (rng.chance(0.45)) {
    return {
      nameKind: 'workUnit',
      buildYear: unknownYear ? null : rng.int(1980, 1998),
      propertyType: rng.weighted([
        ['work_unit', 3],
        ['reformed', 4],
        ['fund_raised', 2],
      ] as const),
      managementMode: rng.weighted([
        ['work_unit', 4],
        ['none', 3],
        ['self', 2],
        ['company', 1],
      ] as const),
      layout: rng.weighted([
        ['slabs', 17],
        ['mixed', 2],
      ] as const),
      slabFloors: rng.int(4, 6),
      householdM2: rng.range(60, 75),
    };
  }
  const year = rng.int(1988, 2012);
  return {
    nameKind: 'estate',
    buildYear: unknownYear ? null : year,
    propertyType: rng.weighted([
      ['commodity', 5],
      ['mixed', 2],
      ['reformed', 1],
      ['fund_raised', 1],
    ] as const),
    managementMode: rng.weighted([
      ['company', 5],
      ['self', 2],
      ['none', 2],
    ] as const),
    layout:
      year < 1995
        ? 'slabs'
        : rng.weighted([
            ['slabs', 11],
            ['mixed', 4],
            ['towers', 3],
          ] as const),
    slabFloors: rng.int(5, 7),
    householdM2: rng.range(70, 90),
  };
}

export interface FootprintFacts {
  length: number; // east–west, m
  depth: number; // north–south, m
  floors: number;
  kind: 'slab' | 'tower';
  /** Stands in the row nearest the street (may have shops on the ground floor). */
  streetFront: boolean;
}

type BuildingAttributes = Omit<Building, 'id' | 'compound_id' | 'geometry'>;

export function buildingAttributes(
  rng: Rng,
  f: FootprintFacts,
  profile: CompoundProfile,
  index: number,
  numbering: '栋' | '号楼',
): BuildingAttributes {
  const floorArea = f.length * f.depth * f.floors;
  const laterPhase = f.kind === 'tower' && profile.layout === 'mixed';
  const year = profile.buildYear === null ? null : Math.min(2012, profile.buildYear + (laterPhase ? rng.int(3, 8) : 0));
  return {
    name: `${index + 1}${numbering}`,
    floors: f.floors,
    height_m: rng.chance(0.85) ? Math.round((f.floors * rng.range(2.8, 3.0) + 0.6) * 10) / 10 : null,
    use: f.streetFront && f.kind === 'slab' && rng.chance(0.25) ? 'mixed' : 'residential',
    entrances: f.kind === 'tower' ? 1 : Math.max(1, Math.round(f.length / rng.range(12, 15))),
    households: Math.max(1, Math.round(floorArea / profile.householdM2)),
    has_elevator: f.floors >= 9 ? rng.chance(0.92) : rng.chance(f.floors >= 7 ? 0.05 : 0.02),
    build_year: year,
  };
}

/** The surveyed totals of a compound: its buildings' sums, each off by up to ±3 %. */
export function surveyedTotals(
  rng: Rng,
  buildings: readonly { households: number | null; floorArea: number }[],
): Pick<Compound, 'households' | 'building_count' | 'floor_area_m2'> {
  const households = buildings.reduce((s, b) => s + (b.households ?? 0), 0);
  const floorArea = buildings.reduce((s, b) => s + b.floorArea, 0);
  const off = (): number => 1 + rng.range(-0.03, 0.03);
  return {
    households: Math.round(households * off()),
    building_count: buildings.length,
    floor_area_m2: Math.round(floorArea * off()),
  };
}

/** Consent to renovation as surveyed: 40–98 %, whole percent. */
export const consentRatio = (rng: Rng): number => Math.round(rng.range(0.4, 0.98) * 100) / 100;
