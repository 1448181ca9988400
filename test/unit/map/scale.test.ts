import { describe, expect, it } from 'vitest';
import { scaleDenominator } from '../../../renderer/src/map/scale';

describe('scaleDenominator', () => {
  it('is ground metres per 96-dpi screen metre at the map centre', () => {
    // At the equator, zoom 0: 40,075,016.686 m over 512 px of 0.0254/96 m each.
    expect(scaleDenominator(0, 0)).toBeCloseTo(40_075_016.686 / (512 * (0.0254 / 96)), 0);
    // Each zoom level halves it; latitude shrinks it by cos(lat).
    expect(scaleDenominator(27.4, 16) / scaleDenominator(27.4, 17)).toBeCloseTo(2, 10);
    expect(scaleDenominator(60, 10) / scaleDenominator(0, 10)).toBeCloseTo(0.5, 10);
    expect(Math.round(scaleDenominator(27.4, 16))).toBeGreaterThan(4000);
    expect(Math.round(scaleDenominator(27.4, 16))).toBeLessThan(4400);
  });
});
