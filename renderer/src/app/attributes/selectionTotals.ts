// Totals of a multi-selection (pure): counts, entered households and floor areas. Entered values only: derived
// areas need the metric frame and are shown per feature.
import type { Building, Compound } from '../../../../shared/model/tables';
import type { FeatureRef } from '../../state/types';

export interface SelectionTotals {
  compounds: number;
  buildings: number;
  households: number;
  floorAreaM2: number;
  /** Selected compounds' surveyed building counts, summed. */
  buildingCount: number;
}

export function selectionTotals(
  selection: readonly FeatureRef[],
  compounds: Readonly<Record<string, Compound>>,
  buildings: Readonly<Record<string, Building>>,
): SelectionTotals {
  const totals: SelectionTotals = { compounds: 0, buildings: 0, households: 0, floorAreaM2: 0, buildingCount: 0 };
  for (const ref of selection) {
    if (ref.table === 'compounds') {
      const c = compounds[ref.id];
      if (!c) continue;
      totals.compounds++;
      totals.households += c.households ?? 0;
      totals.floorAreaM2 += c.floor_area_m2 ?? 0;
      totals.buildingCount += c.building_count ?? 0;
    } else {
      const b = buildings[ref.id];
      if (!b) continue;
      totals.buildings++;
      // A building inside a selected compound is already counted in the compound's households.
      if (!b.compound_id || !selection.some((r) => r.table === 'compounds' && r.id === b.compound_id))
        totals.households += b.households ?? 0;
    }
  }
  return totals;
}
