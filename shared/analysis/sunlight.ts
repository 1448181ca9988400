// Sunlight spacing coefficient k = L / H (GB 50180-2018 §4.0.9; /work/shared/standards/README.md "Sunlight").
// Derived from solar geometry: an infinitely long east–west slab to the south, flat ground, and a window of
// `hours` centred on true-solar noon. The slab's shadow reaches furthest north at the two ends of the window, so the
// northern window is sunlit for the whole window exactly when L ≥ H · cos(A) / tan(h), with h the sun's altitude
// and A its azimuth from due south at hour angle ±hours/2 × 15°.

/** Solar declination on the standard days: 大寒 (≈ 20 January) and 冬至. */
export const DECLINATION_DEG = { major_cold: -20.2, winter_solstice: -23.44 } as const;

const RAD = Math.PI / 180;

/**
 * The theoretical minimum spacing coefficient for `latitudeDeg` (north), the standard day and the hours required.
 * Returns Infinity when the sun does not rise high enough at the window's ends (polar latitudes).
 * @example sunlightK(26.7, 'major_cold', 2) // → ≈ 1.09
 */
export function sunlightK(latitudeDeg: number, day: 'major_cold' | 'winter_solstice', hours: number): number {
  const phi = latitudeDeg * RAD;
  const delta = DECLINATION_DEG[day] * RAD;
  const omega = ((Math.max(0, hours) / 2) * 15 * Math.PI) / 180;
  const sinAlt = Math.sin(phi) * Math.sin(delta) + Math.cos(phi) * Math.cos(delta) * Math.cos(omega);
  if (sinAlt <= 0) return Number.POSITIVE_INFINITY;
  const cosAlt = Math.sqrt(1 - sinAlt * sinAlt);
  const sinAz = (Math.cos(delta) * Math.sin(omega)) / cosAlt;
  const cosAz = Math.sqrt(Math.max(0, 1 - sinAz * sinAz));
  return (cosAz * cosAlt) / sinAlt;
}

/** The project's k: the local rule when set, otherwise derived from the latitude and the standard day and hours. */
export const projectSunlightK = (
  settings: { sunlight_k: number | null; sunlight_day: 'major_cold' | 'winter_solstice'; sunlight_hours: number },
  latitudeDeg: number,
): number => settings.sunlight_k ?? sunlightK(latitudeDeg, settings.sunlight_day, settings.sunlight_hours);

/** Sill height of a ground-floor window above the ground (m): where sunlight is measured. */
export const GROUND_SILL_M = 0.9;
