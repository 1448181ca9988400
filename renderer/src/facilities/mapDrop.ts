// The map side of dragging a catalog item onto the map (HTML5 drag and drop): while the item is over the canvas the
// placement tool gets the pointer (footprint, snapping, checks follow it), and the drop places the facility there.
// Dragging a catalog item selects the placement tool first (the catalog does that on dragstart).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { dropBridge, FACILITY_DRAG_TYPE } from './dropBridge';

/** Attaches the drag-over and drop handlers to the map's container; returns the detach. */
export function attachFacilityDrop(map: MapLibreMap): () => void {
  const el = map.getCanvasContainer();
  const at = (e: DragEvent) => {
    const box = el.getBoundingClientRect();
    const px: [number, number] = [e.clientX - box.left, e.clientY - box.top];
    const ll = map.unproject(px);
    return { px, lngLat: [ll.lng, ll.lat] as [number, number] };
  };
  const carriesFacility = (e: DragEvent): boolean => e.dataTransfer?.types.includes(FACILITY_DRAG_TYPE) ?? false;
  const over = (e: DragEvent) => {
    if (!carriesFacility(e)) return;
    e.preventDefault(); // allows the drop
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    const p = at(e);
    dropBridge.current?.hover(p.px, p.lngLat);
  };
  const drop = (e: DragEvent) => {
    if (!carriesFacility(e)) return;
    e.preventDefault();
    const p = at(e);
    dropBridge.current?.drop(p.px, p.lngLat);
  };
  const leave = (e: DragEvent) => {
    // dragleave also fires when moving between the container's children: only leaving the container counts.
    if (e.relatedTarget instanceof Node && el.contains(e.relatedTarget)) return;
    dropBridge.current?.leave();
  };
  el.addEventListener('dragover', over);
  el.addEventListener('drop', drop);
  el.addEventListener('dragleave', leave);
  return () => {
    el.removeEventListener('dragover', over);
    el.removeEventListener('drop', drop);
    el.removeEventListener('dragleave', leave);
  };
}
