// Rows for newly drawn roads and site areas: the defaults of every column (shared/model/defaults.ts, as on import)
// in the compound the feature lies in.
import { defaultRoad, defaultSiteArea } from '../../../shared/model/defaults';
import type { LineString, Polygon } from '../../../shared/model/geometry';
import type { Road, RoadKind, SiteArea, SiteAreaKind } from '../../../shared/model/tables';

export function newRoad(
  id: string,
  kind: RoadKind,
  widthM: number,
  geometry: LineString,
  compoundId: string | null,
): Road {
  return { ...defaultRoad(id, kind, widthM, geometry), compound_id: compoundId };
}

export function newSiteArea(id: string, kind: SiteAreaKind, geometry: Polygon, compoundId: string | null): SiteArea {
  return { ...defaultSiteArea(id, kind, geometry), compound_id: compoundId };
}
