// Every package with its totals (shared/analysis/packageTotals) and estimate (estimate.ts via the shared
// estimator), for the package table and the annual plan. Recomputed when rows or settings change.
import { useMemo } from 'react';
import { type PackageTotals, packageTotals } from '../../../shared/analysis/packageTotals';
import { createMetricFrame } from '../../../shared/geo/crs';
import { DEFAULT_FUNDING } from '../../../shared/model/funding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Building, Compound, Package } from '../../../shared/model/tables';
import { useEstimateSource } from '../items/useEstimates';
import { useStore } from '../state/store';

export interface PackageRow {
  id: string;
  pkg: Package;
  totals: PackageTotals;
}

export function usePackageRows(): PackageRow[] {
  const packages = useStore((s) => s.packages);
  const members = useStore((s) => s.package_members);
  const compounds = useStore((s) => s.compounds);
  const buildings = useStore((s) => s.buildings);
  const defaults = useStore((s) => s.project?.settings.funding_defaults ?? DEFAULT_FUNDING);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const source = useEstimateSource();
  return useMemo(() => {
    const frame = createMetricFrame(epsg);
    const compoundsOf = new Map<string, Compound[]>();
    for (const m of Object.values(members)) {
      const c = compounds[m.compound_id];
      if (!c) continue;
      const list = compoundsOf.get(m.package_id);
      if (list) list.push(c);
      else compoundsOf.set(m.package_id, [c]);
    }
    const buildingsOf = new Map<string, Building[]>();
    for (const b of Object.values(buildings)) {
      if (b.compound_id === null) continue;
      const list = buildingsOf.get(b.compound_id);
      if (list) list.push(b);
      else buildingsOf.set(b.compound_id, [b]);
    }
    return Object.values(packages)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map((pkg) => {
        const own = compoundsOf.get(pkg.id) ?? [];
        const funding = pkg.funding ?? defaults;
        const estimate = own.length > 0 ? packageEstimateOf(source, own, funding) : null;
        const ownBuildings = own.flatMap((c) => buildingsOf.get(c.id) ?? []);
        return { id: pkg.id, pkg, totals: packageTotals(pkg, own, ownBuildings, estimate, funding, frame) };
      });
  }, [packages, members, compounds, buildings, defaults, epsg, source]);
}

function packageEstimateOf(
  source: ReturnType<typeof useEstimateSource>,
  own: readonly Compound[],
  funding: Package['funding'] & object,
) {
  return source.estimator.package(own.map(source.member), source.ctx, funding);
}
