import { compoundEligibility } from '../../../../shared/analysis/eligibility';
import { createEstimator, type EstimatorContext } from '../../../../shared/analysis/estimate';
import { estimatorMember, groupMemberRows } from '../../../../shared/analysis/estimateMembers';
import { splitByFunding } from '../../../../shared/analysis/funding-split';
import type { LedgerKey } from '../../../../shared/exchange/field-names';
import { createMetricFrame } from '../../../../shared/geo/crs';
import { zhLabel } from '../../../../shared/i18n/exchange-export';
import { t } from '../../../../shared/i18n/index';
import { FUNDING_SOURCES } from '../../../../shared/model/funding';
import type { Compound, Package, RenovationItem } from '../../../../shared/model/tables';
import type { ExportRows } from '../select-rows';

// The ledger's numbers, one record per compound (pure: rows in, records out; xlsx.ts only lays them out). Survey
// figures are as surveyed, the building count falls back to the buildings drawn; eligibility from
// shared/analysis/eligibility.ts, the estimate from shared/analysis/estimate.ts (planned lines, suggested
// quantities where none was entered: roads and facilities included, as the package panel costs them), split by the package's funding shares (the project defaults outside a
// package) with shared/analysis/funding-split.ts.

export type LedgerValue = string | number | null;
export type LedgerRecord = Record<LedgerKey, LedgerValue> & { estimate_yuan: number; package_id: string | null };

export interface PackageSummary {
  pkg: Package;
  compounds: number;
  households: number;
  floor_area_m2: number;
  estimate_yuan: number;
}

const wan = (yuan: number): number => Math.round(yuan / 100) / 100;

export function ledgerRecords(rows: ExportRows): LedgerRecord[] {
  const s = rows.settings;
  const frame = createMetricFrame(s.metric_epsg);
  const catalog: Record<string, RenovationItem> = Object.fromEntries(rows.renovation_items.map((i) => [i.id, i]));
  const ctx: EstimatorContext = { catalog, frame, settings: { storey_height_m: s.storey_height_m } };
  const estimator = createEstimator();
  const groups = groupMemberRows(rows);
  const packageOf = new Map<string, Package>();
  const packages = new Map(rows.packages.map((p) => [p.id, p]));
  for (const m of rows.package_members) {
    const p = packages.get(m.package_id);
    if (p) packageOf.set(m.compound_id, p);
  }
  return rows.compounds.map((c: Compound): LedgerRecord => {
    const member = estimatorMember(c, groups);
    const buildings = member.buildings;
    const est = estimator.compound(member, ctx);
    const pkg = packageOf.get(c.id) ?? null;
    const bySource = splitByFunding(est.byClass, pkg?.funding ?? s.funding_defaults);
    const funding = FUNDING_SOURCES.filter((src) => bySource[src] > 0.005)
      .map((src) => `${zhLabel('funding', src)} ${wan(bySource[src]).toFixed(2)}`)
      .join('；');
    const eligibility = compoundEligibility(c, s);
    const items = est.lines.map((l) => catalog[l.item_id]?.name ?? l.item_id).join('、');
    return {
      name: c.name,
      code: c.code,
      sub_district: c.sub_district,
      community: c.community,
      build_year: c.build_year,
      building_count: c.building_count ?? buildings.length,
      households: c.households,
      floor_area_m2: c.floor_area_m2,
      property_type: c.property_type ? zhLabel('property', c.property_type) : '',
      eligibility:
        eligibility.state === 'eligible'
          ? t('export.ledger.yes', {}, 'zh')
          : t('export.ledger.no', { reason: t(`eligibility.state.${eligibility.state}`, {}, 'zh') }, 'zh'),
      package: pkg?.name ?? '',
      items,
      estimate_wan: wan(est.total),
      funding,
      consent_ratio: c.consent_ratio,
      estimate_yuan: est.total,
      package_id: pkg?.id ?? null,
    };
  });
}

/** Per package: member count, households, floor area and estimate (sums of its compounds' records). */
export function packageSummaries(rows: ExportRows, records: readonly LedgerRecord[]): PackageSummary[] {
  const byPackage = new Map<string, LedgerRecord[]>();
  for (const r of records) if (r.package_id) byPackage.set(r.package_id, [...(byPackage.get(r.package_id) ?? []), r]);
  return rows.packages.map((pkg) => {
    const list = byPackage.get(pkg.id) ?? [];
    return {
      pkg,
      compounds: list.length,
      households: list.reduce((n, r) => n + ((r.households as number | null) ?? 0), 0),
      floor_area_m2: list.reduce((n, r) => n + ((r.floor_area_m2 as number | null) ?? 0), 0),
      estimate_yuan: list.reduce((n, r) => n + r.estimate_yuan, 0),
    };
  });
}
