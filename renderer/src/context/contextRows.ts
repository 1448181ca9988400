// Rows for newly drawn roads and site areas, with a default for every column (shared/model/tables.ts): no name yet,
// keep/demolish off (the designer ticks them in the form), the compound the feature lies in.
import type { LineString, Polygon } from '../../../shared/model/geometry';
import type { Road, RoadKind, SiteArea, SiteAreaKind } from '../../../shared/model/tables';

export function newRoad(
  id: string,
  kind: RoadKind,
  widthM: number,
  geometry: LineString,
  compoundId: string | null,
): Road {
  return { id, name: '', kind, width_m: widthM, compound_id: compoundId, geometry };
}

export function newSiteArea(id: string, kind: SiteAreaKind, geometry: Polygon, compoundId: string | null): SiteArea {
  return { id, kind, name: '', keep: false, demolish: false, compound_id: compoundId, note: '', geometry };
}
