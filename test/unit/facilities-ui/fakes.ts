// Fakes for the placement tests: a leftover piece whose best rectangle is given in fake-screen px, and candidate
// dependencies over plain data (no store): the compound is a rectangle, the check reports a fixed finding list.

import type { CandidateDeps } from '../../../renderer/src/facilities/candidate';
import type { PieceRef } from '../../../renderer/src/leftover/keys';
import { pointInPolygon } from '../../../renderer/src/map/geo/hitTest';
import type { Polygon, Position } from '../../../shared/model/geometry';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { at, rectPx } from '../map/fakeHost';

export const EPSG = DEFAULT_SETTINGS.metric_epsg;

/** A piece covering px (x0,y0)–(x1,y1) whose best rectangle is the same box (1 px ≈ 1.1 m east, 1.1 m north). */
export function piece(compoundId: string, x0: number, y0: number, x1: number, y1: number, angle = 90): PieceRef {
  const geometry = rectPx(x0, y0, x1, y1);
  return {
    compoundId,
    index: 0,
    piece: {
      area_m2: 1000,
      min_width_m: 20,
      fits: [{ type: 'parking', count: 30 }],
      geometry,
      rect: {
        center: at((x0 + x1) / 2, (y0 + y1) / 2),
        width_m: 22,
        length_m: 44,
        angle_deg: angle,
        polygon: geometry,
      },
    },
  };
}

export interface FakeDeps extends CandidateDeps {
  checked: { compoundId: string; type: string; geometry: Polygon; building_id: string | null; height_m?: number }[];
}

export function fakeDeps(
  compound: { id: string; geometry: Polygon },
  pieces: PieceRef[] = [],
  findings: FacilityCheckItem[] = [],
): FakeDeps {
  const deps: FakeDeps = {
    epsg: EPSG,
    checked: [],
    pieceAt: (p: Position) => pieces.find((r) => pointInPolygon(p, r.piece.geometry)) ?? null,
    compoundAt: (p: Position) => (pointInPolygon(p, compound.geometry) ? compound.id : null),
    buildingTouching: () => null,
    check(compoundId, f) {
      deps.checked.push({ compoundId, ...f });
      return findings;
    },
  };
  return deps;
}

export const tooClose: FacilityCheckItem = {
  rule: 'fire_separation',
  ok: false,
  otherId: 'b1',
  actual_m: 6,
  required_m: 9,
  line: [at(10, 10), at(16, 10)],
};
