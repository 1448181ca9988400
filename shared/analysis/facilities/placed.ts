import type { FacilityCheckItem } from '../../model/leftover';
import type { SiteInput } from '../leftover/input';
import { siteSlicer } from '../leftover/near';
import { checkFacility, type FacilityContext, IN_NO_COMPOUND, prepareFacilityContext } from './check';

// The checks of every facility already placed, where it stands (the facilities table, issue 4 §3): the live check's
// rules, one compound context prepared for all the facilities of that compound. A facility with no compound fails
// inside_compound and is checked no further (there is no compound to hold it to).

/** Facility id → its check findings, for every facility of `input` (or only those in `only`), in input order. */
export function checkPlacedFacilities(input: SiteInput, only?: ReadonlySet<string>): Map<string, FacilityCheckItem[]> {
  const compounds = new Map(input.compounds.map((c) => [c.id, c]));
  const slice = siteSlicer(input); // the features near one compound, from indexes built once
  const contexts = new Map<string, FacilityContext>();
  const out = new Map<string, FacilityCheckItem[]>();
  for (const f of input.facilities) {
    if (only && !only.has(f.id)) continue;
    const compoundId = f.compound_id;
    const compound = compoundId ? compounds.get(compoundId) : undefined;
    if (!compoundId || !compound) {
      out.set(f.id, [IN_NO_COMPOUND]);
      continue;
    }
    let ctx = contexts.get(compoundId);
    if (!ctx) {
      ctx = prepareFacilityContext(slice([compound]), compoundId);
      contexts.set(compoundId, ctx);
    }
    out.set(f.id, checkFacility(ctx, f));
  }
  return out;
}
