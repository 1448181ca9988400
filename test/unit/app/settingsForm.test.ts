import { describe, expect, it } from 'vitest';
import {
  dataCentreLon,
  GK_ZONES,
  settingsChange,
  toSettingsForm,
} from '../../../renderer/src/app/settings/settingsForm';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { deepFreeze } from './fixtures';

const settings = deepFreeze({ ...DEFAULT_SETTINGS });

describe('settings dialog', () => {
  it('lists the 21 CGCS2000 3° zones with their central meridians', () => {
    expect(GK_ZONES).toHaveLength(21);
    expect(GK_ZONES[0]).toEqual({ epsg: 4534, centralMeridian: 75 });
    expect(GK_ZONES.find((z) => z.epsg === 4544)?.centralMeridian).toBe(105);
  });

  it('shows the 2/3 threshold as 66.67 % and keeps 2/3 when it is not edited', () => {
    const form = toSettingsForm(settings);
    expect(form.consent_percent).toBe(66.67);
    expect(form.crs).toBe('auto');
    expect(settingsChange(settings, form, 4544, 's')).toEqual({ kind: 'unchanged' });
  });

  it('commits only the changed keys, in one change', () => {
    const form = { ...toSettingsForm(settings), cutoff_year: 2005, consent_percent: 70 };
    const save = settingsChange(settings, form, 4544, '修改项目设置');
    expect(save.kind).toBe('change');
    if (save.kind !== 'change') return;
    expect(save.change.summary).toBe('修改项目设置');
    expect(save.change.ops).toEqual([
      { op: 'put', table: 'settings', row: { id: 'cutoff_year', value: 2005 } },
      { op: 'put', table: 'settings', row: { id: 'consent_threshold', value: 0.7 } },
    ]);
  });

  it('a fixed zone turns automatic choice off; auto follows the data centre', () => {
    const fixed = settingsChange(settings, { ...toSettingsForm(settings), crs: 4545 }, 4544, 's');
    expect(fixed.kind === 'change' && fixed.change.ops.map((o) => o.op === 'put' && o.row)).toEqual([
      { id: 'metric_epsg', value: 4545 },
      { id: 'metric_epsg_auto', value: false },
    ]);
    const auto = settingsChange(settings, toSettingsForm(settings), 4545, 's');
    expect(auto.kind === 'change' && auto.change.ops).toEqual([
      { op: 'put', table: 'settings', row: { id: 'metric_epsg', value: 4545 } },
    ]);
  });

  it('refuses out-of-range values', () => {
    const save = settingsChange(settings, { ...toSettingsForm(settings), storey_height_m: 50 }, 4544, 's');
    expect(save.kind === 'invalid' && save.issues[0]?.field).toBe('storey_height_m');
  });

  it('finds the centre of the data', () => {
    expect(
      dataCentreLon([
        [
          [106, 27],
          [106.4, 27.5],
        ],
      ]),
    ).toBeCloseTo(106.2);
    expect(dataCentreLon([])).toBeNull();
  });
});
