// Settings dialog: priority weights and default funding shares commit with the other settings in one Change.
import { describe, expect, it } from 'vitest';
import { settingsChange, toSettingsForm } from '../../../renderer/src/app/settings/settingsForm';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { deepFreeze } from '../app/fixtures';

const settings = deepFreeze(structuredClone(DEFAULT_SETTINGS));

describe('settings: weights and funding defaults', () => {
  it('an untouched form changes nothing (shares round-trip through percents exactly)', () => {
    expect(settingsChange(settings, toSettingsForm(settings), 4544, 's')).toEqual({ kind: 'unchanged' });
  });

  it('weights, funding and cut-off year edited together are one change with one put per key', () => {
    const form = toSettingsForm(settings);
    form.cutoff_year = 1995;
    form.priority_weights = { ...form.priority_weights, consent: 0.5 };
    form.funding = { ...form.funding, basic: { ...form.funding.basic, central_provincial: 40, local_budget: 40 } };
    const save = settingsChange(settings, form, 4544, '修改项目设置');
    expect(save.kind).toBe('change');
    if (save.kind !== 'change') return;
    expect(save.change.ops.map((o) => o.op === 'put' && o.row.id)).toEqual([
      'cutoff_year',
      'priority_weights',
      'funding_defaults',
    ]);
    const funding = save.change.ops[2];
    const stored = funding?.op === 'put' && funding.table === 'settings' ? funding.row.value : null;
    expect((stored as typeof settings.funding_defaults).basic.local_budget).toBeCloseTo(0.4);
  });

  it('refuses funding shares that do not add up, with the message the dialog supplies', () => {
    const form = toSettingsForm(settings);
    form.funding = { ...form.funding, upgrade: { ...form.funding.upgrade, residents: 0 } };
    const save = settingsChange(settings, form, 4544, 's', (p) => `${p.cls}=${p.sum}`);
    expect(save).toEqual({ kind: 'invalid', issues: [{ field: 'funding', message: 'upgrade=90' }] });
  });

  it('refuses negative weights', () => {
    const form = toSettingsForm(settings);
    form.priority_weights = { ...form.priority_weights, build_year: -1 };
    const save = settingsChange(settings, form, 4544, 's');
    expect(save.kind === 'invalid' && save.issues[0]?.field).toBe('priority_weights');
  });
});
