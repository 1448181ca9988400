import { gkCentralMeridian } from '../../../shared/geo/crs';

// The printed maps' scale bar length, scale denominator and coordinate-system name.

/** A bar length of 1, 2 or 5 × 10^k metres close to `targetM`. */
export function niceLength(targetM: number): number {
  const pow = 10 ** Math.floor(Math.log10(Math.max(targetM, 1e-9)));
  for (const f of [5, 2, 1]) if (f * pow <= targetM) return f * pow;
  return pow;
}

/** The scale denominator rounded to two significant digits (1:2,500 rather than 1:2,487). */
export function scaleDenominator(metresPerMm: number): number {
  const n = metresPerMm * 1000;
  const pow = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / pow) * pow;
}

/** @example crsName(4544) // → 'CGCS2000 / 3° GK CM 106°E' */
export const crsName = (epsg: number): string => `CGCS2000 / 3° GK CM ${gkCentralMeridian(epsg)}°E`;
