// The rows of the 设施表 (facilities table): every placed facility with its compound, footprint, stall count (parking)
// and the findings of its check where it stands (shared/analysis/facilities/placed.ts), failures first.
import { area } from '@turf/turf';
import type { SiteInput } from '../../../shared/analysis/leftover';
import { parkingStalls } from '../../../shared/analysis/leftover/fits';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import type { Facility } from '../../../shared/model/tables';
import { facilityType } from '../../../shared/standards/facilities';
import { facilityLabel, facilityTypeName } from './facilityRows';
import { readRect } from './shape';

export interface FacilityTableRow {
  id: string;
  facility: Facility;
  name: string;
  typeName: string;
  compoundName: string | null;
  area_m2: number;
  /** Parking: the stalls its rectangle holds; null for other types. */
  stalls: number | null;
  failures: FacilityCheckItem[];
}

/** Rows of `input`'s facilities with their `checks` (checkPlacedFacilities): failing first, then by compound, name. */
export function facilityTableRows(
  input: SiteInput,
  checks: ReadonlyMap<string, readonly FacilityCheckItem[]>,
): FacilityTableRow[] {
  const compoundName = new Map(input.compounds.map((c) => [c.id, c.name]));
  const epsg = input.settings.metric_epsg;
  const rows = input.facilities.map((f): FacilityTableRow => {
    let stalls: number | null = null;
    if (facilityType(f.type)?.kind === 'parking') {
      const { size } = readRect(f.geometry, epsg);
      stalls = parkingStalls(size.width_m, size.length_m);
    }
    return {
      id: f.id,
      facility: f,
      name: facilityLabel(f),
      typeName: facilityTypeName(f.type),
      compoundName: f.compound_id ? (compoundName.get(f.compound_id) ?? null) : null,
      area_m2: area(f.geometry),
      stalls,
      failures: (checks.get(f.id) ?? []).filter((c) => !c.ok),
    };
  });
  const byName = (a: FacilityTableRow, b: FacilityTableRow) =>
    (a.compoundName ?? '').localeCompare(b.compoundName ?? '', 'zh') || a.name.localeCompare(b.name, 'zh');
  return rows.sort((a, b) => Number(b.failures.length > 0) - Number(a.failures.length > 0) || byName(a, b));
}
