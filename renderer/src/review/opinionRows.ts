// Review opinions as rows and changes (pure). One opinion per department, package and meeting: saving again for the
// same department updates that row (same id), so the minutes never show two verdicts from one department.
import type { Change } from '../../../shared/model/change';
import type { ReviewOpinion, ReviewVerdict } from '../../../shared/model/tables';

export interface OpinionDraft {
  department: string;
  verdict: ReviewVerdict | null;
  text: string;
  conditions: string;
  pin: [number, number] | null;
}

/** What is wrong with a draft, as message keys (empty when it can be saved). */
export function draftProblems(d: OpinionDraft): string[] {
  const problems: string[] = [];
  if (!d.department.trim()) problems.push('review.problem.department');
  if (!d.verdict) problems.push('review.problem.verdict');
  // A conditional pass without its conditions, or a rejection without a reason, cannot be acted upon.
  if (d.verdict === 'conditional' && !d.conditions.trim()) problems.push('review.problem.conditions');
  if (d.verdict === 'reject' && !d.text.trim()) problems.push('review.problem.reason');
  return problems;
}

/** The department's opinion on the package in this meeting, if one was recorded. */
export function findOpinion(
  opinions: Readonly<Record<string, ReviewOpinion>>,
  packageId: string,
  department: string,
  meetingId: string | null,
): ReviewOpinion | undefined {
  for (const o of Object.values(opinions))
    if (o.package_id === packageId && o.department === department && o.meeting_id === meetingId) return o;
  return undefined;
}

export const emptyDraft = (department: string): OpinionDraft => ({
  department,
  verdict: null,
  text: '',
  conditions: '',
  pin: null,
});

/** The draft an opinion row is edited as. */
export const draftOf = (o: ReviewOpinion): OpinionDraft => ({
  department: o.department,
  verdict: o.verdict,
  text: o.text,
  conditions: o.conditions,
  pin: o.pin_lon !== null && o.pin_lat !== null ? [o.pin_lon, o.pin_lat] : null,
});

export interface OpinionContext {
  packageId: string;
  meetingId: string | null;
  now: Date;
  newId: () => string;
}

/**
 * The row a valid draft saves as: the existing row's id when the department already gave an opinion, else a new
 * one. Conditions are kept only for a conditional pass (a later "pass" clears them). Throws on an invalid draft.
 */
export function opinionRow(existing: ReviewOpinion | undefined, d: OpinionDraft, ctx: OpinionContext): ReviewOpinion {
  if (!d.verdict || draftProblems(d).length > 0) throw new Error('opinion draft is not complete');
  return {
    id: existing?.id ?? ctx.newId(),
    meeting_id: ctx.meetingId,
    package_id: ctx.packageId,
    department: d.department.trim(),
    verdict: d.verdict,
    text: d.text.trim(),
    conditions: d.verdict === 'conditional' ? d.conditions.trim() : '',
    pin_lon: d.pin ? d.pin[0] : null,
    pin_lat: d.pin ? d.pin[1] : null,
    recorded_at: ctx.now.toISOString(),
  };
}

export const opinionChange = (row: ReviewOpinion, summary: string): Change => ({
  ops: [{ op: 'put', table: 'review_opinions', row }],
  summary,
});

export const deleteOpinionChange = (row: ReviewOpinion, summary: string): Change => ({
  ops: [{ op: 'delete', table: 'review_opinions', id: row.id }],
  summary,
});

export interface NumberedOpinion {
  /** 1-based, the number on the opinion's map pin and in the list. */
  n: number;
  opinion: ReviewOpinion;
}

/**
 * The package's opinions in this meeting, in the order of the project's department list (departments not in the
 * list after it, by name), numbered for the pins on the map.
 */
export function packageOpinions(
  opinions: Readonly<Record<string, ReviewOpinion>>,
  packageId: string,
  meetingId: string | null,
  departments: readonly string[],
): NumberedOpinion[] {
  const rank = new Map(departments.map((d, i) => [d, i]));
  const order = (o: ReviewOpinion) => rank.get(o.department) ?? departments.length;
  return Object.values(opinions)
    .filter((o) => o.package_id === packageId && o.meeting_id === meetingId)
    .sort((a, b) => order(a) - order(b) || a.department.localeCompare(b.department, 'zh-CN'))
    .map((opinion, i) => ({ n: i + 1, opinion }));
}

/** Verdict counts of a list of opinions: what the card's summary line says. */
export function verdictCounts(list: readonly NumberedOpinion[]): Record<ReviewVerdict, number> {
  const counts: Record<ReviewVerdict, number> = { pass: 0, conditional: 0, reject: 0 };
  for (const { opinion } of list) counts[opinion.verdict]++;
  return counts;
}
