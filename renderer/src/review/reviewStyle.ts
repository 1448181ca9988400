// The high-contrast map of review mode, read on a 1080p projector from the back of a meeting room: a dark (or white)
// background, thick outlines, the presented package's compounds bright and named in 24 px type, the rest dimmed.
// Paint values depend on the theme and are re-applied with setPaintProperty when the presenter switches it.
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { reviewMarkLayers } from '../map/reviewLayers';
import type { ReviewLayer, ReviewTheme } from './reviewState';

export const RV = {
  compounds: 'rv-compounds',
  buildings: 'rv-buildings',
  labels: 'rv-labels',
  pkg: 'rv-package',
  pipelines: 'rv-pipelines',
  facilities: 'rv-facilities',
  annotations: 'rv-annotations',
  pins: 'rv-pins',
  strokes: 'rv-strokes',
} as const;

const FONT = ['Noto Sans CJK SC'];
/** Compound names of the presented package (≥ 20 px for the room); the others stay small and grey. */
export const MEMBER_LABEL_PX = 24;
export const OTHER_LABEL_PX = 15;

const member = (yes: unknown, no: unknown): ExpressionSpecification =>
  ['case', ['get', 'member'], yes, no] as unknown as ExpressionSpecification;

interface Palette {
  background: string;
  otherFill: string;
  otherOutline: string;
  memberFill: string;
  memberOutline: string;
  packageOutline: string;
  memberBuilding: string;
  otherBuilding: string;
  buildingOutline: string;
  memberLabel: string;
  otherLabel: string;
  halo: string;
  pipe: string;
  facilityFill: string;
  facilityOutline: string;
}

export const PALETTES: Record<ReviewTheme, Palette> = {
  dark: {
    background: '#0b0f14',
    otherFill: '#1c2128',
    otherOutline: '#4a525c',
    memberFill: '#1f4e79',
    memberOutline: '#ffffff',
    packageOutline: '#ffd43b',
    memberBuilding: '#e9ecef',
    otherBuilding: '#343a40',
    buildingOutline: '#0b0f14',
    memberLabel: '#ffffff',
    otherLabel: '#8a939e',
    halo: '#000000',
    pipe: '#4dabf7',
    facilityFill: '#ff922b',
    facilityOutline: '#ffffff',
  },
  light: {
    background: '#ffffff',
    otherFill: '#f1f3f5',
    otherOutline: '#adb5bd',
    memberFill: '#cfe2ff',
    memberOutline: '#000000',
    packageOutline: '#d9480f',
    memberBuilding: '#343a40',
    otherBuilding: '#ced4da',
    buildingOutline: '#ffffff',
    memberLabel: '#000000',
    otherLabel: '#6c757d',
    halo: '#ffffff',
    pipe: '#1864ab',
    facilityFill: '#f76707',
    facilityOutline: '#000000',
  },
};

/** Theme-dependent paint of every layer: the style is built from it and a theme switch re-applies it. */
export function themePaint(theme: ReviewTheme): Record<string, Record<string, unknown>> {
  const p = PALETTES[theme];
  return {
    'rv-background': { 'background-color': p.background },
    'rv-compounds-fill': {
      'fill-color': member(p.memberFill, p.otherFill),
      'fill-opacity': member(0.85, 0.7),
    },
    'rv-compounds-outline': {
      'line-color': member(p.memberOutline, p.otherOutline),
      'line-width': member(3.5, 1.2),
    },
    'rv-buildings-fill': { 'fill-color': member(p.memberBuilding, p.otherBuilding) },
    'rv-buildings-outline': { 'line-color': p.buildingOutline },
    'rv-package-outline': { 'line-color': p.packageOutline },
    'rv-pipelines': { 'line-color': p.pipe },
    'rv-facilities-fill': { 'fill-color': p.facilityFill },
    'rv-facilities-outline': { 'line-color': p.facilityOutline },
    'rv-labels': {
      'text-color': member(p.memberLabel, p.otherLabel),
      'text-halo-color': p.halo,
    },
    'rv-review-pin-numbers': { 'text-halo-color': p.halo },
  };
}

