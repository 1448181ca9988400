import { describe, expect, it } from 'vitest';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  findOpinion,
  type OpinionDraft,
  opinionChange,
  opinionRow,
  packageOpinions,
  verdictCounts,
} from '../../../renderer/src/review/opinionRows';
import { type ReviewOpinion, reviewOpinionSchema } from '../../../shared/model/tables';
import { deepFreeze } from '../app/fixtures';

const PKG = '11111111-1111-4111-8111-111111111111';
const MEETING = '22222222-2222-4222-8222-222222222222';
const ID1 = '33333333-3333-4333-8333-333333333333';
const ID2 = '44444444-4444-4444-8444-444444444444';
const now = new Date('2026-11-22T02:00:00Z');
let n = 0;
const ctx = { packageId: PKG, meetingId: MEETING, now, newId: () => [ID1, ID2][n++ % 2] as string };

const draft = (p: Partial<OpinionDraft>): OpinionDraft => ({ ...emptyDraft('消防'), ...p });

describe('opinion rows', () => {
  it('refuses a draft without verdict, a conditional pass without conditions and a rejection without reason', () => {
    expect(draftProblems(draft({}))).toEqual(['review.problem.verdict']);
    expect(draftProblems(draft({ department: ' ', verdict: 'pass' }))).toEqual(['review.problem.department']);
    expect(draftProblems(draft({ verdict: 'conditional' }))).toEqual(['review.problem.conditions']);
    expect(draftProblems(draft({ verdict: 'reject', text: '  ' }))).toEqual(['review.problem.reason']);
    expect(draftProblems(draft({ verdict: 'pass' }))).toEqual([]);
    expect(() => opinionRow(undefined, draft({ verdict: 'conditional' }), ctx)).toThrow();
  });

  it('builds a valid row with the time, the pin and trimmed text', () => {
    n = 0;
    const row = opinionRow(
      undefined,
      draft({ verdict: 'conditional', text: ' 消防车道宽度不足 ', conditions: ' 拓宽至 4 m ', pin: [106.2, 27.4] }),
      ctx,
    );
    expect(reviewOpinionSchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      id: ID1,
      meeting_id: MEETING,
      package_id: PKG,
      department: '消防',
      verdict: 'conditional',
      text: '消防车道宽度不足',
      conditions: '拓宽至 4 m',
      pin_lon: 106.2,
      pin_lat: 27.4,
      recorded_at: '2026-11-22T02:00:00.000Z',
    });
    expect(opinionChange(row, 's')).toEqual({ ops: [{ op: 'put', table: 'review_opinions', row }], summary: 's' });
  });

  it("updates a department's existing opinion (same id) and drops conditions when it becomes a pass", () => {
    n = 0;
    const first = deepFreeze(opinionRow(undefined, draft({ verdict: 'conditional', conditions: '补充' }), ctx));
    const opinions = deepFreeze({ [first.id]: first });
    const existing = findOpinion(opinions, PKG, '消防', MEETING);
    expect(existing).toBe(first);
    expect(findOpinion(opinions, PKG, '供水', MEETING)).toBeUndefined();
    expect(findOpinion(opinions, PKG, '消防', null)).toBeUndefined();
    const second = opinionRow(existing, { ...draftOf(first), verdict: 'pass' }, ctx);
    expect(second.id).toBe(first.id);
    expect(second.conditions).toBe('');
    expect(second.pin_lon).toBeNull();
  });

  it('lists a package’s opinions in the department order of the settings, numbered for the pins', () => {
    const o = (id: string, department: string, verdict: ReviewOpinion['verdict'], pkg = PKG): ReviewOpinion => ({
      id,
      meeting_id: MEETING,
      package_id: pkg,
      department,
      verdict,
      text: '',
      conditions: '',
      pin_lon: null,
      pin_lat: null,
      recorded_at: now.toISOString(),
    });
    const opinions = deepFreeze({
      a: o('a', '居民代表', 'pass'),
      b: o('b', '住建', 'reject'),
      c: o('c', '消防', 'conditional'),
      d: o('d', '住建', 'pass', 'other-package'),
      e: o('e', '物业公司', 'pass'),
    });
    const list = packageOpinions(opinions, PKG, MEETING, ['住建', '消防', '居民代表']);
    expect(list.map((x) => [x.n, x.opinion.department])).toEqual([
      [1, '住建'],
      [2, '消防'],
      [3, '居民代表'],
      [4, '物业公司'],
    ]);
    expect(verdictCounts(list)).toEqual({ pass: 2, conditional: 1, reject: 1 });
  });
});
