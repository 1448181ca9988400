// The map style: a plain background and the project's layers, no network at all (no glyphs URL, no tiles).
// Labels are drawn from the local CJK font (MapView sets localIdeographFontFamily).
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '../state/types';
import {
  CONTEXT_SOURCES,
  contextLabelLayers,
  contextLayers,
  ROAD_LAYER_IDS,
  SITE_AREA_LAYER_IDS,
} from './contextLayers';
import { FACILITY_LAYER_IDS, FACILITY_SOURCES, facilityLayers, facilityTopLayers } from './facilityLayers';
import { LEFTOVER_LAYER_IDS, LEFTOVER_SOURCES, leftoverLabelLayers, leftoverLayers } from './leftoverLayers';
import { ELIGIBILITY_COLORS, FLOOR_CLASSES, MAP_COLORS, PACKAGE_COLORS } from './palette';
import { conflictLayers, pipelineLayers, treeLayers } from './pipeStyle';
import { ANNOTATION_LAYER_IDS, ANNOTATION_SOURCES, annotationLayers } from './reviewLayers';

export const SOURCES = {
  compounds: 'compounds',
  buildings: 'buildings',
  compoundLabels: 'compound-labels',
  buildingLabels: 'building-labels',
  packages: 'packages',
  packageLabels: 'package-labels',
  overlay: 'overlay',
  pipelines: 'pipelines',
  trees: 'trees',
  conflicts: 'conflicts',
} as const;
export const LABEL_FONT = ['Noto Sans CJK SC'];
export const LOCAL_IDEOGRAPH_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif";

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

const eligibilityColor: ExpressionSpecification = [
  'match',
  ['get', 'state'],
  ...Object.entries(ELIGIBILITY_COLORS).flat(),
  ELIGIBILITY_COLORS.unknownYear,
] as unknown as ExpressionSpecification;

const floorColor: ExpressionSpecification = [
  'match',
  ['get', 'floorClass'],
  ...FLOOR_CLASSES.flatMap((c, i) => [i, c.color]),
  FLOOR_CLASSES[0]?.color ?? '#ccc',
] as unknown as ExpressionSpecification;

const packageColor: ExpressionSpecification = [
  'match',
  ['get', 'color'],
  ...PACKAGE_COLORS.flatMap((c, i) => [i, c]),
  PACKAGE_COLORS[0] ?? '#e41a1c',
] as unknown as ExpressionSpecification;

const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
const nothing: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

