// The analyses' SiteInput built from the renderer's mirror, once per store revision: the live facility check and
// the indicator card read the same arrays, and a pointer move must not rebuild them.
import type { SiteInput } from '../../../shared/analysis/leftover';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { AppState } from '../state/types';

type SiteRows = Pick<
  AppState,
  'compounds' | 'buildings' | 'roads' | 'site_areas' | 'trees' | 'pipelines' | 'facilities' | 'project'
>;

/** The SiteInput of the mirrored rows (the facilities as they are now: "after"). */
export function siteInputOf(s: SiteRows): SiteInput {
  return {
    compounds: Object.values(s.compounds),
    buildings: Object.values(s.buildings),
    roads: Object.values(s.roads),
    site_areas: Object.values(s.site_areas),
    trees: Object.values(s.trees),
    pipelines: Object.values(s.pipelines),
    facilities: Object.values(s.facilities),
    settings: s.project?.settings ?? DEFAULT_SETTINGS,
  };
}

/** Memoises siteInputOf on the store revision (and the project, whose settings are part of the input). */
export function siteInputCache(): (s: SiteRows & { revision: number }) => SiteInput {
  let key: unknown[] = [];
  let last: SiteInput | null = null;
  return (s) => {
    const next = [s.revision, s.project];
    if (!last || next.some((v, i) => v !== key[i])) {
      last = siteInputOf(s);
      key = next;
    }
    return last;
  };
}
