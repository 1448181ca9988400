// The placement tool's dependencies wired to the live store: leftover pieces for snapping, the compound under a
// point, and the engine's facility check with its context prepared once per compound and store revision (not per
// pointer move: preparing indexes the compound's buildings, lanes and areas; checking then stays under 16 ms).
import { checkFacility, type FacilityContext, prepareFacilityContext } from '../../../shared/analysis/facilities/check';
import type { SiteInput } from '../../../shared/analysis/leftover';
import type { Position } from '../../../shared/model/geometry';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { leftoverPieceAt } from '../leftover/leftoverStore';
import { siteInputCache } from '../leftover/siteInput';
import { pointInPolygon } from '../map/geo/hitTest';
import { useStore } from '../state/store';
import type { CandidateDeps } from './candidate';
import { nearestBuilding } from './nearestBuilding';

const inputOf = siteInputCache();

/** The compound containing `p` (compounds do not overlap; the first found wins). */
export function compoundAtPoint(p: Position): string | null {
  for (const c of Object.values(useStore.getState().compounds)) if (pointInPolygon(p, c.geometry)) return c.id;
  return null;
}

/**
 * Dependencies for placing or moving; `movingId` is the facility being moved, left out of the input so that it does
 * not collide with itself.
 */
export function placementDeps(movingId: string | null = null): CandidateDeps {
  let cached: { input: SiteInput; compoundId: string; ctx: FacilityContext } | null = null;
  let filtered: { base: SiteInput; input: SiteInput } | null = null;
  const input = (): SiteInput => {
    const base = inputOf(useStore.getState());
    if (!movingId) return base;
    if (filtered?.base !== base)
      filtered = { base, input: { ...base, facilities: base.facilities.filter((f) => f.id !== movingId) } };
    return filtered.input;
  };
  return {
    epsg: (useStore.getState().project?.settings ?? DEFAULT_SETTINGS).metric_epsg,
    pieceAt: leftoverPieceAt,
    compoundAt: compoundAtPoint,
    buildingTouching(geometry, compoundId) {
      const s = useStore.getState();
      const buildings = Object.values(s.buildings).filter((b) => b.compound_id === compoundId);
      return nearestBuilding(geometry, buildings, (s.project?.settings ?? DEFAULT_SETTINGS).metric_epsg);
    },
    check(compoundId, f) {
      const now = input();
      if (!cached || cached.input !== now || cached.compoundId !== compoundId)
        cached = { input: now, compoundId, ctx: prepareFacilityContext(now, compoundId) };
      return checkFacility(cached.ctx, f);
    },
  };
}
