import type { FacilityCheckItem } from '../../model/leftover';
import type { Compound, Facility } from '../../model/tables';
import type { SiteInput } from '../leftover/input';
import { siteSlicer } from '../leftover/near';
import { checkFacility, IN_NO_COMPOUND, prepareFacilityContext } from './check';

// The checks of every facility already placed, where it stands (the facilities table, the map, the CLI and the
// dossier; issue 4 §3): the live check's rules, one context per compound prepared from the features near it (sliced
// from indexes built once). A facility with no compound fails inside_compound and is checked no further (there is no
// compound to hold it to). The app redraws them after every edit, so placedChecksCache keeps each compound's findings
// while nothing near it changed: the store keeps an unchanged row's object, so "nothing changed" is "the same rows".

type Findings = Map<string, FacilityCheckItem[]>;

interface CompoundMemo {
  /** What the findings were computed from: the compound, the settings, its facilities and every feature near it. */
  from: unknown[];
  findings: [string, FacilityCheckItem[]][];
}

/** Facility id → its check findings, for every facility of `input` (or only those in `only`), in input order. */
export function checkPlacedFacilities(input: SiteInput, only?: ReadonlySet<string>): Findings {
  return checkWith(input, only, null);
}

/** checkPlacedFacilities for a sequence of inputs (one per edit), recomputing only the compounds whose rows changed. */
export function placedChecksCache(): (input: SiteInput) => Findings {
  const memo = new Map<string, CompoundMemo>();
  return (input) => checkWith(input, undefined, memo);
}

function checkWith(input: SiteInput, only: ReadonlySet<string> | undefined, memo: Map<string, CompoundMemo> | null) {
  const compounds = new Map(input.compounds.map((c) => [c.id, c]));
  const groups = new Map<string, { compound: Compound; facilities: Facility[] }>();
  const found: Findings = new Map();
  for (const f of input.facilities) {
    if (only && !only.has(f.id)) continue;
    const compound = f.compound_id ? compounds.get(f.compound_id) : undefined;
    if (!compound) {
      found.set(f.id, [IN_NO_COMPOUND]);
      continue;
    }
    const group = groups.get(compound.id) ?? { compound, facilities: [] };
    group.facilities.push(f);
    groups.set(compound.id, group);
  }
  const slice = groups.size > 0 ? siteSlicer(input) : null;
  for (const [id, { compound, facilities }] of groups) {
    const near = (slice as NonNullable<typeof slice>)([compound]);
    const from: unknown[] = [compound, input.settings, ...facilities, ...featuresOf(near)];
    let entry = memo?.get(id);
    if (!entry || !sameItems(entry.from, from)) {
      const ctx = prepareFacilityContext(near, id);
      entry = { from, findings: facilities.map((f) => [f.id, checkFacility(ctx, f)]) };
      memo?.set(id, entry);
    }
    for (const [fid, items] of entry.findings) found.set(fid, items);
  }
  if (memo) for (const id of memo.keys()) if (!groups.has(id)) memo.delete(id);
  // In input order.
  const out: Findings = new Map();
  for (const f of input.facilities) {
    const items = found.get(f.id);
    if (items) out.set(f.id, items);
  }
  return out;
}

const featuresOf = (s: SiteInput): unknown[] => [
  ...s.buildings,
  'roads',
  ...s.roads,
  'areas',
  ...s.site_areas,
  'trees',
  ...s.trees,
  'pipelines',
  ...s.pipelines,
  'facilities',
  ...s.facilities,
];

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
