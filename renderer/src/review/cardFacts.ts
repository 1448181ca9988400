// The package card's figures that no other module computes (pure): eligibility states and the consent range of the
// members, planned renovation items by class, pipeline conflicts open/accepted, leftover land and facilities.
import { compoundEligibility, type EligibilityState } from '../../../shared/analysis/eligibility';
import type { ItemClass } from '../../../shared/model/funding';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { Compound, CompoundItem, ConflictReviewRow, Facility, RenovationItem } from '../../../shared/model/tables';
import { type ConflictRow, isAccepted } from '../pipelines/conflictRows';

export interface EligibilityFacts {
  byState: Partial<Record<EligibilityState, number>>;
  /** Lowest and highest surveyed consent (ratios), null when no member was surveyed. */
  consent: { min: number; max: number } | null;
}

export function eligibilityFacts(
  members: readonly Compound[],
  s: Pick<ProjectSettings, 'cutoff_year' | 'consent_threshold'>,
): EligibilityFacts {
  const byState: Partial<Record<EligibilityState, number>> = {};
  let consent: EligibilityFacts['consent'] = null;
  for (const c of members) {
    const state = compoundEligibility(c, s).state;
    byState[state] = (byState[state] ?? 0) + 1;
    if (c.consent_ratio !== null)
      consent = consent
        ? { min: Math.min(consent.min, c.consent_ratio), max: Math.max(consent.max, c.consent_ratio) }
        : { min: c.consent_ratio, max: c.consent_ratio };
  }
  return { byState, consent };
}

/** Planned renovation lines of the members, counted per item class (lines of unknown items are skipped). */
export function plannedItems(
  memberIds: ReadonlySet<string>,
  lines: Readonly<Record<string, CompoundItem>>,
  catalog: Readonly<Record<string, RenovationItem>>,
): Record<ItemClass, number> & { total: number } {
  const out = { basic: 0, improvement: 0, upgrade: 0, total: 0 };
  for (const l of Object.values(lines)) {
    if (!l.planned || !memberIds.has(l.compound_id)) continue;
    const item = catalog[l.item_id];
    if (!item) continue;
    out[item.class]++;
    out.total++;
  }
  return out;
}

/** The package's conflicts (by package, or by a member compound when the check did not know the package). */
export function conflictCounts(
  conflicts: readonly ConflictRow[],
  packageId: string,
  memberIds: ReadonlySet<string>,
  reviews: Record<string, ConflictReviewRow>,
): { open: number; accepted: number } {
  let open = 0;
  let accepted = 0;
  for (const c of conflicts) {
    const ours = c.package_id === packageId || (c.compound_id !== null && memberIds.has(c.compound_id));
    if (!ours) continue;
    if (isAccepted(c, reviews)) accepted++;
    else open++;
  }
  return { open, accepted };
}

/** Leftover land of the members: total area and number of pieces. */
export function leftoverOf(
  result: readonly CompoundLeftover[],
  memberIds: ReadonlySet<string>,
): { area_m2: number; pieces: number } {
  let area = 0;
  let pieces = 0;
  for (const c of result) {
    if (!memberIds.has(c.id)) continue;
    area += c.leftover_m2;
    pieces += c.pieces.length;
  }
  return { area_m2: area, pieces };
}

/** Proposed facilities in the members, counted by type, most first. */
export function facilityCounts(
  facilities: Readonly<Record<string, Facility>>,
  memberIds: ReadonlySet<string>,
): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of Object.values(facilities))
    if (f.compound_id !== null && memberIds.has(f.compound_id)) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
}
