// The placed facilities' checks where they stand, for the map (a failing facility drawn red) and the facilities
// table: computed once per store revision, and then only for the compounds whose rows changed (placedChecksCache).
import { placedChecksCache } from '../../../shared/analysis/facilities/placed';
import type { SiteInput } from '../../../shared/analysis/leftover';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import { siteInputCache } from '../leftover/siteInput';

type Rows = Parameters<ReturnType<typeof siteInputCache>>[0];

const inputOf = siteInputCache();
const checksOf = placedChecksCache();
let last: { input: SiteInput; checks: Map<string, FacilityCheckItem[]> } | null = null;

/** The site input of the store's rows and each placed facility's findings. */
export function placedChecks(rows: Rows): { input: SiteInput; checks: Map<string, FacilityCheckItem[]> } {
  const input = inputOf(rows);
  if (last?.input !== input) last = { input, checks: checksOf(input) };
  return last;
}

/** The ids of the placed facilities failing a check. */
export const failingIds = (checks: ReadonlyMap<string, readonly FacilityCheckItem[]>): Set<string> =>
  new Set([...checks].filter(([, items]) => items.some((c) => !c.ok)).map(([id]) => id));
