// Keeps the normal map's review marks (kept pen strokes, pinned opinions) in step with the row store. Apart from
// map/reviewLayers.ts so the layer builders stay free of the store (and testable in Node).
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { ANNOTATION_SOURCES, annotationCollection, pinCollection } from '../map/reviewLayers';
import { useStore } from '../state/store';
import type { AppState } from '../state/types';

const departmentsOf = (s: AppState) => s.project?.settings.review_departments ?? DEFAULT_SETTINGS.review_departments;

function draw(map: MapLibreMap, s: AppState): void {
  void map
    .getSource<GeoJSONSource>(ANNOTATION_SOURCES.lines)
    ?.setData(annotationCollection(Object.values(s.annotations)));
  void map
    .getSource<GeoJSONSource>(ANNOTATION_SOURCES.pins)
    ?.setData(pinCollection(s.review_opinions, departmentsOf(s)));
}

/** Keeps the normal map's annotation and pin sources in step with the store; returns the stop. */
export function followAnnotationLayer(map: MapLibreMap): () => void {
  draw(map, useStore.getState());
  return useStore.subscribe((s, prev) => {
    if (s.annotations !== prev.annotations || s.review_opinions !== prev.review_opinions || s.project !== prev.project)
      draw(map, s);
  });
}