function layers(theme: ReviewTheme): LayerSpecification[] {
  const themed = themePaint(theme);
  const paint = (id: string, extra: Record<string, unknown> = {}) => ({ ...themed[id], ...extra }) as never;
  return [
    { id: 'rv-background', type: 'background', paint: paint('rv-background') },
    { id: 'rv-compounds-fill', type: 'fill', source: RV.compounds, paint: paint('rv-compounds-fill') },
    { id: 'rv-compounds-outline', type: 'line', source: RV.compounds, paint: paint('rv-compounds-outline') },
    { id: 'rv-buildings-fill', type: 'fill', source: RV.buildings, paint: paint('rv-buildings-fill') },
    {
      id: 'rv-buildings-outline',
      type: 'line',
      source: RV.buildings,
      paint: paint('rv-buildings-outline', { 'line-width': 1 }),
    },
    {
      id: 'rv-pipelines',
      type: 'line',
      source: RV.pipelines,
      paint: paint('rv-pipelines', { 'line-width': 2.5, 'line-opacity': 0.9 }),
    },
    {
      id: 'rv-facilities-fill',
      type: 'fill',
      source: RV.facilities,
      paint: paint('rv-facilities-fill', { 'fill-opacity': 0.9 }),
    },
    {
      id: 'rv-facilities-outline',
      type: 'line',
      source: RV.facilities,
      paint: paint('rv-facilities-outline', { 'line-width': 2 }),
    },
    {
      id: 'rv-package-outline',
      type: 'line',
      source: RV.pkg,
      layout: { 'line-join': 'round' },
      paint: paint('rv-package-outline', { 'line-width': 7 }),
    },
    {
      id: 'rv-labels',
      type: 'symbol',
      source: RV.labels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': member(MEMBER_LABEL_PX, OTHER_LABEL_PX),
        'text-max-width': 8,
        // The presented package's names win placement over the dimmed ones.
        'symbol-sort-key': member(0, 1),
      },
      paint: paint('rv-labels', { 'text-halo-width': 3 }),
    },
    ...reviewMarkLayers({
      prefix: 'rv-',
      sources: { lines: RV.annotations, pins: RV.pins },
      scale: 1.8,
      halo: PALETTES[theme].halo,
    }),
    {
      id: 'rv-strokes',
      type: 'line',
      source: RV.strokes,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'] },
    },
  ];
}

export function reviewStyle(theme: ReviewTheme): StyleSpecification {
  const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
  return {
    version: 8,
    sources: Object.fromEntries(Object.values(RV).map((id) => [id, { ...empty, promoteId: 'id' }])),
    layers: layers(theme),
  };
}

/** The style layers behind each of the review bar's layer switches. */
export const REVIEW_LAYER_GROUPS: Record<ReviewLayer, string[]> = {
  buildings: ['rv-buildings-fill', 'rv-buildings-outline'],
  labels: ['rv-labels'],
  pipelines: ['rv-pipelines'],
  facilities: ['rv-facilities-fill', 'rv-facilities-outline'],
  annotations: ['rv-annotations-line'],
  opinions: ['rv-review-pins', 'rv-review-pin-numbers'],
};

export function applyTheme(map: MapLibreMap, theme: ReviewTheme): void {
  for (const [layer, paint] of Object.entries(themePaint(theme)))
    for (const [prop, value] of Object.entries(paint)) map.setPaintProperty(layer, prop as never, value as never);
}

export function applyLayerSwitches(map: MapLibreMap, on: Record<ReviewLayer, boolean>): void {
  for (const [group, ids] of Object.entries(REVIEW_LAYER_GROUPS) as [ReviewLayer, string[]][])
    for (const id of ids) map.setLayoutProperty(id, 'visibility', on[group] ? 'visible' : 'none');
}
