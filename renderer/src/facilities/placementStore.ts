// View state of facility placement (issue 4 §3): the catalog entry picked (dragged or clicked) and the live result
// of the candidate under the pointer — footprint, checks, parking stalls — which the check panel lists and the
// map draws. Transient: nothing here is saved or undoable; a placement becomes a change only when dropped.
import { create } from 'zustand';
import type { Polygon } from '../../../shared/model/geometry';
import type { FacilityCheckItem } from '../../../shared/model/leftover';

export interface LiveCheck {
  typeKey: string;
  geometry: Polygon;
  compoundId: string | null;
  checks: FacilityCheckItem[];
  /** Parking: stalls in the footprint; null for other facilities. */
  stalls: number | null;
  /** The leftover piece the candidate snapped into ("<compound id>:<index>"), if any. */
  snappedTo: string | null;
  /** Milliseconds the check took on this move. */
  ms: number;
}

export interface PlacementState {
  /** Catalog key picked for placing; null when moving existing facilities (or idle). */
  pending: string | null;
  live: LiveCheck | null;
  /** The last placed or moved facility's checks stay listed after the drop until something else moves. */
  settled: boolean;
}

export const usePlacement = create<PlacementState>(() => ({ pending: null, live: null, settled: false }));

export const pickFacility = (key: string | null): void => usePlacement.setState({ pending: key });
export const publishLive = (live: LiveCheck | null, settled = false): void => usePlacement.setState({ live, settled });
