import type { MetricFrame } from '../geo/crs';
import type { Compound, Package, PackageMember } from '../model/tables';
import { buildingsByCompound, compoundFacts, type FactsBuilding, frameOf } from './compoundFacts';

// The annual plan (issue 3 §3; seed 002 三(二) 年度改造计划): per plan year, how many packages, compounds,
// households, floor area and estimate, plus one 'unplanned' row for packages with no plan year yet. Compounds
// outside every package are not in the plan. Rows are in year order, 'unplanned' last; it is always present.

export interface AnnualPlanRow {
  year: number | 'unplanned';
  packages: number;
  compounds: number;
  households: number;
  floor_area_m2: number;
  estimate_yuan: number;
}

type PlanCompound = Pick<Compound, 'id' | 'households' | 'floor_area_m2' | 'geometry'>;

/**
 * `estimates` maps package id → estimate in yuan (a package missing from it counts 0).
 * @example annualPlan([{ id: 'p1', plan_year: 2025 }, { id: 'p2', plan_year: null }], members, compounds, buildings,
 *   { p1: 1e6 }) // → [{ year: 2025, packages: 1, …, estimate_yuan: 1e6 }, { year: 'unplanned', packages: 1, … }]
 */
export function annualPlan(
  packages: readonly Pick<Package, 'id' | 'plan_year'>[],
  members: readonly Pick<PackageMember, 'package_id' | 'compound_id'>[],
  compounds: readonly PlanCompound[],
  buildings: readonly FactsBuilding[],
  estimates: Readonly<Record<string, number>>,
  frame: MetricFrame = frameOf(compounds),
): AnnualPlanRow[] {
  const compoundById = new Map(compounds.map((c) => [c.id, c]));
  const own = buildingsByCompound(buildings);
  const membersOf = new Map<string, string[]>();
  for (const m of members) {
    const list = membersOf.get(m.package_id);
    if (list) list.push(m.compound_id);
    else membersOf.set(m.package_id, [m.compound_id]);
  }
  const rows = new Map<number | 'unplanned', AnnualPlanRow>();
  const rowOf = (year: number | 'unplanned'): AnnualPlanRow => {
    let row = rows.get(year);
    if (!row) {
      row = { year, packages: 0, compounds: 0, households: 0, floor_area_m2: 0, estimate_yuan: 0 };
      rows.set(year, row);
    }
    return row;
  };
  rowOf('unplanned');
  for (const p of packages) {
    const row = rowOf(p.plan_year ?? 'unplanned');
    row.packages++;
    row.estimate_yuan += estimates[p.id] ?? 0;
    for (const id of membersOf.get(p.id) ?? []) {
      const c = compoundById.get(id);
      if (!c) continue;
      const facts = compoundFacts(c, own.get(id) ?? [], frame);
      row.compounds++;
      row.households += facts.households;
      row.floor_area_m2 += facts.floorAreaM2;
    }
  }
  return [...rows.values()].sort((a, b) =>
    a.year === 'unplanned' ? 1 : b.year === 'unplanned' ? -1 : a.year - b.year,
  );
}
