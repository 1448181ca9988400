// The only bridge from the tools to MapLibre (Terra Draw's adapter): projection, cursor and the overlay source.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from '../../../shared/model/geometry';
import { overlayFeatures } from './overlay';
import { SOURCES } from './style';
import type { MapAdapter } from './tools/types';

export function createMapAdapter(map: MapLibreMap): MapAdapter {
  return {
    project(p: Position) {
      const pt = map.project([p[0], p[1]]);
      return [pt.x, pt.y];
    },
    unproject(px) {
      const ll = map.unproject([px[0], px[1]]);
      return [ll.lng, ll.lat];
    },
    setCursor(cursor) {
      map.getCanvas().style.cursor = cursor;
    },
    render(overlay) {
      void map
        .getSource<GeoJSONSource>(SOURCES.overlay)
        ?.setData({ type: 'FeatureCollection', features: overlayFeatures(overlay) });
    },
  };
}
