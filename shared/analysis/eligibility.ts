import type { ProjectSettings } from '../model/settings';
import type { Compound } from '../model/tables';

// Whether a compound falls in the renovation scope (DOMAIN.md "Eligibility"): built by the end of the project's
// cut-off year and not excluded (planned demolition, shantytown redevelopment, urban village…). The state colours
// the map; the reasons (catalog keys, with `eligibilityReasonParams` for their placeholders) explain it.

export type EligibilityState = 'eligible' | 'tooNew' | 'excluded' | 'unknownYear';

export interface Eligibility {
  state: EligibilityState;
  /** i18n keys, most decisive first; empty when eligible. */
  reasons: string[];
}

/**
 * State precedence: excluded > unknownYear > tooNew > eligible; every reason that applies is listed.
 * @example compoundEligibility({ build_year: 2005, excluded: false }, { cutoff_year: 2000 })
 *   // → { state: 'tooNew', reasons: ['eligibility.reason.tooNew'] }
 */
export function compoundEligibility(
  c: Pick<Compound, 'build_year' | 'excluded'>,
  s: Pick<ProjectSettings, 'cutoff_year'>,
): Eligibility {
  const reasons: string[] = [];
  if (c.excluded) reasons.push('eligibility.reason.excluded');
  if (c.build_year === null) reasons.push('eligibility.reason.unknownYear');
  else if (c.build_year > s.cutoff_year) reasons.push('eligibility.reason.tooNew');
  // Issue 3 adds consent here: consent_ratio below s.consent_threshold → its own state and reason.
  const state: EligibilityState = c.excluded
    ? 'excluded'
    : c.build_year === null
      ? 'unknownYear'
      : c.build_year > s.cutoff_year
        ? 'tooNew'
        : 'eligible';
  return { state, reasons };
}

/** Placeholder values for the reason texts (e.g. `{cutoff}` in eligibility.reason.tooNew). */
export const eligibilityReasonParams = (s: Pick<ProjectSettings, 'cutoff_year'>): Record<string, number> => ({
  cutoff: s.cutoff_year,
});
