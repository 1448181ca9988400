// Double-clicking a table row zooms the map to it. The map view publishes its MapLibre instance on window.__rz
// (renderer/src/map/layerSync.ts); without a map (tests without WebGL) this does nothing.
import { bbox } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

export function zoomToGeometry(geometry: Polygon | MultiPolygon): void {
  const map = window.__rz?.map;
  if (!map) return;
  const [w, s, e, n] = bbox(geometry);
  map.fitBounds([w, s, e, n], { padding: 80, maxZoom: 18, duration: 400 });
}
