import { describe, expect, it } from 'vitest';
import { compoundPriority } from '../../../../shared/analysis/priority';
import { t } from '../../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { deepFreeze } from '../helpers';
import { catalog, line } from './fixtures';

describe('compoundPriority', () => {
  const equal = deepFreeze({
    cutoff_year: 2000,
    priority_weights: { build_year: 1, condition: 1, consent: 1, no_management: 1 },
  });
  const compound = deepFreeze({
    id: 'c1',
    build_year: 1985,
    consent_ratio: 0.9,
    management_mode: 'self' as const,
  });
  const lines = deepFreeze([
    line({ item_id: 'B01', deficient: true }),
    line({ item_id: 'B04', deficient: true }),
    line({ item_id: 'B23', deficient: true }),
    line({ item_id: 'B24', deficient: false }),
    line({ item_id: 'I13', deficient: true }), // not basic: not part of the condition term
    line({ item_id: 'B02', deficient: true, compound_id: 'c2' }), // another compound
  ]);

  it('adds weighted terms (hand-computed: 25 × (0.5 + 0.75 + 0.9 + 0.5) = 66.25)', () => {
    const p = compoundPriority(compound, lines, catalog, equal);
    expect(p.terms.map((x) => [x.key, x.weight, x.value])).toEqual([
      ['build_year', 0.25, 0.5],
      ['condition', 0.25, 0.75],
      ['consent', 0.25, 0.9],
      ['no_management', 0.25, 0.5],
    ]);
    expect(p.score).toBeCloseTo(66.25, 9);
    expect(p.terms[1]?.explain).toEqual({ key: 'priority.explain.condition', params: { deficient: 3, surveyed: 4 } });
  });
  it('uses the default weights, 0.5 for an unsurveyed condition, and says so', () => {
    const c = deepFreeze({ id: 'c1', build_year: 1975, consent_ratio: null, management_mode: 'none' as const });
    const p = compoundPriority(c, [], catalog, DEFAULT_SETTINGS);
    // 35 × 25/30 + 30 × 0.5 + 20 × 0 + 15 × 1
    expect(p.score).toBeCloseTo((35 * 25) / 30 + 15 + 15, 9);
    expect(p.terms.map((x) => x.explain.key)).toEqual([
      'priority.explain.buildYear',
      'priority.explain.conditionUnknown',
      'priority.explain.consentUnknown',
      'priority.explain.management.none',
    ]);
  });
  it('clamps the build year to 1970…cut-off and scores 0 with every weight 0', () => {
    const old = compoundPriority({ ...compound, build_year: 1960 }, [], catalog, equal);
    expect(old.terms[0]?.value).toBe(1);
    const young = compoundPriority({ ...compound, build_year: 2003 }, [], catalog, equal);
    expect(young.terms[0]?.value).toBe(0);
    const none = compoundPriority(compound, lines, catalog, {
      cutoff_year: 2000,
      priority_weights: { build_year: 0, condition: 0, consent: 0, no_management: 0 },
    });
    expect(none.score).toBe(0);
  });
  it('explains every term in both languages', () => {
    const p = compoundPriority(compound, lines, catalog, equal);
    for (const term of p.terms) {
      for (const lang of ['zh', 'en'] as const) {
        expect(t(term.explain.key, term.explain.params, lang)).not.toMatch(/priority\.|\{/);
        expect(t(`priority.term.${term.key}`, {}, lang)).not.toContain('priority.');
      }
    }
    expect(t('priority.explain.condition', { deficient: 3, surveyed: 4 }, 'zh')).toBe('基础类 4 项中 3 项存在问题');
  });
});
