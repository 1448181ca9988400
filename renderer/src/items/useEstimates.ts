// Estimates read by the items panel, the tables and the package panel, from shared/analysis/estimate.ts. One
// estimator for the whole window: it caches per compound row, so after one line edit only that compound is
// re-costed. Lines and buildings are grouped per compound once per store change of their table.
import { useMemo } from 'react';
import {
  type CompoundEstimate,
  createEstimator,
  type Estimator,
  type EstimatorContext,
  type EstimatorMember,
} from '../../../shared/analysis/estimate';
import type { SuggestedQuantities } from '../../../shared/analysis/suggest';
import { createMetricFrame } from '../../../shared/geo/crs';
import { DEFAULT_FUNDING } from '../../../shared/model/funding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type {
  Building,
  Compound,
  CompoundItem,
  Facility,
  Pipeline,
  Road,
  SiteArea,
} from '../../../shared/model/tables';
import { useStore } from '../state/store';

const estimator = createEstimator();

function groupBy<R extends object>(rows: Record<string, R>, key: (r: R) => string | null): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const r of Object.values(rows)) {
    const k = key(r);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

const NONE: readonly never[] = [];

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
  const linesOf = useMemo(() => groupBy<CompoundItem>(lines, (l) => l.compound_id), [lines]);
  const buildingsOf = useMemo(() => groupBy<Building>(buildings, (b) => b.compound_id), [buildings]);
  const pipelinesOf = useMemo(() => groupBy<Pipeline>(pipelines, (p) => p.compound_id), [pipelines]);
  // Issue 4: roads and fire lanes give road_area; proposed facilities give their items' quantities.
  const roads = useStore((s) => s.roads);
  const areas = useStore((s) => s.site_areas);
  const facilities = useStore((s) => s.facilities);
  const roadsOf = useMemo(() => groupBy<Road>(roads, (r) => r.compound_id), [roads]);
  const areasOf = useMemo(() => groupBy<SiteArea>(areas, (a) => a.compound_id), [areas]);
  const facilitiesOf = useMemo(() => groupBy<Facility>(facilities, (f) => f.compound_id), [facilities]);
  return useMemo(() => {
    const ctx: EstimatorContext = { catalog, frame, settings: { storey_height_m: storey } };
    const member = (c: Compound): EstimatorMember => ({
      compound: c,
      lines: linesOf.get(c.id) ?? NONE,
      buildings: buildingsOf.get(c.id) ?? NONE,
      pipelines: pipelinesOf.get(c.id) ?? NONE,
      roads: roadsOf.get(c.id) ?? NONE,
      site_areas: areasOf.get(c.id) ?? NONE,
      facilities: facilitiesOf.get(c.id) ?? NONE,
    });
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
