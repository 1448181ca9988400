import { createEstimator, packageEstimate } from '../../shared/analysis/estimate';
import { estimatorMember, groupMemberRows } from '../../shared/analysis/estimateMembers';
import { packageTotals } from '../../shared/analysis/packageTotals';
import type { FeatureSet } from '../../shared/api';
import type { MetricFrame } from '../../shared/geo/crs';
import type { BundledPackage } from '../../shared/model/bundle';
import type { ProjectSettings } from '../../shared/model/settings';
import type { Package, PackageMember, RenovationItem } from '../../shared/model/tables';

// Packages as the bundle call and `renozone bundle --json` report them: ids as stored, member compound ids
// sorted, and the totals and estimate the package panel shows (shared/analysis packageTotals and estimate).

type Rows = Pick<
  FeatureSet,
  | 'compounds'
  | 'buildings'
  | 'renovation_items'
  | 'compound_items'
  | 'pipelines'
  | 'roads'
  | 'site_areas'
  | 'facilities'
>;

export function bundledPackages(
  packages: readonly Package[],
  members: readonly PackageMember[],
  rows: Rows,
  settings: ProjectSettings,
  frame: MetricFrame,
): BundledPackage[] {
  const byPackage = new Map<string, string[]>();
  for (const m of members) {
    const list = byPackage.get(m.package_id);
    if (list) list.push(m.compound_id);
    else byPackage.set(m.package_id, [m.compound_id]);
  }
  const compounds = new Map(rows.compounds.map((c) => [c.id, c]));
  const groups = groupMemberRows(rows);
  const catalog: Record<string, RenovationItem> = Object.fromEntries(rows.renovation_items.map((i) => [i.id, i]));
  const estimator = createEstimator();
  const ctx = { catalog, frame, settings };

  return packages.map((p) => {
    const ids = [...(byPackage.get(p.id) ?? [])].sort();
    const list = ids.flatMap((id) => compounds.get(id) ?? []);
    const own = list.flatMap((c) => groups.buildings.get(c.id) ?? []);
    const funding = p.funding ?? settings.funding_defaults;
    const estimates = list.map((c) => estimator.compound(estimatorMember(c, groups), ctx));
    const totals = packageTotals(p, list, own, packageEstimate(estimates, funding), funding, frame);
    return {
      id: p.id,
      name: p.name,
      sub_district: p.sub_district,
      locked: p.locked,
      compound_ids: ids,
      compounds: totals.compounds,
      buildings: totals.buildings,
      households: totals.households,
      floor_area_m2: totals.floor_area_m2,
      build_year_min: totals.build_year_min,
      build_year_max: totals.build_year_max,
      estimate_yuan: totals.estimate_yuan,
    };
  });
}
