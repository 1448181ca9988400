// The meeting set-up form as a review_meetings row and its change (pure).
import type { Change } from '../../../shared/model/change';
import type { ReviewMeeting } from '../../../shared/model/tables';

export interface MeetingDraft {
  title: string;
  held_on: string; // YYYY-MM-DD
  location: string;
  /** Ticked departments, in the settings' order. */
  departments: string[];
  agenda: string[];
  notes: string;
}

/** Today's date as YYYY-MM-DD in local time (a meeting's date, not an instant). */
export function localDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A draft for a new meeting: all departments ticked, every package on the agenda. */
export const newMeetingDraft = (
  title: string,
  departments: readonly string[],
  agenda: readonly string[],
  now: Date,
): MeetingDraft => ({
  title,
  held_on: localDate(now),
  location: '',
  departments: [...departments],
  agenda: [...agenda],
  notes: '',
});

/** The draft an existing meeting is edited as (names entered by hand are kept by the row builder). */
export const meetingDraftOf = (m: ReviewMeeting): MeetingDraft => ({
  title: m.title,
  held_on: m.held_on.slice(0, 10),
  location: m.location,
  departments: m.attendees.map((a) => a.department),
  agenda: [...m.agenda],
  notes: m.notes,
});

/** Message keys of what stops the meeting from starting. */
export function meetingProblems(d: MeetingDraft): string[] {
  const problems: string[] = [];
  if (!d.title.trim()) problems.push('review.problem.title');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.held_on)) problems.push('review.problem.date');
  if (d.departments.length === 0) problems.push('review.problem.attendees');
  if (d.agenda.length === 0) problems.push('review.problem.agenda');
  return problems;
}

/** The row of a valid draft: the existing meeting's id (and attendees' names) kept when continuing one. */
export function meetingRow(existing: ReviewMeeting | undefined, d: MeetingDraft, newId: () => string): ReviewMeeting {
  const names = new Map((existing?.attendees ?? []).map((a) => [a.department, a.name]));
  return {
    id: existing?.id ?? newId(),
    title: d.title.trim(),
    held_on: d.held_on,
    location: d.location.trim(),
    attendees: d.departments.map((department) => ({ department, name: names.get(department) ?? '' })),
    agenda: [...d.agenda],
    notes: d.notes,
  };
}

/** The change saving the meeting, or null when continuing a meeting with nothing changed (no empty undo step). */
export function meetingChange(existing: ReviewMeeting | undefined, row: ReviewMeeting, summary: string): Change | null {
  if (existing && JSON.stringify(existing) === JSON.stringify(row)) return null;
  return { ops: [{ op: 'put', table: 'review_meetings', row }], summary };
}