const layers: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
  // Packages sit under the compounds: a light wash of the package colour around and between its compounds.
  {
    id: 'packages-fill',
    type: 'fill',
    source: SOURCES.packages,
    paint: { 'fill-color': packageColor, 'fill-opacity': 0.18 },
  },
  {
    id: 'compounds-fill',
    type: 'fill',
    source: SOURCES.compounds,
    paint: { 'fill-color': eligibilityColor, 'fill-opacity': 0.45 },
  },
  {
    id: 'compounds-outline',
    type: 'line',
    source: SOURCES.compounds,
    paint: { 'line-color': MAP_COLORS.compoundOutline, 'line-width': 1.2 },
  },
  ...contextLayers,
  ...treeLayers,
  ...leftoverLayers,
  {
    id: 'buildings-fill',
    type: 'fill',
    source: SOURCES.buildings,
    paint: { 'fill-color': floorColor, 'fill-opacity': 0.9 },
  },
  {
    id: 'buildings-outline',
    type: 'line',
    source: SOURCES.buildings,
    paint: { 'line-color': MAP_COLORS.buildingOutline, 'line-width': 0.6 },
  },
  {
    id: 'packages-outline',
    type: 'line',
    source: SOURCES.packages,
    paint: {
      'line-color': packageColor,
      'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 16, 3],
    },
  },
  {
    id: 'packages-active',
    type: 'line',
    source: SOURCES.packages,
    filter: nothing,
    paint: { 'line-color': MAP_COLORS.activePackage, 'line-width': 4.5, 'line-opacity': 0.9 },
  },
  {
    id: 'compounds-active-package',
    type: 'line',
    source: SOURCES.compounds,
    filter: nothing,
    paint: { 'line-color': MAP_COLORS.activePackage, 'line-width': 2.2 },
  },
  {
    id: 'compounds-selected',
    type: 'line',
    source: SOURCES.compounds,
    filter: nothing,
    paint: { 'line-color': MAP_COLORS.selection, 'line-width': 3 },
  },
  {
    id: 'buildings-selected',
    type: 'line',
    source: SOURCES.buildings,
    filter: nothing,
    paint: { 'line-color': MAP_COLORS.selection, 'line-width': 2.5 },
  },
  ...facilityLayers,
  ...pipelineLayers,
  ...contextLabelLayers,
  {
    id: 'building-labels',
    type: 'symbol',
    source: SOURCES.buildingLabels,
    minzoom: 17,
    layout: { 'text-field': ['get', 'label'], 'text-font': LABEL_FONT, 'text-size': 11 },
    paint: { 'text-color': MAP_COLORS.buildingLabel, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1 },
  },
  {
    id: 'compound-labels',
    type: 'symbol',
    source: SOURCES.compoundLabels,
    minzoom: 13,
    layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 14 },
    paint: { 'text-color': MAP_COLORS.compoundLabel, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
  },
  {
    // Package names at district scale; at street scale the compound names take over.
    id: 'package-labels',
    type: 'symbol',
    source: SOURCES.packageLabels,
    maxzoom: 16,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 12, 13, 15, 17],
      'text-max-width': 12,
    },
    paint: { 'text-color': MAP_COLORS.packageLabel, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 2.5 },
  },
  ...conflictLayers,
  ...leftoverLabelLayers,
  ...facilityTopLayers,
  ...annotationLayers,
  {
    id: 'overlay-preview-fill',
    type: 'fill',
    source: SOURCES.overlay,
    filter: ['all', role('preview'), ['==', ['geometry-type'], 'Polygon']],
    paint: { 'fill-color': MAP_COLORS.selection, 'fill-opacity': 0.15 },
  },
  {
    id: 'overlay-sketch-fill',
    type: 'fill',
    source: SOURCES.overlay,
    filter: ['all', ['any', role('sketch'), role('box')], ['==', ['geometry-type'], 'Polygon']],
    paint: { 'fill-color': MAP_COLORS.sketch, 'fill-opacity': 0.12 },
  },
  {
    id: 'overlay-lines',
    type: 'line',
    source: SOURCES.overlay,
    filter: ['any', role('sketch'), role('preview'), role('box')],
    paint: { 'line-color': MAP_COLORS.sketch, 'line-width': 2, 'line-dasharray': [2, 1] },
  },
  {
    id: 'overlay-handles',
    type: 'circle',
    source: SOURCES.overlay,
    // A dragged tree's preview is a point: drawn as a handle.
    filter: ['any', role('handle'), ['all', role('preview'), ['==', ['geometry-type'], 'Point']]],
    paint: {
      'circle-radius': ['case', ['==', ['get', 'kind'], 'midpoint'], 3.5, 5],
      'circle-color': ['case', ['==', ['get', 'kind'], 'midpoint'], MAP_COLORS.selection, MAP_COLORS.handle],
      'circle-stroke-color': MAP_COLORS.selection,
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'overlay-snap',
    type: 'circle',
    source: SOURCES.overlay,
    filter: role('snap'),
    paint: {
      'circle-radius': 7,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': MAP_COLORS.snap,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'overlay-label',
    type: 'symbol',
    source: SOURCES.overlay,
    filter: role('label'),
    layout: {
      'text-field': ['get', 'text'],
      'text-font': LABEL_FONT,
      'text-size': 14,
      'text-offset': [0, -1.4],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': MAP_COLORS.measure, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 2 },
  },
];

export function baseStyle(): StyleSpecification {
  const source = { type: 'geojson' as const, data: emptyCollection, promoteId: 'id' };
  return {
    version: 8,
    sources: {
      [SOURCES.compounds]: source,
      [SOURCES.buildings]: source,
      [SOURCES.compoundLabels]: source,
      [SOURCES.buildingLabels]: source,
      [SOURCES.packages]: source,
      [SOURCES.packageLabels]: source,
      [SOURCES.pipelines]: source,
      [SOURCES.trees]: source,
      [SOURCES.conflicts]: source,
      ...Object.fromEntries(Object.values(CONTEXT_SOURCES).map((id) => [id, source])),
      ...Object.fromEntries(
        [
          ...Object.values(LEFTOVER_SOURCES),
          ...Object.values(FACILITY_SOURCES),
          ...Object.values(ANNOTATION_SOURCES),
        ].map((id) => [id, source]),
      ),
      [SOURCES.overlay]: { type: 'geojson', data: emptyCollection },
    },
    layers,
  };
}

/** The style layers each store.layers switch shows or hides. */
export const LAYER_GROUPS: Record<LayerId, string[]> = {
  compounds: ['compounds-fill', 'compounds-outline', 'compounds-selected'],
  buildings: ['buildings-fill', 'buildings-outline', 'buildings-selected'],
  labels: ['compound-labels', 'building-labels'],
  packages: ['packages-fill', 'packages-outline', 'packages-active', 'compounds-active-package', 'package-labels'],
  pipelines: ['pipelines-line', 'pipelines-abandon', 'pipelines-selected', 'pipeline-labels'],
  trees: ['trees-crown', 'trees-selected'],
  roads: ROAD_LAYER_IDS,
  site_areas: SITE_AREA_LAYER_IDS,
  facilities: FACILITY_LAYER_IDS,
  leftover: LEFTOVER_LAYER_IDS,
  annotations: ANNOTATION_LAYER_IDS,
};

/** Filter for the selection layers: the features whose id is in `ids`. */
export const selectionFilter = (ids: string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', ids]];
