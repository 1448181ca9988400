import type { ProjectSettings } from '../model/settings';
import type { Compound, CompoundItem, RenovationItem } from '../model/tables';

// Priority score of a compound (issue 3 §1), 0–100, explained term by term so the designer sees why a compound
// ranks where it does. Each term has a value in 0–1 (1 = most urgent); its points are value × normalised weight ×
// 100, and the score is the sum of the points. Weights come from settings.priority_weights (relative).

export const PRIORITY_TERMS = ['build_year', 'condition', 'consent', 'no_management'] as const;
export type PriorityTermKey = (typeof PRIORITY_TERMS)[number];

/** The oldest build year that scores 1 on the build-year term; years before it also score 1. */
export const PRIORITY_OLDEST_YEAR = 1970;
/** Condition value when the survey has no basic-item lines: the middle, and the explanation says it is unknown. */
export const UNKNOWN_CONDITION = 0.5;

export interface PriorityTerm {
  key: PriorityTermKey;
  /** Normalised weight (the four add up to 1, or all 0 when every weight is 0). */
  weight: number;
  value: number;
  points: number;
  explain: { key: string; params: Record<string, string | number> };
}

export interface Priority {
  score: number;
  terms: PriorityTerm[];
}

type CompoundFacts = Pick<Compound, 'id' | 'build_year' | 'consent_ratio' | 'management_mode'>;

/**
 * @example compoundPriority({ build_year: 1985, consent_ratio: 0.9, management_mode: 'none', … }, [], catalog,
 *   { cutoff_year: 2000, priority_weights: { build_year: 1, condition: 1, consent: 1, no_management: 1 } })
 *   // → score = 25·0.5 + 25·0.5 + 25·0.9 + 25·1 = 72.5 (build year 1985 is halfway from 1970 to 2000)
 */
export function compoundPriority(
  c: CompoundFacts,
  lines: readonly CompoundItem[],
  catalog: Readonly<Record<string, RenovationItem>>,
  s: Pick<ProjectSettings, 'cutoff_year' | 'priority_weights'>,
): Priority {
  const w = s.priority_weights;
  const sum = w.build_year + w.condition + w.consent + w.no_management;
  const norm = (x: number): number => (sum > 0 ? x / sum : 0);
  const parts: Omit<PriorityTerm, 'points'>[] = [
    { key: 'build_year', weight: norm(w.build_year), ...buildYearTerm(c, s.cutoff_year) },
    { key: 'condition', weight: norm(w.condition), ...conditionTerm(c.id, lines, catalog) },
    { key: 'consent', weight: norm(w.consent), ...consentTerm(c) },
    { key: 'no_management', weight: norm(w.no_management), ...managementTerm(c) },
  ];
  const terms = parts.map((p) => ({ ...p, points: p.value * p.weight * 100 }));
  return { score: terms.reduce((a, t) => a + t.points, 0), terms };
}

type TermValue = Pick<PriorityTerm, 'value' | 'explain'>;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** 1 at 1970 or earlier, 0 at the cut-off year or later, linear between; unknown year → 0. */
function buildYearTerm(c: CompoundFacts, cutoff: number): TermValue {
  if (c.build_year === null) return { value: 0, explain: { key: 'priority.explain.buildYearUnknown', params: {} } };
  const span = cutoff - PRIORITY_OLDEST_YEAR;
  const value = span > 0 ? clamp01((cutoff - c.build_year) / span) : c.build_year <= cutoff ? 1 : 0;
  return {
    value,
    explain: {
      key: 'priority.explain.buildYear',
      params: { year: c.build_year, oldest: PRIORITY_OLDEST_YEAR, cutoff },
    },
  };
}

/** Share of the compound's basic-item survey lines marked deficient. */
function conditionTerm(
  compoundId: string,
  lines: readonly CompoundItem[],
  catalog: Readonly<Record<string, RenovationItem>>,
): TermValue {
  let surveyed = 0;
  let deficient = 0;
  for (const l of lines) {
    if (l.compound_id !== compoundId || catalog[l.item_id]?.class !== 'basic') continue;
    surveyed++;
    if (l.deficient) deficient++;
  }
  if (surveyed === 0) {
    return { value: UNKNOWN_CONDITION, explain: { key: 'priority.explain.conditionUnknown', params: {} } };
  }
  return {
    value: deficient / surveyed,
    explain: { key: 'priority.explain.condition', params: { deficient, surveyed } },
  };
}

/** The consent ratio itself; not surveyed → 0. */
function consentTerm(c: CompoundFacts): TermValue {
  if (c.consent_ratio === null) return { value: 0, explain: { key: 'priority.explain.consentUnknown', params: {} } };
  const value = clamp01(c.consent_ratio);
  return { value, explain: { key: 'priority.explain.consent', params: { percent: Math.round(value * 100) } } };
}

/** No management 1, self-managed 0.5, a company or work unit 0; not surveyed → 0. */
function managementTerm(c: CompoundFacts): TermValue {
  const mode = c.management_mode;
  const value = mode === 'none' ? 1 : mode === 'self' ? 0.5 : 0;
  return {
    value,
    explain: { key: `priority.explain.management.${mode ?? 'unknown'}`, params: {} },
  };
}
