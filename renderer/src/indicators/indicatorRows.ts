// The indicator card's rows (pure): the five review indicators before and after the proposed facilities, formatted
// for reading (percentages, two-decimal FAR, pair counts), with the change and whether it is for the worse.
import type { Indicators, IndicatorsBeforeAfter } from '../../../shared/model/leftover';

export type IndicatorKey =
  | 'building_density'
  | 'floor_area_ratio'
  | 'green_ratio'
  | 'fire_separation_pairs'
  | 'sunlight_spacing_pairs';
export const CARD_INDICATORS: readonly IndicatorKey[] = [
  'building_density',
  'floor_area_ratio',
  'green_ratio',
  'fire_separation_pairs',
  'sunlight_spacing_pairs',
];

/** Which direction is worse: more density/FAR crowds the site, less green loses green, more pairs break rules. */
const WORSE_WHEN_UP: Record<IndicatorKey, boolean> = {
  building_density: true,
  floor_area_ratio: true,
  green_ratio: false,
  fire_separation_pairs: true,
  sunlight_spacing_pairs: true,
};

export interface IndicatorRow {
  key: IndicatorKey;
  before: string;
  after: string;
  /** Signed change as text ("+1.2 %", "−1 对"), empty when unchanged. */
  change: string;
  changed: boolean;
  worse: boolean;
}

const isRatio = (k: IndicatorKey) => k === 'building_density' || k === 'green_ratio';
const isPairs = (k: IndicatorKey) => k === 'fire_separation_pairs' || k === 'sunlight_spacing_pairs';

export function formatIndicator(k: IndicatorKey, v: number, pairsText: (n: number) => string): string {
  if (isRatio(k)) return `${(v * 100).toFixed(1)} %`;
  if (isPairs(k)) return pairsText(v);
  return v.toFixed(2);
}

function changeText(k: IndicatorKey, d: number): string {
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  if (isRatio(k)) return `${sign}${(abs * 100).toFixed(1)} %`;
  if (isPairs(k)) return `${sign}${abs}`;
  return `${sign}${abs.toFixed(2)}`;
}

/** Rounded to what the card shows, so a change too small to see is no change. */
const shown = (k: IndicatorKey, v: number): number =>
  isRatio(k) ? Math.round(v * 1000) / 1000 : isPairs(k) ? v : Math.round(v * 100) / 100;

export function indicatorRows(ba: IndicatorsBeforeAfter, pairsText: (n: number) => string): IndicatorRow[] {
  return CARD_INDICATORS.map((key) => {
    const b = ba.before[key as keyof Indicators];
    const a = ba.after[key as keyof Indicators];
    const d = shown(key, a) - shown(key, b);
    const changed = Math.abs(d) > 1e-9;
    return {
      key,
      before: formatIndicator(key, b, pairsText),
      after: formatIndicator(key, a, pairsText),
      change: changed ? changeText(key, d) : '',
      changed,
      worse: changed && d > 0 === WORSE_WHEN_UP[key],
    };
  });
}
