// Style layers of pipelines, trees and conflict markers (spliced into style.ts: trees under the buildings,
// pipelines above them, markers above everything but the tools' overlay). Sources are named here as plain
// strings (style.ts's SOURCES holds the same names) so that this module does not import style.ts back.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CONFLICT_RULES, PIPE_TYPES } from '../../../shared/model/pipelines';
import {
  ACCEPTED_CONFLICT_COLOR,
  CONFLICT_COLORS,
  MAP_COLORS,
  PIPE_COLORS,
  PIPE_WIDTH_CLASSES,
  TREE_COLORS,
} from './palette';
import { TREE_REFERENCE_ZOOM } from './pipeFeatures';

const FONT = ['Noto Sans CJK SC'];
const nothing: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

const pipeColor = [
  'match',
  ['get', 'type'],
  ...PIPE_TYPES.flatMap((type) => [type, PIPE_COLORS[type]]),
  PIPE_COLORS.utility_trench,
] as unknown as ExpressionSpecification;

const classWidth = [
  'match',
  ['get', 'widthClass'],
  ...PIPE_WIDTH_CLASSES.flatMap((c, i) => [i, c.px]),
  2,
] as unknown as ExpressionSpecification;

/** New pipes are drawn 1.6× as thick as existing ones; thinner at district scale. */
const pipeWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  14,
  ['*', 0.5, classWidth, ['case', ['==', ['get', 'status'], 'new'], 1.6, 1]],
  18,
  ['*', classWidth, ['case', ['==', ['get', 'status'], 'new'], 1.6, 1]],
];

const conflictColor = [
  'match',
  ['get', 'rule'],
  ...CONFLICT_RULES.flatMap((rule) => [rule, CONFLICT_COLORS[rule]]),
  ACCEPTED_CONFLICT_COLOR,
] as unknown as ExpressionSpecification;

export const treeLayers: LayerSpecification[] = [
  {
    id: 'trees-crown',
    type: 'circle',
    source: 'trees',
    paint: {
      // Exponential base 2: the crown's pixel radius halves with each zoom level, as the metres per pixel double.
      'circle-radius': [
        'interpolate',
        ['exponential', 2],
        ['zoom'],
        12,
        ['max', 1, ['/', ['get', 'crownPx'], 2 ** (TREE_REFERENCE_ZOOM - 12)]],
        TREE_REFERENCE_ZOOM,
        ['get', 'crownPx'],
      ],
      'circle-color': TREE_COLORS.fill,
      'circle-opacity': 0.45,
      'circle-stroke-color': TREE_COLORS.outline,
      'circle-stroke-width': 0.8,
    },
  },
  {
    id: 'trees-selected',
    type: 'circle',
    source: 'trees',
    filter: nothing,
    paint: {
      'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 12, 3, TREE_REFERENCE_ZOOM, ['get', 'crownPx']],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': MAP_COLORS.selection,
      'circle-stroke-width': 2.5,
    },
  },
];

export const pipelineLayers: LayerSpecification[] = [
  {
    id: 'pipelines-line',
    type: 'line',
    source: 'pipelines',
    filter: ['!=', ['get', 'status'], 'abandon'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': pipeColor, 'line-width': pipeWidth },
  },
  {
    // Data-driven dash arrays are not available on every MapLibre line layer: abandoned pipes get their own layer.
    id: 'pipelines-abandon',
    type: 'line',
    source: 'pipelines',
    filter: ['==', ['get', 'status'], 'abandon'],
    paint: { 'line-color': pipeColor, 'line-width': pipeWidth, 'line-dasharray': [2, 1.5], 'line-opacity': 0.8 },
  },
  {
    id: 'pipelines-selected',
    type: 'line',
    source: 'pipelines',
    filter: nothing,
    paint: { 'line-color': MAP_COLORS.selection, 'line-width': 7, 'line-opacity': 0.45 },
  },
  {
    id: 'pipeline-labels',
    type: 'symbol',
    source: 'pipelines',
    minzoom: 17,
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'label'],
      'text-font': FONT,
      'text-size': 11,
      'text-offset': [0, -0.9],
    },
    paint: { 'text-color': pipeColor, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 2.5 }, // wide: parallel mains run right under the labels,
  },
];

export const conflictLayers: LayerSpecification[] = [
  {
    id: 'conflict-markers',
    type: 'circle',
    source: 'conflicts',
    paint: {
      'circle-radius': ['case', ['get', 'focused'], 10, 6],
      'circle-color': ['case', ['get', 'accepted'], 'rgba(0,0,0,0)', conflictColor],
      'circle-stroke-color': ['case', ['get', 'accepted'], ACCEPTED_CONFLICT_COLOR, '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'focused'], 3, 1.5],
    },
  },
];
