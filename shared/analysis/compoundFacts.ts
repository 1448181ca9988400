import { createMetricFrame, gkZoneEpsg, type MetricFrame } from '../geo/crs';
import type { Building, Compound } from '../model/tables';
import { groupByCompound } from './byCompound';
import { metricArea } from './metric-paths';

// Households and floor area of compounds as totals report them (packages, annual plan): the surveyed figure where
// entered, else the one derived from the compound's buildings (Σ households; Σ footprint × floors in the metric
// frame), so a half-surveyed district still adds up to something believable.

export type FactsCompound = Pick<Compound, 'id' | 'households' | 'floor_area_m2' | 'geometry'>;
export type FactsBuilding = Pick<Building, 'compound_id' | 'floors' | 'households' | 'geometry'>;

export interface CompoundFacts {
  households: number;
  floorAreaM2: number;
  buildings: number;
}

/**
 * Groups buildings by compound id (buildings outside any compound are dropped).
 * @example buildingsByCompound(buildings).get(compoundId)?.length // → 12
 */
export const buildingsByCompound = <B extends FactsBuilding>(buildings: readonly B[]): Map<string, B[]> =>
  groupByCompound(buildings);

/**
 * @example compoundFacts({ households: null, floor_area_m2: 5000, … }, [{ households: 36, … }], frame)
 *   // → { households: 36, floorAreaM2: 5000, buildings: 1 }
 */
export function compoundFacts(c: FactsCompound, own: readonly FactsBuilding[], frame: MetricFrame): CompoundFacts {
  const households = c.households ?? own.reduce((sum, b) => sum + (b.households ?? 0), 0);
  const floorAreaM2 = c.floor_area_m2 ?? own.reduce((sum, b) => sum + metricArea(b.geometry, frame) * b.floors, 0);
  return { households, floorAreaM2, buildings: own.length };
}

/**
 * The metric frame of the zone containing the first compound (used when the caller gives none).
 * @example frameOf(demo.compounds).epsg // → 4544
 */
export function frameOf(compounds: readonly Pick<Compound, 'geometry'>[]): MetricFrame {
  const lon = compounds[0]?.geometry.coordinates[0]?.[0]?.[0] ?? 106.2;
  return createMetricFrame(gkZoneEpsg(lon));
}
