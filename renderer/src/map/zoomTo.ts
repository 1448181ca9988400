// Moving the view: a table row's double-click zooms to its feature, 全图 (Home) to the whole project, 缩放至所选 (Z)
// to the selection. The map view publishes its MapLibre instance on window.__rz (layerSync.ts); without a map
// (tests without WebGL) these do nothing.
import type { Geometry } from 'geojson';
import { useStore } from '../state/store';
import { type Extent, extentOf, projectExtent, selectionExtent } from './extent';

function fitTo(box: Extent | null): void {
  const map = window.__rz?.map;
  if (!map || !box) return;
  map.fitBounds(box, { padding: 80, maxZoom: 18, duration: 400 });
}

export const zoomToGeometry = (geometry: Geometry): void => fitTo(extentOf([geometry]));
export const zoomToProject = (): void => fitTo(projectExtent(useStore.getState()));
export function zoomToSelection(): void {
  const s = useStore.getState();
  fitTo(selectionExtent(s, s.selection));
}
