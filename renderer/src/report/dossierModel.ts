import { type CompoundFacts, compoundFacts } from '../../../shared/analysis/compoundFacts';
import { compoundEligibility, type Eligibility } from '../../../shared/analysis/eligibility';
import {
  type CompoundEstimate,
  createEstimator,
  type PackageEstimate,
  packageEstimate,
} from '../../../shared/analysis/estimate';
import { estimatorMember, groupMemberRows } from '../../../shared/analysis/estimateMembers';
import { featureNames, findingText } from '../../../shared/analysis/facilities/findings';
import { checkPlacedFacilities } from '../../../shared/analysis/facilities/placed';
import { indicatorsBeforeAfter } from '../../../shared/analysis/indicators/index';
import type { SiteInput } from '../../../shared/analysis/leftover/input';
import { type PackageTotals, packageTotals } from '../../../shared/analysis/packageTotals';
import type { FeatureSet } from '../../../shared/api';
import { createMetricFrame } from '../../../shared/geo/crs';
import type { FundingByClass } from '../../../shared/model/funding';
import type { IndicatorsBeforeAfter } from '../../../shared/model/leftover';
import type { PipeCheckResult } from '../../../shared/model/pipelines';
import type { ProjectSettings } from '../../../shared/model/settings';
import type {
  Compound,
  Facility,
  LeftoverPieceRow,
  Package,
  RenovationItem,
  ReviewOpinion,
} from '../../../shared/model/tables';

// Everything the dossier prints about one package, computed from the project's rows with the same analyses the
// app's panels use (eligibility, estimate, package totals, indicators), so the printed figures match the screen.

export interface DossierCompound {
  compound: Compound;
  facts: CompoundFacts;
  eligibility: Eligibility;
  estimate: CompoundEstimate;
}

export type DossierConflict = PipeCheckResult['conflicts'][number];

export interface DossierOpinion extends ReviewOpinion {
  meetingTitle: string;
}

export interface DossierModel {
  projectName: string;
  designUnit: string;
  settings: ProjectSettings;
  pkg: Package;
  compounds: DossierCompound[];
  totals: PackageTotals;
  funding: FundingByClass;
  estimate: PackageEstimate;
  catalog: Record<string, RenovationItem>;
  leftover: LeftoverPieceRow[];
  facilities: Facility[];
  /** Each facility's failing checks where it stands, in words (findingText), empty when it passes them all. */
  facilityFailures: Map<string, string[]>;
  conflicts: DossierConflict[];
  indicators: IndicatorsBeforeAfter;
  opinions: DossierOpinion[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh');

/** The package's facilities checked where they stand: their failures in Chinese, with the other features' names. */
function facilityFailures(site: SiteInput, facilities: readonly Facility[]): Map<string, string[]> {
  const checks = checkPlacedFacilities(site, new Set(facilities.map((f) => f.id)));
  const names = featureNames(site);
  const out = new Map<string, string[]>();
  for (const [id, items] of checks)
    out.set(
      id,
      items.filter((c) => !c.ok).map((c) => findingText(c, c.otherId ? (names.get(c.otherId) ?? null) : null, 'zh')),
    );
  return out;
}

/** The dossier of package `packageId`, or null when the project has no such package. */
export function dossierModel(
  rows: FeatureSet,
  settings: ProjectSettings,
  packageId: string,
  checked: PipeCheckResult | null,
): DossierModel | null {
  const pkg = rows.packages.find((p) => p.id === packageId);
  if (!pkg) return null;
  const frame = createMetricFrame(settings.metric_epsg);
  const memberIds = new Set(rows.package_members.filter((m) => m.package_id === pkg.id).map((m) => m.compound_id));
  const members = rows.compounds.filter((c) => memberIds.has(c.id)).sort(byName);
  const groups = groupMemberRows(rows);
  const own = groups.buildings;
  const catalog: Record<string, RenovationItem> = Object.fromEntries(rows.renovation_items.map((i) => [i.id, i]));
  const estimator = createEstimator();
  const ctx = { catalog, frame, settings };
  const compounds = members.map((c) => ({
    compound: c,
    facts: compoundFacts(c, own.get(c.id) ?? [], frame),
    eligibility: compoundEligibility(c, settings),
    estimate: estimator.compound(estimatorMember(c, groups), ctx),
  }));
  const funding = pkg.funding ?? settings.funding_defaults;
  const estimate = packageEstimate(
    compounds.map((c) => c.estimate),
    funding,
  );
  const memberBuildings = members.flatMap((c) => own.get(c.id) ?? []);
  const meetings = new Map(rows.review_meetings.map((m) => [m.id, m]));
  const opinions = rows.review_opinions
    .filter((o) => o.package_id === pkg.id)
    .map((o) => ({ ...o, meetingTitle: (o.meeting_id && meetings.get(o.meeting_id)?.title) || '' }))
    .sort((a, b) => a.recorded_at.localeCompare(b.recorded_at));
  const site = {
    compounds: rows.compounds,
    buildings: rows.buildings,
    roads: rows.roads,
    site_areas: rows.site_areas,
    trees: rows.trees,
    pipelines: rows.pipelines,
    facilities: rows.facilities,
    settings,
  };
  const facilities = rows.facilities.filter((f) => f.compound_id !== null && memberIds.has(f.compound_id));
  return {
    projectName: settings.project_name,
    designUnit: settings.design_unit,
    settings,
    pkg,
    compounds,
    totals: packageTotals(pkg, members, memberBuildings, estimate, funding, frame),
    funding,
    estimate,
    catalog,
    leftover: rows.leftover_pieces.filter((p) => memberIds.has(p.compound_id)),
    facilities,
    facilityFailures: facilityFailures(site, facilities),
    conflicts: (checked?.conflicts ?? []).filter(
      (c) => c.package_id === pkg.id || (c.compound_id !== null && memberIds.has(c.compound_id)),
    ),
    indicators: indicatorsBeforeAfter(site, [...memberIds]),
    opinions,
  };
}
