// Style layers of the site context (roads and fire lanes, site areas); context/followContextLayers.ts keeps their
// two sources in step with the store. Roads are drawn at their true width (see contextFeatures.ts); fire lanes get red dashed edges
// and a "消防车道" label; operating areas an orange hatch; structures marked for demolition a red cross-hatch and a
// dashed outline. The hatch images are drawn here in code: the map loads nothing from the network.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { HATCH_IMAGES, ROAD_COLORS, SITE_AREA_COLORS } from '../context/palette';

export const CONTEXT_SOURCES = { roads: 'roads', siteAreas: 'site-areas' } as const;
const FONT = ['Noto Sans CJK SC'];
const SELECTION = '#1677ff';
const nothing: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];
const isFireLane: ExpressionSpecification = ['==', ['get', 'kind'], 'fire_lane'];
/** The first stop: below it the width is held (a road is a hairline there anyway). */
const FROM_ZOOM = 10;
const REFERENCE_ZOOM = 22;

/** widthPx × factor at zoom 22, halving per zoom level below (exponential base 2), plus `extraPx`. */
const trueWidth = (factor = 1, extraPx = 0): ExpressionSpecification => [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  FROM_ZOOM,
  ['+', extraPx, ['*', factor / 2 ** (REFERENCE_ZOOM - FROM_ZOOM), ['get', 'widthPx']]],
  REFERENCE_ZOOM,
  ['+', extraPx, ['*', factor, ['get', 'widthPx']]],
];

const areaColor = (part: 'fill' | 'outline'): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    ...Object.entries(SITE_AREA_COLORS).flatMap(([kind, c]) => [kind, c[part]]),
    '#bfbfbf',
  ] as unknown as ExpressionSpecification;

/** Under the trees and buildings, above the compound fills. */
export const contextLayers: LayerSpecification[] = [
  {
    id: 'site-areas-fill',
    type: 'fill',
    source: CONTEXT_SOURCES.siteAreas,
    paint: { 'fill-color': areaColor('fill'), 'fill-opacity': 0.7 },
  },
  {
    id: 'site-areas-hatch',
    type: 'fill',
    source: CONTEXT_SOURCES.siteAreas,
    filter: ['any', ['==', ['get', 'kind'], 'operating_area'], ['get', 'demolish']],
    paint: {
      'fill-pattern': ['case', ['get', 'demolish'], HATCH_IMAGES.demolish.id, HATCH_IMAGES.operating.id],
    },
  },
  {
    id: 'site-areas-outline',
    type: 'line',
    source: CONTEXT_SOURCES.siteAreas,
    filter: ['!', ['get', 'demolish']],
    paint: { 'line-color': areaColor('outline'), 'line-width': 1.5 },
  },
  {
    // Data-driven dash arrays are not available on every line layer: the dashed outline is a layer of its own.
    id: 'site-areas-demolish',
    type: 'line',
    source: CONTEXT_SOURCES.siteAreas,
    filter: ['get', 'demolish'],
    paint: { 'line-color': SITE_AREA_COLORS.illegal_structure.outline, 'line-width': 2, 'line-dasharray': [3, 2] },
  },
  {
    id: 'roads-body',
    type: 'line',
    source: CONTEXT_SOURCES.roads,
    layout: { 'line-join': 'round', 'line-cap': 'butt' },
    paint: {
      'line-color': ['case', isFireLane, ROAD_COLORS.fireLane, ROAD_COLORS.road],
      'line-width': trueWidth(),
      'line-opacity': 0.9,
    },
  },
  ...([1, -1] as const).map(
    (side): LayerSpecification => ({
      id: side > 0 ? 'roads-fire-edge-right' : 'roads-fire-edge-left',
      type: 'line',
      source: CONTEXT_SOURCES.roads,
      filter: isFireLane,
      paint: {
        'line-color': ROAD_COLORS.fireLaneEdge,
        // Thin at district scale, where the two edges of a 4 m lane fall on the same pixels.
        'line-width': ['interpolate', ['linear'], ['zoom'], 13, 0.5, 16, 1.5],
        'line-dasharray': [4, 3],
        'line-offset': trueWidth(side / 2),
      },
    }),
  ),
  {
    id: 'site-areas-selected',
    type: 'line',
    source: CONTEXT_SOURCES.siteAreas,
    filter: nothing,
    paint: { 'line-color': SELECTION, 'line-width': 3 },
  },
  {
    id: 'roads-selected',
    type: 'line',
    source: CONTEXT_SOURCES.roads,
    filter: nothing,
    paint: { 'line-color': SELECTION, 'line-width': trueWidth(1, 4), 'line-opacity': 0.45 },
  },
];

/** Labels, above the buildings with the other labels. */
export const contextLabelLayers: LayerSpecification[] = [
  {
    id: 'roads-labels',
    type: 'symbol',
    source: CONTEXT_SOURCES.roads,
    minzoom: 16,
    layout: { 'symbol-placement': 'line', 'text-field': ['get', 'label'], 'text-font': FONT, 'text-size': 12 },
    paint: {
      'text-color': ['case', isFireLane, ROAD_COLORS.fireLabel, ROAD_COLORS.label],
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.5,
    },
  },
  {
    id: 'site-areas-labels',
    type: 'symbol',
    source: CONTEXT_SOURCES.siteAreas,
    minzoom: 17,
    layout: { 'text-field': ['get', 'label'], 'text-font': FONT, 'text-size': 11 },
    paint: { 'text-color': areaColor('outline'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  },
];

export const ROAD_LAYER_IDS = [
  'roads-body',
  'roads-fire-edge-left',
  'roads-fire-edge-right',
  'roads-selected',
  'roads-labels',
];
export const SITE_AREA_LAYER_IDS = [
  'site-areas-fill',
  'site-areas-hatch',
  'site-areas-outline',
  'site-areas-demolish',
  'site-areas-selected',
  'site-areas-labels',
];

/** A 12 px tile of diagonal strokes (and the other diagonal for `cross`), RGBA. */
export function hatchImage(color: readonly [number, number, number], cross: boolean) {
  const size = 12;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 1.5 || (cross && (x - y + size) % size < 1.5);
      const i = (y * size + x) * 4;
      data.set(on ? [color[0], color[1], color[2], 210] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}

export function addHatchImages(map: MapLibreMap): void {
  for (const h of Object.values(HATCH_IMAGES))
    if (!map.hasImage(h.id)) map.addImage(h.id, hatchImage(h.color, h.cross), { pixelRatio: 2 });
}
