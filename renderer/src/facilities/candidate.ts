// Where a facility would go for a pointer position (issue 4 §3), as a pure function of its dependencies so the
// placement tool and its tests share it: the footprint follows the pointer and snaps into the leftover piece under
// it — centred on the piece's best rectangle and turned along it when the pointer is within SNAP_M of that centre;
// a parking lot then stretches to the rectangle, so the stall count is what the piece holds.

import { IN_NO_COMPOUND } from '../../../shared/analysis/facilities/check';
import { parkingStalls } from '../../../shared/analysis/leftover/fits';
import type { Polygon, Position } from '../../../shared/model/geometry';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import type { FacilityType } from '../../../shared/standards/facilities';
import type { PieceRef } from '../leftover/keys';
import { metresBetween, type RectSize, rectFootprint } from './shape';

/** How close (m) to a piece's rectangle centre the pointer must come for the footprint to snap there. */
export const SNAP_M = 6;

export interface CandidateDeps {
  epsg: number;
  pieceAt(p: Position): PieceRef | null;
  compoundAt(p: Position): string | null;
  /** Elevator retrofit: the building of the compound its footprint touches (within a metre). */
  buildingTouching(geometry: Polygon, compoundId: string | null): string | null;
  check(
    compoundId: string,
    f: { type: string; geometry: Polygon; building_id: string | null; height_m?: number },
  ): FacilityCheckItem[];
}

export interface CandidateSpec {
  type: FacilityType;
  /** The size to place: the catalog's for a new facility, the stored one for a moved facility. */
  size: RectSize;
  /** A moved facility's own height (its form can change it); a new one is checked at its type's. */
  height_m?: number;
}

export interface Candidate {
  typeKey: string;
  center: Position;
  rotation_deg: number;
  size: RectSize;
  geometry: Polygon;
  compoundId: string | null;
  buildingId: string | null;
  snappedTo: string | null;
  checks: FacilityCheckItem[];
  stalls: number | null;
}

/** Normalises an angle to (-180, 180]. */
export const normAngle = (deg: number): number => {
  const a = ((deg % 360) + 360) % 360;
  return a > 180 ? a - 360 : a;
};

/**
 * The candidate for `pointer`: turned `baseDeg + offsetDeg` (base: 0 for a new facility, the stored rotation for a
 * moved one; offset: the R / Shift+R turns of this drag), or `offsetDeg` from the piece's rectangle when snapped.
 */
export function candidateAt(
  deps: CandidateDeps,
  spec: CandidateSpec,
  pointer: Position,
  baseDeg: number,
  offsetDeg: number,
): Candidate {
  const { type } = spec;
  let center = pointer;
  let angle = baseDeg + offsetDeg;
  let size = spec.size;
  let snappedTo: string | null = null;
  const ref = deps.pieceAt(pointer);
  if (ref && metresBetween(pointer, ref.piece.rect.center, deps.epsg) <= SNAP_M) {
    const rect = ref.piece.rect;
    center = rect.center;
    angle = rect.angle_deg + offsetDeg;
    snappedTo = `${ref.compoundId}:${ref.index}`;
    if (type.kind === 'parking') {
      const fill = { width_m: rect.width_m, length_m: rect.length_m };
      if (parkingStalls(fill.width_m, fill.length_m) > 0) size = fill;
    }
  }
  angle = normAngle(angle);
  const geometry = rectFootprint(center, size, angle, deps.epsg);
  const compoundId = deps.compoundAt(center);
  const buildingId = type.kind === 'elevator' ? deps.buildingTouching(geometry, compoundId) : null;
  const checks = compoundId
    ? deps.check(compoundId, { type: type.key, geometry, building_id: buildingId, height_m: spec.height_m })
    : [IN_NO_COMPOUND];
  return {
    typeKey: type.key,
    center,
    rotation_deg: angle,
    size,
    geometry,
    compoundId,
    buildingId,
    snappedTo,
    checks,
    stalls: type.kind === 'parking' ? parkingStalls(size.width_m, size.length_m) : null,
  };
}
