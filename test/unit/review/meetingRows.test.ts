import { describe, expect, it } from 'vitest';
import {
  localDate,
  meetingChange,
  meetingDraftOf,
  meetingProblems,
  meetingRow,
  newMeetingDraft,
} from '../../../renderer/src/review/meetingRows';
import { reviewMeetingSchema } from '../../../shared/model/tables';

const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';
const M = '33333333-3333-4333-8333-333333333333';

describe('meeting rows', () => {
  const draft = newMeetingDraft('示例片区方案联合审查会', ['住建', '消防'], [P1, P2], new Date(2026, 10, 22, 9));

  it('starts a new meeting today with every department and package', () => {
    expect(draft.held_on).toBe('2026-11-22');
    expect(localDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(meetingProblems(draft)).toEqual([]);
  });

  it('needs a title, a date, an attendee and an agenda', () => {
    expect(meetingProblems({ ...draft, title: ' ', held_on: '22/11', departments: [], agenda: [] })).toEqual([
      'review.problem.title',
      'review.problem.date',
      'review.problem.attendees',
      'review.problem.agenda',
    ]);
  });

  it('saves a valid row in one change, and nothing when a continued meeting is unchanged', () => {
    const row = meetingRow(undefined, draft, () => M);
    expect(reviewMeetingSchema.parse(row)).toEqual(row);
    expect(row.attendees).toEqual([
      { department: '住建', name: '' },
      { department: '消防', name: '' },
    ]);
    expect(meetingChange(undefined, row, 's')?.ops).toEqual([{ op: 'put', table: 'review_meetings', row }]);
    const withName = { ...row, attendees: [{ department: '住建', name: '张工' }, ...row.attendees.slice(1)] };
    const again = meetingRow(withName, meetingDraftOf(withName), () => 'unused');
    expect(again).toEqual(withName);
    expect(meetingChange(withName, again, 's')).toBeNull();
    const reordered = meetingRow(withName, { ...meetingDraftOf(withName), agenda: [P2, P1] }, () => 'unused');
    expect(reordered.id).toBe(M);
    expect(meetingChange(withName, reordered, 's')?.ops).toHaveLength(1);
  });
});
