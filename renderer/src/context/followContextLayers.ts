// Keeps the site-context sources (roads, site areas) in step with the store: a full setData when a project loads,
// per-row updates from each confirmed change (as layerSync.ts does for the other layers), and the selection outline.
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { contextDiffForChange, roadCollection, siteAreaCollection } from '../map/contextFeatures';
import { addHatchImages, CONTEXT_SOURCES } from '../map/contextLayers';
import type { SourceDiff } from '../map/diff';
import { useStore } from '../state/store';
import type { AppState } from '../state/types';

const source = (map: MapLibreMap, id: string) => map.getSource<GeoJSONSource>(id);

function applyDiff(map: MapLibreMap, id: string, diff: SourceDiff): void {
  if (diff.add.length + diff.remove.length > 0) void source(map, id)?.updateData(diff);
}

function applySelection(map: MapLibreMap, selection: AppState['selection']): void {
  const ids = (table: string) => [
    'in',
    ['get', 'id'],
    ['literal', selection.filter((r) => r.table === table).map((r) => r.id)],
  ];
  map.setFilter('roads-selected', ids('roads') as ExpressionSpecification);
  map.setFilter('site-areas-selected', ids('site_areas') as ExpressionSpecification);
}

function fullLoad(map: MapLibreMap, s: AppState): void {
  void source(map, CONTEXT_SOURCES.roads)?.setData(roadCollection(s.roads));
  void source(map, CONTEXT_SOURCES.siteAreas)?.setData(siteAreaCollection(s.site_areas));
}

/** Starts following the store (call once the style has loaded); returns the unsubscribe. */
export function followContextLayers(map: MapLibreMap): () => void {
  addHatchImages(map);
  const initial = useStore.getState();
  fullLoad(map, initial);
  applySelection(map, initial.selection);
  return useStore.subscribe((s, prev) => {
    if (s.revision !== prev.revision) {
      if (s.lastChange && s.lastChange !== prev.lastChange && s.project?.path === prev.project?.path) {
        const diff = contextDiffForChange(s.lastChange);
        applyDiff(map, CONTEXT_SOURCES.roads, diff.roads);
        applyDiff(map, CONTEXT_SOURCES.siteAreas, diff.site_areas);
      } else fullLoad(map, s);
    }
    if (s.selection !== prev.selection) applySelection(map, s.selection);
  });
}
