import { describe, expect, test } from 'vitest';
import { detachOps, dissolvedList, losesReviewRecords } from '../../../shared/analysis/bundle/index';
import { t } from '../../../shared/i18n';
import type { DissolvedPackage } from '../../../shared/model/bundle';
import type { ReviewMeeting } from '../../../shared/model/tables';

// What a re-bundle deletes (references.ts): only the rows naming a deleted package are touched, and the list reads
// the same in the dialog and the CLI, in both languages.

const d = (name: string, opinions = 0, annotations = 0, pipelines = 0, meetings = 0): DissolvedPackage => ({
  id: name,
  name,
  opinions,
  annotations,
  pipelines,
  meetings,
});

describe('dissolved packages', () => {
  test('detachOps touches only rows naming a deleted package', () => {
    const meeting = (id: string, agenda: string[]) => ({ id, agenda }) as unknown as ReviewMeeting;
    const refs = {
      review_opinions: [
        { id: 'o1', package_id: 'gone' },
        { id: 'o2', package_id: 'kept' },
      ],
      annotations: [{ id: 'a1', package_id: 'kept' }],
      pipelines: [
        { id: 'p1', package_id: 'gone', name: 'DN100' },
        { id: 'p2', package_id: null },
      ],
      review_meetings: [meeting('m1', ['kept', 'gone']), meeting('m2', ['kept'])],
    } as unknown as Parameters<typeof detachOps>[1];
    expect(detachOps(new Set(['gone']), refs)).toEqual([
      { op: 'delete', table: 'review_opinions', id: 'o1' },
      { op: 'put', table: 'pipelines', row: { id: 'p1', package_id: null, name: 'DN100' } },
      { op: 'put', table: 'review_meetings', row: { id: 'm1', agenda: ['kept'] } },
    ]);
    expect(detachOps(new Set(), refs)).toEqual([]);
  });

  test('the list names each package with what goes with it, in Chinese and English', () => {
    const list = [d('东街道1号片区', 2, 1), d('东街道2号片区'), d('西街道1号片区', 0, 0, 3, 1)];
    expect(dissolvedList(list, (k, p) => t(k, p, 'zh'))).toBe(
      '东街道1号片区（2 条评审意见，1 条批注）、东街道2号片区、西街道1号片区（3 条管线，1 次会议议程）',
    );
    expect(dissolvedList(list, (k, p) => t(k, p, 'en'))).toBe(
      '东街道1号片区 (2 review opinion(s), 1 annotation(s)); 东街道2号片区; 西街道1号片区 (3 pipeline(s), 1 meeting agenda(s))',
    );
    expect(losesReviewRecords(list)).toBe(true);
    expect(losesReviewRecords(list.slice(1))).toBe(false); // pipelines and agendas are let go, not deleted
  });
});
