import type { FundingByClass, FundingSource, ItemClass } from '../model/funding';
import { FUNDING_SOURCES, ITEM_CLASSES } from '../model/funding';

// Amounts per item class and per funding source (资金共担): zero records and the split by class shares.

/** @example zeroByClass() // → { basic: 0, improvement: 0, upgrade: 0 } */
export const zeroByClass = (): Record<ItemClass, number> => ({ basic: 0, improvement: 0, upgrade: 0 });
/** @example zeroBySource().residents // → 0 */
export const zeroBySource = (): Record<FundingSource, number> =>
  Object.fromEntries(FUNDING_SOURCES.map((s) => [s, 0])) as Record<FundingSource, number>;

/**
 * Yuan per funding source for amounts per class.
 * @example splitByFunding({ basic: 100, improvement: 0, upgrade: 0 }, DEFAULT_FUNDING).central_provincial // → 50
 */
export function splitByFunding(
  byClass: Readonly<Record<ItemClass, number>>,
  funding: FundingByClass,
): Record<FundingSource, number> {
  const bySource = zeroBySource();
  for (const k of ITEM_CLASSES) for (const s of FUNDING_SOURCES) bySource[s] += byClass[k] * funding[k][s];
  return bySource;
}
