import type { ProjectSettings } from '../../model/settings';
import type { Building, Compound, Facility, Pipeline, Road, SiteArea, Tree } from '../../model/tables';

/** Everything the leftover, facility-check and indicator analyses read: rows as stored (lon/lat) and the settings. */
export interface SiteInput {
  compounds: Compound[];
  buildings: Building[];
  roads: Road[];
  site_areas: SiteArea[];
  trees: Tree[];
  pipelines: Pipeline[];
  facilities: Facility[];
  settings: ProjectSettings;
}
