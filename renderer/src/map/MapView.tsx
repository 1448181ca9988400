// The map: MapLibre with a plain local style (no network), the project's layers kept in step with the store,
// and the drawing/editing tools. Fills its parent; reads and writes the shared store only.
import 'maplibre-gl/dist/maplibre-gl.css';
import { App as AntApp } from 'antd';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { followContextLayers } from '../context/followContextLayers';
import { attachFacilityDrop } from '../facilities/mapDrop';
import { followAnnotationLayer } from '../review/followAnnotations';
import { followFacilityLayers } from './facilityLayers';
import { syncLayers } from './layerSync';
import { followLeftoverLayer } from './leftoverLayers';
import { registerMapMessages } from './messages';
import type { MapUi } from './overlapNotice';
import { baseStyle, LOCAL_IDEOGRAPH_FONT } from './style';
import { attachTools } from './toolController';

registerMapMessages();
maplibregl.setWorkerUrl(workerUrl);

/** Initial view: the demo district's area (27.4°N 106.2°E) until a project's features fit the view. */
const INITIAL_VIEW = { center: [106.2, 27.4] as [number, number], zoom: 14 };

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const { message, notification } = AntApp.useApp();
  // The tools outlive renders; they read the latest antd instances through this ref.
  const ui = useRef<MapUi>({ message, notification });
  ui.current = { message, notification };

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      ...INITIAL_VIEW,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const detach: (() => void)[] = [];
    map.once('load', () => {
      detach.push(
        syncLayers(map),
        followContextLayers(map),
        attachTools(map, () => ui.current),
        followLeftoverLayer(map),
        followFacilityLayers(map),
        attachFacilityDrop(map),
        followAnnotationLayer(map),
      );
    });
    return () => {
      for (const d of detach) d();
      if (window.__rz?.map === map) window.__rz = undefined;
      map.remove();
    };
  }, []);

  return <div ref={container} style={{ position: 'absolute', inset: 0 }} />;
}
