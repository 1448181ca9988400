import type { ProjectSettings } from '../model/settings';
import type { Compound } from '../model/tables';

// Whether a compound falls in the renovation scope (DOMAIN.md "Eligibility", issue 3 §1): built by the end of the
// project's cut-off year, not excluded (planned demolition, shantytown redevelopment, self-built, urban village —
// the reason is free text), and residents' consent at least the project's threshold (default 2/3, seed 004 四(二)).
// The state colours the map; the reasons (catalog keys, with `eligibilityReasonParams` for their placeholders)
// explain it.

/** Every state, most decisive first (the precedence order below). The map has a colour for each. */
export const ELIGIBILITY_STATES = ['excluded', 'unknownYear', 'tooNew', 'noConsent', 'lowConsent', 'eligible'] as const;
export type EligibilityState = (typeof ELIGIBILITY_STATES)[number];

export interface Eligibility {
  state: EligibilityState;
  /** i18n keys, most decisive first; every failing rule is listed; empty when eligible. */
  reasons: string[];
}

/**
 * State precedence: excluded > unknownYear > tooNew > noConsent > lowConsent > eligible — the state is the first
 * failing rule in that order, and `reasons` lists every failing rule in the same order. Consent exactly at the
 * threshold passes (原则上应达到…2/3以上 read as ≥).
 * @example compoundEligibility({ build_year: 2005, excluded: false, consent_ratio: 0.5 },
 *   { cutoff_year: 2000, consent_threshold: 2 / 3 })
 *   // → { state: 'tooNew', reasons: ['eligibility.reason.tooNew', 'eligibility.reason.lowConsent'] }
 */
export function compoundEligibility(
  c: Pick<Compound, 'build_year' | 'excluded' | 'consent_ratio'>,
  s: Pick<ProjectSettings, 'cutoff_year' | 'consent_threshold'>,
): Eligibility {
  const failing: EligibilityState[] = [];
  if (c.excluded) failing.push('excluded');
  if (c.build_year === null) failing.push('unknownYear');
  else if (c.build_year > s.cutoff_year) failing.push('tooNew');
  // A tiny tolerance so a stored 0.6666667 still meets a 2/3 threshold.
  if (c.consent_ratio === null) failing.push('noConsent');
  else if (c.consent_ratio < s.consent_threshold - 1e-6) failing.push('lowConsent');
  return {
    state: failing[0] ?? 'eligible',
    reasons: failing.map((state) => `eligibility.reason.${state}`),
  };
}

/**
 * Placeholder values for the reason texts (`{cutoff}` in tooNew, `{threshold}` in lowConsent, as percent).
 * @example eligibilityReasonParams({ cutoff_year: 2000, consent_threshold: 2 / 3 }) // → { cutoff: 2000, threshold: 66.7 }
 */
export const eligibilityReasonParams = (
  s: Pick<ProjectSettings, 'cutoff_year'> & Partial<Pick<ProjectSettings, 'consent_threshold'>>,
): Record<string, number> => ({
  cutoff: s.cutoff_year,
  threshold: Math.round((s.consent_threshold ?? 2 / 3) * 1000) / 10,
});
