// The leftover-land layer (存量土地, issue 4 §2): hatched translucent pieces with an outline and a label
// "面积 m² · 最小宽 m", above the compounds and under the buildings. Its data follows the leftover store (redrawn
// whole: a district has hundreds of pieces, not thousands); the focused piece (clicked in the panel) is outlined.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LEFTOVER_COLOR } from '../../../shared/style/site-colors';
import { leftoverCollections } from '../leftover/features';
import { followLeftoverUpdates, type LeftoverState, useLeftover } from '../leftover/leftoverStore';
import { pickedLine, rowLabels } from './layerParts';

export const LEFTOVER_SOURCES = { pieces: 'leftover-pieces', labels: 'leftover-labels' } as const;
const HATCH_IMAGE = 'leftover-hatch';
const COLOR = LEFTOVER_COLOR;

export const leftoverLayers: LayerSpecification[] = [
  {
    id: 'leftover-fill',
    type: 'fill',
    source: LEFTOVER_SOURCES.pieces,
    paint: { 'fill-color': COLOR, 'fill-opacity': 0.18 },
  },
  {
    id: 'leftover-hatch',
    type: 'fill',
    source: LEFTOVER_SOURCES.pieces,
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7 },
  },
  {
    id: 'leftover-outline',
    type: 'line',
    source: LEFTOVER_SOURCES.pieces,
    paint: { 'line-color': COLOR, 'line-width': 1.4, 'line-dasharray': [3, 1.5] },
  },
  pickedLine('leftover-focused', LEFTOVER_SOURCES.pieces, '#f08c00', 3.5),
];

/** Labels sit with the other labels, above the buildings. */
export const leftoverLabelLayers: LayerSpecification[] = [
  rowLabels('leftover-labels', LEFTOVER_SOURCES.labels, '#1b5e20', 14),
];

export const LEFTOVER_LAYER_IDS = [...leftoverLayers, ...leftoverLabelLayers].map((l) => l.id);

/** An 8 × 8 px diagonal hatch (RGBA), drawn once into the map's image sprite. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if ((x + y) % size !== 0 && (x + y + 1) % size !== 0) continue;
      const i = (y * size + x) * 4;
      data.set([47, 158, 68, 200], i);
    }
  return { width: size, height: size, data };
}

function draw(map: MapLibreMap, s: LeftoverState): void {
  const { pieces, labels } = leftoverCollections(s.result ?? []);
  void map.getSource<GeoJSONSource>(LEFTOVER_SOURCES.pieces)?.setData(pieces);
  void map.getSource<GeoJSONSource>(LEFTOVER_SOURCES.labels)?.setData(labels);
}

/** Starts computing and drawing leftover land; returns the stop. */
export function followLeftoverLayer(map: MapLibreMap): () => void {
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
  const stopUpdates = followLeftoverUpdates();
  draw(map, useLeftover.getState());
  const stop = useLeftover.subscribe((s, prev) => {
    if (s.result !== prev.result) draw(map, s);
    if (s.focused !== prev.focused)
      map.setFilter('leftover-focused', ['in', ['get', 'id'], ['literal', s.focused ? [s.focused] : []]]);
  });
  return () => {
    stop();
    stopUpdates();
  };
}
