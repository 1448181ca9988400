import type { MetricFrame } from '../geo/crs';
import type { Building, Compound } from '../model/tables';
import { groupByCompound } from './byCompound';
import { metricArea } from './metric-paths';

// Values derived from geometry and entered attributes, shown beside the surveyed ones (issue 2 §4): a compound's
// building count, footprint, floor area (Σ footprint × floors) and households from its buildings; a building's
// footprint, floor area and height (floors × storey height). Areas are measured in the metric frame.

export interface BuildingDerived {
  footprintM2: number;
  floorAreaM2: number;
  /** floors × storey height; the surveyed height_m is shown beside it. */
  heightM: number;
}

export interface CompoundDerived {
  siteAreaM2: number;
  buildingCount: number;
  footprintM2: number;
  floorAreaM2: number;
  /** Σ households of its buildings; buildings with no surveyed households add nothing (see householdsMissing). */
  households: number;
  householdsMissing: number;
}

/**
 * @example deriveBuilding({ floors: 6, geometry }, frame, 3) // → { footprintM2: 600, floorAreaM2: 3600, heightM: 18 }
 */
export function deriveBuilding(
  b: Pick<Building, 'floors' | 'geometry'>,
  frame: MetricFrame,
  storeyHeightM: number,
): BuildingDerived {
  const footprintM2 = metricArea(b.geometry, frame);
  return { footprintM2, floorAreaM2: footprintM2 * b.floors, heightM: b.floors * storeyHeightM };
}

type BuildingFacts = Pick<Building, 'compound_id' | 'floors' | 'households' | 'geometry'>;

/**
 * Derived values of one compound from the buildings that name it (others are ignored).
 * @example deriveCompound(compound, buildings, frame).buildingCount // → 12
 */
export function deriveCompound(
  c: Pick<Compound, 'id' | 'geometry'>,
  buildings: readonly BuildingFacts[],
  frame: MetricFrame,
): CompoundDerived {
  const own = buildings.filter((b) => b.compound_id === c.id);
  return summarise(metricArea(c.geometry, frame), own, frame);
}

/**
 * Derived values of every compound at once (one pass over the buildings), keyed by compound id.
 * @example deriveCompounds(compounds, buildings, frame).get(id)?.floorAreaM2
 */
export function deriveCompounds(
  compounds: readonly Pick<Compound, 'id' | 'geometry'>[],
  buildings: readonly BuildingFacts[],
  frame: MetricFrame,
): Map<string, CompoundDerived> {
  const byCompound = groupByCompound(buildings);
  return new Map(
    compounds.map((c) => [c.id, summarise(metricArea(c.geometry, frame), byCompound.get(c.id) ?? [], frame)]),
  );
}

function summarise(siteAreaM2: number, own: readonly BuildingFacts[], frame: MetricFrame): CompoundDerived {
  let footprintM2 = 0;
  let floorAreaM2 = 0;
  let households = 0;
  let householdsMissing = 0;
  for (const b of own) {
    const footprint = metricArea(b.geometry, frame);
    footprintM2 += footprint;
    floorAreaM2 += footprint * b.floors;
    if (b.households === null) householdsMissing++;
    else households += b.households;
  }
  return { siteAreaM2, buildingCount: own.length, footprintM2, floorAreaM2, households, householdsMissing };
}
