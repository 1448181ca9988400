// HTML5 drag and drop from the catalog onto the map (issue 4 §3): the map's DOM drag events reach the active
// placement tool through this slot, which the tool fills while it is active. No DOM here: positions arrive as
// screen px and lon/lat, like the tool's own pointer events.

import type { Position } from '../../../shared/model/geometry';
import type { Px } from '../map/geo/snap';

export interface DropTarget {
  hover(px: Px, lngLat: Position): void;
  drop(px: Px, lngLat: Position): void;
  leave(): void;
}

export const dropBridge: { current: DropTarget | null } = { current: null };

/** The dataTransfer type a catalog item carries (its value is the facility type key). */
export const FACILITY_DRAG_TYPE = 'application/x-renozone-facility';
