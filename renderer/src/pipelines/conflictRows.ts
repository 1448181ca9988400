// The conflict list's rows: filters (rule, pipe type, compound, package, status) and counts per rule, pure.
// A conflict is open until a review accepts it; accepted ones stay listed (on record) but are not counted as open.
import { CONFLICT_RULES, type ConflictRule, type PipeCheckResult } from '../../../shared/model/pipelines';
import type { ConflictReviewRow } from '../../../shared/model/tables';

export type ConflictRow = PipeCheckResult['conflicts'][number];
export type ConflictStatus = 'open' | 'accepted';

export interface ConflictFilter {
  rule: ConflictRule | null;
  /** A pipe type (either party), or null for all. */
  pipeType: string | null;
  compoundId: string | null;
  packageId: string | null;
  status: ConflictStatus | null;
}

export const EMPTY_CONFLICT_FILTER: ConflictFilter = {
  rule: null,
  pipeType: null,
  compoundId: null,
  packageId: null,
  status: null,
};

/**
 * Whether a conflict is accepted. The mirrored conflict_reviews rows win over the review joined into the last
 * check result, so accepting shows at once without re-running the check.
 */
export function isAccepted(row: ConflictRow, reviews: Record<string, ConflictReviewRow>): boolean {
  const review = reviews[row.key];
  return review ? review.accepted : (row.review?.accepted ?? false);
}

export function reviewNote(row: ConflictRow, reviews: Record<string, ConflictReviewRow>): string {
  return reviews[row.key]?.note ?? row.review?.note ?? '';
}

export function filterConflicts(
  rows: readonly ConflictRow[],
  filter: ConflictFilter,
  reviews: Record<string, ConflictReviewRow>,
): ConflictRow[] {
  return rows.filter((r) => {
    if (filter.rule && r.rule !== filter.rule) return false;
    if (filter.pipeType && r.a.type !== filter.pipeType && r.b?.type !== filter.pipeType) return false;
    if (filter.compoundId && r.compound_id !== filter.compoundId) return false;
    if (filter.packageId && r.package_id !== filter.packageId) return false;
    if (filter.status) {
      const accepted = isAccepted(r, reviews);
      if ((filter.status === 'accepted') !== accepted) return false;
    }
    return true;
  });
}

export interface RuleCount {
  rule: ConflictRule;
  open: number;
  accepted: number;
}

/** Open and accepted counts per rule, in CONFLICT_RULES order, rules without conflicts left out. */
export function countsByRule(rows: readonly ConflictRow[], reviews: Record<string, ConflictReviewRow>): RuleCount[] {
  const counts = new Map<ConflictRule, RuleCount>();
  for (const r of rows) {
    const c = counts.get(r.rule) ?? { rule: r.rule, open: 0, accepted: 0 };
    if (isAccepted(r, reviews)) c.accepted++;
    else c.open++;
    counts.set(r.rule, c);
  }
  return CONFLICT_RULES.flatMap((rule) => {
    const c = counts.get(rule);
    return c ? [c] : [];
  });
}

export const openCount = (rows: readonly ConflictRow[], reviews: Record<string, ConflictReviewRow>): number =>
  rows.reduce((n, r) => n + (isAccepted(r, reviews) ? 0 : 1), 0);

/** Shortfall: measured minus required (negative = too close / too shallow); null when either is unknown. */
export const shortfall = (r: ConflictRow): number | null =>
  r.measured_m === null || r.required_m === null ? null : r.measured_m - r.required_m;
