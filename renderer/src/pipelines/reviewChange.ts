// Changes that record the designer's review of a conflict. Revoking keeps the row (accepted false) so the
// record shows it was once accepted and why; nothing here deletes a review.
import type { Change } from '../../../shared/model/change';
import type { ConflictRule } from '../../../shared/model/pipelines';
import type { ConflictReviewRow } from '../../../shared/model/tables';

export function acceptConflictChange(
  conflict: { key: string; rule: ConflictRule },
  note: string,
  now: Date,
  summary: string,
): Change {
  const row: ConflictReviewRow = {
    id: conflict.key,
    rule: conflict.rule,
    accepted: true,
    note: note.trim(),
    reviewed_at: now.toISOString(),
  };
  return { ops: [{ op: 'put', table: 'conflict_reviews', row }], summary };
}

/** Marks an accepted review as no longer accepted, keeping its note. */
export function revokeAcceptChange(review: ConflictReviewRow, now: Date, summary: string): Change {
  const row: ConflictReviewRow = { ...review, accepted: false, reviewed_at: now.toISOString() };
  return { ops: [{ op: 'put', table: 'conflict_reviews', row }], summary };
}
