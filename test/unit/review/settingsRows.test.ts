import { describe, expect, it } from 'vitest';
import { cleanDepartments, reviewSettingsChange } from '../../../renderer/src/review/settingsRows';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/model/settings';

describe('review settings', () => {
  it('trims department names and drops empties and repeats', () => {
    expect(cleanDepartments([' 住建 ', '', '消防', '住建'])).toEqual(['住建', '消防']);
  });

  it('puts only what changed, as one change; nothing when unchanged', () => {
    expect(reviewSettingsChange(DEFAULT_SETTINGS, DEFAULT_SETTINGS.review_departments, '', 's')).toBeNull();
    const change = reviewSettingsChange(DEFAULT_SETTINGS, ['住建', '物业公司'], ' 某某规划设计研究院 ', 's');
    expect(change?.ops).toEqual([
      { op: 'put', table: 'settings', row: { id: 'review_departments', value: ['住建', '物业公司'] } },
      { op: 'put', table: 'settings', row: { id: 'design_unit', value: '某某规划设计研究院' } },
    ]);
    const next = { ...DEFAULT_SETTINGS, review_departments: ['住建', '物业公司'], design_unit: '某某规划设计研究院' };
    expect(settingsSchema.safeParse(next).success).toBe(true);
  });
});
