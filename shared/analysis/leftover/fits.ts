import type { FitCount } from '../../model/leftover';
import { FACILITY_TYPES, type FacilityType, PARKING } from '../../standards/facilities';

// What fits in a piece (issue 4 §2). Facilities are counted as copies of their footprint side by side in the piece's
// best rectangle (every counted copy really fits; a facility is sited once, so whether and how often it fits there is
// the question). Parking is a capacity: its stalls are counted across the whole piece (stalls.ts), never fewer than
// the best rectangle holds. Elevators are not sited on free land (they attach to a building) and are never listed.
// Sides are compared with a 1 cm slack (FIT_SLACK_M): the rectangle search stops a few millimetres short of an edge.

const FIT_SLACK_M = 0.01;

/**
 * Surface stalls in a W × L rectangle: rows of 2.5 × 5.3 m stalls perpendicular to 6 m aisles, two rows per aisle
 * (a 16.6 m module), plus a single-loaded row (11.3 m) in what is left; rows run along either side, the better counts.
 * @example parkingStalls(16.6, 20) // → 16 (two rows of 8)
 */
export function parkingStalls(width: number, length: number): number {
  const { stall_width_m: sw, stall_depth_m: sd, aisle_m: aisle } = PARKING;
  const rowsIn = (depth: number): number => {
    const modules = Math.floor((depth + FIT_SLACK_M) / (2 * sd + aisle));
    const rest = depth - modules * (2 * sd + aisle);
    return 2 * modules + (rest + FIT_SLACK_M >= sd + aisle ? 1 : 0);
  };
  const along = (depth: number, run: number): number => rowsIn(depth) * Math.floor((run + FIT_SLACK_M) / sw);
  return Math.max(along(width, length), along(length, width));
}

/** Copies of a w × l footprint in a W × L rectangle, on a grid, in the better of the two orientations. */
export function footprintCopies(
  type: Pick<FacilityType, 'width_m' | 'length_m'>,
  width: number,
  length: number,
): number {
  const e = FIT_SLACK_M;
  const a = Math.floor((width + e) / type.width_m) * Math.floor((length + e) / type.length_m);
  const b = Math.floor((width + e) / type.length_m) * Math.floor((length + e) / type.width_m);
  return Math.max(a, b);
}

/**
 * The catalog types that fit at least once, with their counts, in catalog order: footprints in the W × L rectangle,
 * parking as `stalls` (the piece's count; default: what the rectangle holds).
 */
export function fitsInRectangle(width: number, length: number, stalls = parkingStalls(width, length)): FitCount[] {
  const out: FitCount[] = [];
  for (const t of FACILITY_TYPES) {
    if (t.kind === 'elevator') continue;
    const count = t.kind === 'parking' ? stalls : footprintCopies(t, width, length);
    if (count > 0) out.push({ type: t.key, count });
  }
  return out;
}
