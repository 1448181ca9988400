import { describe, expect, it } from 'vitest';
import { projectSunlightK, sunlightK } from '../../../shared/analysis/sunlight';

// The README table (/work/shared/standards/README.md "Sunlight"): theoretical k for an east–west slab, window centred
// on noon; sunlightK must reproduce it within 0.03.
const TABLE: [number, number, number, number][] = [
  [26.7, 1.09, 1.12, 1.2],
  [30.7, 1.26, 1.3, 1.39],
  [39.6, 1.76, 1.83, 1.98],
  [43.9, 2.12, 2.2, 2.41],
];

describe('sunlightK', () => {
  for (const [lat, cold2, cold3, solstice1] of TABLE) {
    it(`reproduces the table at ${lat}°`, () => {
      expect(Math.abs(sunlightK(lat, 'major_cold', 2) - cold2)).toBeLessThanOrEqual(0.03);
      expect(Math.abs(sunlightK(lat, 'major_cold', 3) - cold3)).toBeLessThanOrEqual(0.03);
      expect(Math.abs(sunlightK(lat, 'winter_solstice', 1) - solstice1)).toBeLessThanOrEqual(0.03);
    });
  }

  it('grows with latitude and with the hours required', () => {
    expect(sunlightK(35, 'major_cold', 2)).toBeGreaterThan(sunlightK(30, 'major_cold', 2));
    expect(sunlightK(35, 'major_cold', 3)).toBeGreaterThan(sunlightK(35, 'major_cold', 2));
    expect(sunlightK(35, 'winter_solstice', 2)).toBeGreaterThan(sunlightK(35, 'major_cold', 2));
  });

  it('takes the local rule when the project sets one', () => {
    const settings = { sunlight_k: 1.3, sunlight_day: 'major_cold' as const, sunlight_hours: 2 };
    expect(projectSunlightK(settings, 40)).toBe(1.3);
    expect(projectSunlightK({ ...settings, sunlight_k: null }, 39.6)).toBeCloseTo(sunlightK(39.6, 'major_cold', 2));
  });
});
