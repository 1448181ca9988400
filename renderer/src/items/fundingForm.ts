// The funding editor's form ↔ the stored shares (DESIGN: shares 0..1 per source and item class; the form shows
// percents). Saving validates that each class's shares add up to 100 % and says which class does not, in Chinese.
import {
  FUNDING_SOURCES,
  type FundingByClass,
  type FundingShares,
  type FundingSource,
  fundingByClassSchema,
  ITEM_CLASSES,
  type ItemClass,
} from '../../../shared/model/funding';

/** Percent per source, per class, as the form's inputs hold them (null = field left empty). */
export type FundingPercents = Record<ItemClass, Record<FundingSource, number | null>>;

/** Shares are compared in percent with this tolerance, so 33.33 + 33.33 + 33.34 passes. */
const PERCENT_TOLERANCE = 0.01;

const toPercent = (share: number): number => Math.round(share * 10_000) / 100;

export function toFundingPercents(funding: FundingByClass): FundingPercents {
  const out = {} as FundingPercents;
  for (const cls of ITEM_CLASSES) {
    const row = {} as Record<FundingSource, number | null>;
    for (const source of FUNDING_SOURCES) row[source] = toPercent(funding[cls][source]);
    out[cls] = row;
  }
  return out;
}

/** The sum of one class's percents (empty inputs count as 0). */
export const classPercentSum = (percents: FundingPercents, cls: ItemClass): number =>
  FUNDING_SOURCES.reduce((sum, s) => sum + (percents[cls][s] ?? 0), 0);

export interface FundingProblem {
  cls: ItemClass;
  /** The class's sum in percent, rounded to two decimals. */
  sum: number;
}

export type FundingParse = { kind: 'ok'; funding: FundingByClass } | { kind: 'invalid'; problems: FundingProblem[] };

/**
 * Shares from the form. Each class must add up to 100 % (± 0.01); the last source with a share absorbs the
 * rounding so the stored shares pass fundingSharesSchema's exact check.
 */
export function fromFundingPercents(percents: FundingPercents): FundingParse {
  const problems: FundingProblem[] = [];
  const funding = {} as FundingByClass;
  for (const cls of ITEM_CLASSES) {
    const sum = classPercentSum(percents, cls);
    const negative = FUNDING_SOURCES.some((s) => (percents[cls][s] ?? 0) < 0);
    if (negative || Math.abs(sum - 100) > PERCENT_TOLERANCE) {
      problems.push({ cls, sum: Math.round(sum * 100) / 100 });
      continue;
    }
    const shares = {} as FundingShares;
    for (const s of FUNDING_SOURCES) shares[s] = (percents[cls][s] ?? 0) / 100;
    funding[cls] = normalise(shares);
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  const parsed = fundingByClassSchema.safeParse(funding);
  return parsed.success ? { kind: 'ok', funding: parsed.data } : { kind: 'invalid', problems: [] };
}

/** Moves the float residue (1 − Σ) onto the largest share so the sum is 1 within 1e-9. */
function normalise(shares: FundingShares): FundingShares {
  const residue = 1 - FUNDING_SOURCES.reduce((a, s) => a + shares[s], 0);
  let largest: FundingSource = FUNDING_SOURCES[0];
  for (const s of FUNDING_SOURCES) if (shares[s] > shares[largest]) largest = s;
  return { ...shares, [largest]: shares[largest] + residue };
}

/** Two funding splits hold the same shares (to 1e-9). */
export function sameFunding(a: FundingByClass, b: FundingByClass): boolean {
  return ITEM_CLASSES.every((c) => FUNDING_SOURCES.every((s) => Math.abs(a[c][s] - b[c][s]) < 1e-9));
}

export interface FundingRow {
  source: FundingSource;
  /** Share per class, 0..1. */
  shares: Record<ItemClass, number>;
  /** Yuan this source pays (from packageEstimate's bySource). */
  amount: number;
}

/** The funding table: one row per source with its share of each class and its amount. */
export function fundingRows(bySource: Readonly<Record<FundingSource, number>>, funding: FundingByClass): FundingRow[] {
  return FUNDING_SOURCES.map((source) => {
    const shares = {} as Record<ItemClass, number>;
    for (const cls of ITEM_CLASSES) shares[cls] = funding[cls][source];
    return { source, shares, amount: bySource[source] };
  });
}
