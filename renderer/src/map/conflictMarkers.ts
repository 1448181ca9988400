// Conflict markers follow the conflict store (renderer/src/pipelines/conflictStore.ts): redrawn whole when the
// check result, the focus, the show-accepted switch or the project's conflict reviews change (a check reports hundreds, not thousands, of
// conflicts). Clicking a marker focuses that conflict, which the conflict list scrolls to.
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { type ConflictState, useConflicts } from '../pipelines/conflictStore';
import { useStore } from '../state/store';
import { conflictCollection } from './pipeFeatures';
import { SOURCES } from './style';

function draw(map: MapLibreMap, s: ConflictState): void {
  const data = conflictCollection({
    conflicts: s.result?.conflicts ?? [],
    focusedKey: s.focusedKey,
    showAccepted: s.showAccepted,
    reviews: useStore.getState().conflict_reviews,
  });
  void map.getSource<GeoJSONSource>(SOURCES.conflicts)?.setData(data);
}

/** Starts drawing the markers and listening for clicks on them; returns the stop. */
export function followConflicts(map: MapLibreMap): () => void {
  draw(map, useConflicts.getState());
  const unsubscribe = useConflicts.subscribe((s, prev) => {
    if (s.result !== prev.result || s.focusedKey !== prev.focusedKey || s.showAccepted !== prev.showAccepted)
      draw(map, s);
  });
  // Accepting a conflict writes a conflict_reviews row: the marker turns hollow (or hides) without a re-check.
  const stopReviews = useStore.subscribe((s, prev) => {
    if (s.conflict_reviews !== prev.conflict_reviews) draw(map, useConflicts.getState());
  });
  const onClick = (e: MapLayerMouseEvent): void => {
    const key = e.features?.[0]?.properties?.id;
    if (typeof key === 'string') useConflicts.setState({ focusedKey: key });
  };
  map.on('click', 'conflict-markers', onClick);
  return () => {
    unsubscribe();
    stopReviews();
    map.off('click', 'conflict-markers', onClick);
  };
}
