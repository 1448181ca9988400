import type { MetricFrame } from '../geo/crs';
import type { FundingByClass, FundingSource } from '../model/funding';
import type { Compound, Package } from '../model/tables';
import { buildingsByCompound, compoundFacts, type FactsBuilding, frameOf } from './compoundFacts';
import type { PackageEstimate } from './estimate';
import { splitByFunding } from './funding-split';

// Totals of one work package (issue 3 §2): what the package panel, the package table and `renozone bundle --json`
// report. Households and floor area are surveyed where entered, else derived (compoundFacts.ts).

export interface PackageTotals {
  compounds: number;
  buildings: number;
  households: number;
  floor_area_m2: number;
  build_year_min: number | null;
  build_year_max: number | null;
  estimate_yuan: number;
  by_source: Record<FundingSource, number>;
}

type MemberCompound = Pick<Compound, 'id' | 'households' | 'floor_area_m2' | 'build_year' | 'geometry'>;

/**
 * `funding` is the package's own split or the project's defaults (pkg.funding ?? settings.funding_defaults); the
 * estimate's per-class amounts are split with it. `frame` defaults to the zone of the first member.
 * @example packageTotals(pkg, [c1, c2], buildings, packageEstimate(...), DEFAULT_FUNDING).households // → 412
 */
export function packageTotals(
  _pkg: Pick<Package, 'id'>,
  memberCompounds: readonly MemberCompound[],
  buildingsOfMembers: readonly FactsBuilding[],
  estimate: Pick<PackageEstimate, 'total' | 'byClass'> | null,
  funding: FundingByClass,
  frame: MetricFrame = frameOf(memberCompounds),
): PackageTotals {
  const own = buildingsByCompound(buildingsOfMembers);
  let households = 0;
  let floorArea = 0;
  let buildings = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const c of memberCompounds) {
    const facts = compoundFacts(c, own.get(c.id) ?? [], frame);
    households += facts.households;
    floorArea += facts.floorAreaM2;
    buildings += facts.buildings;
    if (c.build_year !== null) {
      min = min === null ? c.build_year : Math.min(min, c.build_year);
      max = max === null ? c.build_year : Math.max(max, c.build_year);
    }
  }
  const byClass = estimate?.byClass ?? { basic: 0, improvement: 0, upgrade: 0 };
  return {
    compounds: memberCompounds.length,
    buildings,
    households,
    floor_area_m2: floorArea,
    build_year_min: min,
    build_year_max: max,
    estimate_yuan: estimate?.total ?? 0,
    by_source: splitByFunding(byClass, funding),
  };
}
