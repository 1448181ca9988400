// The placement tool's port onto the renderer: the picked catalog entry and the live result (placement store),
// the checks (placementDeps) and the mirrored facilities.
import type { PlacementPort } from '../map/tools/placeFacility';
import { useStore } from '../state/store';
import { placementDeps } from './placementDeps';
import { pickFacility, publishLive, usePlacement } from './placementStore';

export const placementPort = (): PlacementPort => ({
  pending: () => usePlacement.getState().pending,
  clearPending: () => pickFacility(null),
  publish: publishLive,
  deps: placementDeps,
  facilities: () => useStore.getState().facilities,
});
