// Rows for newly drawn compounds and buildings: the defaults of shared/model/defaults.ts with the name (and a
// building's compound) the drawing gives.
import { defaultBuilding, defaultCompound } from '../../../../shared/model/defaults';
import type { Polygon } from '../../../../shared/model/geometry';
import type { Building, Compound } from '../../../../shared/model/tables';

export function newCompound(id: string, name: string, geometry: Polygon): Compound {
  return { ...defaultCompound(id, geometry), name };
}

export function newBuilding(id: string, compoundId: string | null, name: string, geometry: Polygon): Building {
  return { ...defaultBuilding(id, geometry), compound_id: compoundId, name };
}

/** The next free building number in a compound ("1#", "2#", …), as numbered on site plans. */
export function nextBuildingNumber(buildings: Iterable<Building>, compoundId: string | null): string {
  let max = 0;
  for (const b of buildings) {
    if (b.compound_id !== compoundId) continue;
    const n = Number.parseInt(b.name, 10);
    if (Number.isFinite(n)) max = Math.max(max, n);
  }
  return `${max + 1}#`;
}
