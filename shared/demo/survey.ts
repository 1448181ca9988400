import type { Compound, CompoundItem } from '../model/tables';
import { createRng } from './prng';

// The demo district's item survey (issue 3 §4): one line per surveyed basic item for every compound, deficient
// with a probability that grows with age (older → worse), never planned and without quantities — designers tick
// the items themselves. It draws from its own PRNG stream (seed ^ 0x5eed0002; 0x5eed0001 is kept for roads) so
// adding it leaves every compound and building row identical.

export const SURVEY_STREAM = 0x5eed0002;

/** Basic items a surveyor checks on site, with how often an old (≤ 1975) compound fails each. */
export const DEMO_SURVEYED_ITEMS: readonly (readonly [itemId: string, oldFailRate: number])[] = [
  ['B01', 0.8], // 雨污合流
  ['B02', 0.5],
  ['B03', 0.4],
  ['B04', 0.8],
  ['B07', 0.5],
  ['B11', 0.4],
  ['B12', 0.3],
  ['B13', 0.5],
  ['B16', 0.9], // 飞线
  ['B20', 0.6],
  ['B21', 0.7],
  ['B23', 0.7],
  ['B24', 0.7],
  ['B25', 0.5],
  ['B26', 0.7],
  ['B27', 0.5],
  ['B29', 0.6],
  ['B31', 0.7],
  ['B32', 0.15],
  ['B33', 0.4],
];

/**
 * How much of the old-compound fail rate applies: 1 at ≤ 1975, falling linearly to 0.15 at ≥ 2005.
 * @example ageFactor(1990) // → 0.5
 */
export function ageFactor(buildYear: number | null): number {
  if (buildYear === null) return 0.5;
  return Math.min(1, Math.max(0.15, (2005 - buildYear) / 30));
}

/**
 * Survey lines for the compounds, deterministic for the seed.
 * @example demoSurvey(compounds, 20201231).length // → compounds.length × DEMO_SURVEYED_ITEMS.length
 */
export function demoSurvey(compounds: readonly Pick<Compound, 'id' | 'build_year'>[], seed: number): CompoundItem[] {
  const rng = createRng((seed ^ SURVEY_STREAM) >>> 0);
  const lines: CompoundItem[] = [];
  for (const c of compounds) {
    const age = ageFactor(c.build_year);
    for (const [item_id, rate] of DEMO_SURVEYED_ITEMS) {
      const deficient = rng.chance(rate * age);
      lines.push({ id: rng.uuid(), compound_id: c.id, item_id, deficient, planned: false, quantity: null, note: '' });
    }
  }
  return lines;
}
