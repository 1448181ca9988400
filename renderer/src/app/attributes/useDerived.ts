// Derived values of the selected feature (shared/analysis/derived.ts, eligibility.ts), formatted for display:
// `beside` goes under the entered field it checks; `rows` and `eligibility` fill the derived section.
import { useMemo } from 'react';
import { deriveBuilding, deriveCompound } from '../../../../shared/analysis/derived';
import {
  compoundEligibility,
  type EligibilityState,
  eligibilityReasonParams,
} from '../../../../shared/analysis/eligibility';
import { createMetricFrame } from '../../../../shared/geo/crs';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import type { Building, Compound } from '../../../../shared/model/tables';
import { useStore } from '../../state/store';
import type { EditableRow, EditableTable } from './fields';

export interface DerivedView {
  beside: Record<string, string>;
  rows: { label: string; value: string; testid: string }[];
  eligibility: { state: EligibilityState; label: string; reasons: string[] } | null;
}

export const formatNumber = (v: number, digits = 0): string =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sqm = (v: number) => t('derived.sqm', { v: formatNumber(v) });

export function useDerived(table: EditableTable, row: EditableRow): DerivedView {
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const buildings = useStore((s) => s.buildings);
  const frame = useMemo(() => createMetricFrame(settings.metric_epsg), [settings.metric_epsg]);
  return useMemo((): DerivedView => {
    if (table === 'buildings') {
      const b = row as Building;
      const d = deriveBuilding(b, frame, settings.storey_height_m);
      const height = t('derived.m', { v: formatNumber(d.heightM, 1) });
      return {
        beside: { height_m: `${t('derived.height')}：${height}` },
        rows: [
          { label: t('derived.footprint'), value: sqm(d.footprintM2), testid: 'derived-footprint' },
          { label: t('derived.floorArea'), value: sqm(d.floorAreaM2), testid: 'derived-floorArea' },
          { label: t('derived.height'), value: height, testid: 'derived-height' },
        ],
        eligibility: null,
      };
    }
    const c = row as Compound;
    const d = deriveCompound(c, Object.values(buildings), frame);
    const e = compoundEligibility(c, settings);
    const params = eligibilityReasonParams(settings);
    return {
      beside: {
        building_count: `${t('derived.buildingCount')}：${d.buildingCount}`,
        floor_area_m2: `${t('derived.floorArea')}：${sqm(d.floorAreaM2)}`,
        households: `${t('derived.households')}：${d.households}`,
      },
      rows: [
        { label: t('derived.buildingCount'), value: String(d.buildingCount), testid: 'derived-buildingCount' },
        { label: t('derived.footprint'), value: sqm(d.footprintM2), testid: 'derived-footprint' },
        { label: t('derived.floorArea'), value: sqm(d.floorAreaM2), testid: 'derived-floorArea' },
      ],
      eligibility: {
        state: e.state,
        label: t(`eligibility.state.${e.state}`),
        reasons: e.reasons.map((k) => t(k, params)),
      },
    };
  }, [table, row, buildings, frame, settings]);
}
