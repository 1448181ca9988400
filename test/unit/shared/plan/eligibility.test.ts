import { describe, expect, it } from 'vitest';
import {
  compoundEligibility,
  ELIGIBILITY_STATES,
  eligibilityReasonParams,
} from '../../../../shared/analysis/eligibility';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { deepFreeze } from '../helpers';

describe('compoundEligibility with consent', () => {
  const s = deepFreeze({ ...DEFAULT_SETTINGS, cutoff_year: 2000, consent_threshold: 2 / 3 });
  const c = (build_year: number | null, consent_ratio: number | null, excluded = false) =>
    deepFreeze({ build_year, excluded, consent_ratio });

  it('passes at the threshold (2/3 rounded down to 0.666667 too) and fails below', () => {
    expect(compoundEligibility(c(1990, 0.666667), s)).toEqual({ state: 'eligible', reasons: [] });
    expect(compoundEligibility(c(1990, 2 / 3), s).state).toBe('eligible');
    expect(compoundEligibility(c(1990, 0.66), s)).toEqual({
      state: 'lowConsent',
      reasons: ['eligibility.reason.lowConsent'],
    });
  });
  it('says noConsent when consent was not surveyed', () => {
    expect(compoundEligibility(c(1990, null), s)).toEqual({
      state: 'noConsent',
      reasons: ['eligibility.reason.noConsent'],
    });
  });
  it('follows the threshold setting', () => {
    expect(compoundEligibility(c(1990, 0.55), deepFreeze({ ...s, consent_threshold: 0.5 })).state).toBe('eligible');
  });
  it('keeps the precedence and lists every failing rule', () => {
    expect(compoundEligibility(c(2005, 0.5, true), s)).toEqual({
      state: 'excluded',
      reasons: ['eligibility.reason.excluded', 'eligibility.reason.tooNew', 'eligibility.reason.lowConsent'],
    });
    expect(compoundEligibility(c(null, null), s)).toEqual({
      state: 'unknownYear',
      reasons: ['eligibility.reason.unknownYear', 'eligibility.reason.noConsent'],
    });
    expect(compoundEligibility(c(2005, 0.1), s).state).toBe('tooNew');
  });
  it('has both languages for every state and reason, with the threshold as percent', () => {
    for (const state of ELIGIBILITY_STATES) {
      for (const lang of ['zh', 'en'] as const) {
        expect(t(`eligibility.state.${state}`, {}, lang)).not.toBe(`eligibility.state.${state}`);
        if (state !== 'eligible') {
          expect(t(`eligibility.reason.${state}`, {}, lang)).not.toBe(`eligibility.reason.${state}`);
        }
      }
    }
    const params = eligibilityReasonParams(s);
    expect(params).toEqual({ cutoff: 2000, threshold: 66.7 });
    expect(t('eligibility.reason.lowConsent', params, 'zh')).toContain('66.7%');
  });
});
