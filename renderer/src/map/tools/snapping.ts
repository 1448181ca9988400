// The pointer position a drawing or dragging tool should use: snapped when snapping is on and something is in reach.
import type { Position } from '../../../../shared/model/geometry';
import { snapPoint } from '../geo/snap';
import { SNAP_TOLERANCE_PX, type ToolHost, type ToolPointer } from './types';

export interface SnappedPointer {
  pos: Position;
  /** The snap target, shown as a marker; null when the raw pointer is used. */
  snap: Position | null;
}

export function snappedPointer(host: ToolHost, e: ToolPointer, exclude?: ReadonlySet<string>): SnappedPointer {
  if (!host.snapping()) return { pos: e.lngLat, snap: null };
  const hit = snapPoint(e.px, host.snapIndex(), host.map, SNAP_TOLERANCE_PX, exclude);
  return hit ? { pos: hit.lngLat, snap: hit.lngLat } : { pos: e.lngLat, snap: null };
}
