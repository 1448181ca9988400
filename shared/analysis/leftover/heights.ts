import type { ProjectSettings } from '../../model/settings';
import type { Building } from '../../model/tables';

// Heights and fire-separation classes shared by the leftover clearances, the facility checks and the indicators.

/** A building's height: surveyed height_m where entered, else floors × the project's storey height. */
export const buildingHeight = (
  b: Pick<Building, 'height_m' | 'floors'>,
  s: Pick<ProjectSettings, 'storey_height_m'>,
): number => b.height_m ?? b.floors * s.storey_height_m;

/** High-rise (高层) when taller than the project's threshold (GB 50016 §5.1.1: 27 m for dwellings). */
export const isHighRise = (height: number, s: Pick<ProjectSettings, 'high_rise_height_m'>): boolean =>
  height > s.high_rise_height_m;

/** Required fire separation (m) between two buildings by their high/low class (GB 50016 表5.2.2, grade C). */
export function requiredSeparation(
  highA: boolean,
  highB: boolean,
  s: Pick<ProjectSettings, 'fire_separation_m'>,
): number {
  if (highA && highB) return s.fire_separation_m.high_high;
  if (highA || highB) return s.fire_separation_m.high_low;
  return s.fire_separation_m.multi_multi;
}
