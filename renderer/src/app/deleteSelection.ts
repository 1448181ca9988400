// Builds the Change that deletes the selected features. Deleting a compound deletes its buildings too (they
// would otherwise point at a missing compound); the caller confirms with the counts before committing.
import type { Change, ChangeOp } from '../../../shared/model/change';
import type { Building, Compound } from '../../../shared/model/tables';
import type { FeatureRef } from '../state/types';

export interface DeletePlan {
  change: Change;
  compoundCount: number;
  buildingCount: number;
  /** Buildings deleted only because their compound is (the confirmation says how many). */
  cascadedBuildings: number;
}

type Summarise = (counts: { compounds: number; buildings: number }) => string;

export function planDelete(
  selection: readonly FeatureRef[],
  compounds: Readonly<Record<string, Compound>>,
  buildings: Readonly<Record<string, Building>>,
  summarise: Summarise,
): DeletePlan | null {
  const compoundIds = new Set(selection.filter((r) => r.table === 'compounds' && compounds[r.id]).map((r) => r.id));
  const buildingIds = new Set(selection.filter((r) => r.table === 'buildings' && buildings[r.id]).map((r) => r.id));
  let cascaded = 0;
  for (const b of Object.values(buildings)) {
    if (b.compound_id && compoundIds.has(b.compound_id) && !buildingIds.has(b.id)) {
      buildingIds.add(b.id);
      cascaded++;
    }
  }
  if (compoundIds.size === 0 && buildingIds.size === 0) return null;
  // Buildings first: the inverse then restores compounds before the buildings that reference them.
  const ops: ChangeOp[] = [
    ...[...buildingIds].map((id): ChangeOp => ({ op: 'delete', table: 'buildings', id })),
    ...[...compoundIds].map((id): ChangeOp => ({ op: 'delete', table: 'compounds', id })),
  ];
  const counts = { compounds: compoundIds.size, buildings: buildingIds.size };
  return {
    change: { ops, summary: summarise(counts) },
    compoundCount: counts.compounds,
    buildingCount: counts.buildings,
    cascadedBuildings: cascaded,
  };
}
