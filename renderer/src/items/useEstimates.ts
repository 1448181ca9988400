// Estimates read by the items panel, the tables and the package panel, from shared/analysis/estimate.ts. One
// estimator for the whole window: it caches per compound row, so after one line edit only that compound is
// re-costed. Lines and buildings are grouped per compound once per store change of their table.
import { useMemo } from 'react';
import { groupByCompound } from '../../../shared/analysis/byCompound';
import {
  type CompoundEstimate,
  createEstimator,
  type Estimator,
  type EstimatorContext,
  type EstimatorMember,
} from '../../../shared/analysis/estimate';
import { estimatorMember, type MemberGroups } from '../../../shared/analysis/estimateMembers';
import type { SuggestedQuantities } from '../../../shared/analysis/suggest';
import { createMetricFrame } from '../../../shared/geo/crs';
import { DEFAULT_FUNDING } from '../../../shared/model/funding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Compound } from '../../../shared/model/tables';
import { useStore } from '../state/store';

const estimator = createEstimator();

export interface EstimateSource {
  estimator: Estimator;
  ctx: EstimatorContext;
  member(c: Compound): EstimatorMember;
  compound(c: Compound): CompoundEstimate;
  suggested(c: Compound): SuggestedQuantities;
}

/** Everything needed to estimate any compound of the open project, memoised on the tables it reads. */
export function useEstimateSource(): EstimateSource {
  const catalog = useStore((s) => s.renovation_items);
  const lines = useStore((s) => s.compound_items);
  const buildings = useStore((s) => s.buildings);
  const pipelines = useStore((s) => s.pipelines);
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const storey = useStore((s) => s.project?.settings.storey_height_m ?? DEFAULT_SETTINGS.storey_height_m);
  const frame = useMemo(() => createMetricFrame(epsg), [epsg]);
  const linesOf = useMemo(() => groupByCompound(Object.values(lines)), [lines]);
  const buildingsOf = useMemo(() => groupByCompound(Object.values(buildings)), [buildings]);
  const pipelinesOf = useMemo(() => groupByCompound(Object.values(pipelines)), [pipelines]);
  // Issue 4: roads and fire lanes give road_area; proposed facilities give their items' quantities.
  const roads = useStore((s) => s.roads);
  const areas = useStore((s) => s.site_areas);
  const facilities = useStore((s) => s.facilities);
  const roadsOf = useMemo(() => groupByCompound(Object.values(roads)), [roads]);
  const areasOf = useMemo(() => groupByCompound(Object.values(areas)), [areas]);
  const facilitiesOf = useMemo(() => groupByCompound(Object.values(facilities)), [facilities]);
  return useMemo(() => {
    const ctx: EstimatorContext = { catalog, frame, settings: { storey_height_m: storey } };
    const groups: MemberGroups = {
      lines: linesOf,
      buildings: buildingsOf,
      pipelines: pipelinesOf,
      roads: roadsOf,
      site_areas: areasOf,
      facilities: facilitiesOf,
    };
    const member = (c: Compound): EstimatorMember => estimatorMember(c, groups);
    return {
      estimator,
      ctx,
      member,
      compound: (c) => estimator.compound(member(c), ctx),
      suggested: (c) => estimator.suggested(member(c), ctx),
    };
  }, [catalog, frame, storey, linesOf, buildingsOf, pipelinesOf, roadsOf, areasOf, facilitiesOf]);
}

/** The estimate of one package (its members' planned lines) with its funding split, or null for no such package. */
export function usePackageEstimate(packageId: string) {
  const source = useEstimateSource();
  const pkg = useStore((s) => s.packages[packageId]);
  const members = useStore((s) => s.package_members);
  const compounds = useStore((s) => s.compounds);
  const defaults = useStore((s) => s.project?.settings.funding_defaults ?? DEFAULT_FUNDING);
  return useMemo(() => {
    if (!pkg) return null;
    const rows = Object.values(members).flatMap((m) =>
      m.package_id === packageId && compounds[m.compound_id]
        ? [source.member(compounds[m.compound_id] as Compound)]
        : [],
    );
    return estimator.package(rows, source.ctx, pkg.funding ?? defaults);
  }, [pkg, packageId, members, compounds, source, defaults]);
}
