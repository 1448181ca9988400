import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PIPE_COLORS } from '../map/palette';

// The printed maps' style: sober, print-friendly colours on white, no network (no tiles, no glyphs: labels are
// drawn as vector text over the image by MapFigure, so they stay sharp and searchable in the PDF).

export const REPORT_COLORS = {
  other: { fill: '#f1f1ef', line: '#a8a8a2' },
  member: { fill: '#fbe4d5', line: '#b5462c' },
  current: { fill: '#f6c3a6', line: '#8e2a14' },
  building: { fill: '#b9b9b4', line: '#5f5f5a' },
  road: '#c9c9c4',
  green: '#cfe6c3',
  leftover: { fill: '#fff1a6', line: '#b99400' },
  facility: { fill: '#8fbfe6', line: '#1f5f9e' },
  package: '#b5462c',
  otherPackage: '#7a7a75',
} as const;

export const REPORT_SOURCES = [
  'compounds',
  'buildings',
  'roads',
  'green',
  'leftover',
  'facilities',
  'pipelines',
  'packages',
] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

// Roles change from map to map (the compound of a compound page, the package of the dossier) as feature state, so
// the sources are loaded into the map once per report.
const role = ['coalesce', ['feature-state', 'role'], 'other'];
const byRole = (values: Record<string, string>, fallback: string) =>
  ['match', role, ...Object.entries(values).flat(), fallback] as unknown as string;

/** Layers that only the detailed maps (package and compounds) draw; the location map hides them. */
export const DETAIL_LAYERS = ['green', 'leftover', 'roads', 'buildings', 'facilities', 'pipelines'] as const;

const pipeColor = ['match', ['get', 'type'], ...Object.entries(PIPE_COLORS).flat(), '#666'] as unknown as string;

const LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } },
  {
    id: 'packages-fill',
    type: 'fill',
    source: 'packages',
    paint: {
      'fill-color': REPORT_COLORS.package,
      'fill-opacity': ['match', role, 'this', 0.06, 0] as unknown as number,
    },
  },
  {
    id: 'compounds-fill',
    type: 'fill',
    source: 'compounds',
    paint: {
      'fill-color': byRole(
        { other: REPORT_COLORS.other.fill, member: REPORT_COLORS.member.fill, current: REPORT_COLORS.current.fill },
        REPORT_COLORS.other.fill,
      ),
    },
  },
  { id: 'green', type: 'fill', source: 'green', paint: { 'fill-color': REPORT_COLORS.green } },
  {
    id: 'leftover',
    type: 'fill',
    source: 'leftover',
    paint: { 'fill-color': REPORT_COLORS.leftover.fill, 'fill-outline-color': REPORT_COLORS.leftover.line },
  },
  {
    id: 'roads',
    type: 'line',
    source: 'roads',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': REPORT_COLORS.road, 'line-width': 1 },
  },
  {
    id: 'buildings',
    type: 'fill',
    source: 'buildings',
    paint: { 'fill-color': REPORT_COLORS.building.fill, 'fill-outline-color': REPORT_COLORS.building.line },
  },
  {
    id: 'facilities',
    type: 'fill',
    source: 'facilities',
    paint: { 'fill-color': REPORT_COLORS.facility.fill, 'fill-outline-color': REPORT_COLORS.facility.line },
  },
  {
    id: 'pipelines',
    type: 'line',
    source: 'pipelines',
    paint: { 'line-color': pipeColor, 'line-width': 1.1 },
  },
  {
    id: 'compounds-line',
    type: 'line',
    source: 'compounds',
    paint: {
      'line-color': byRole(
        { other: REPORT_COLORS.other.line, member: REPORT_COLORS.member.line, current: REPORT_COLORS.current.line },
        REPORT_COLORS.other.line,
      ),
      'line-width': ['match', role, 'current', 2, 'member', 1.2, 0.6] as unknown as number,
    },
  },
  {
    id: 'packages-line',
    type: 'line',
    source: 'packages',
    paint: {
      'line-color': byRole({ this: REPORT_COLORS.package }, REPORT_COLORS.otherPackage),
      'line-width': ['match', role, 'this', 2.2, 0.8] as unknown as number,
      'line-dasharray': [4, 2],
    },
  },
];

const EARTH_CIRCUMFERENCE_M = 40075016.686;

/**
 * Road width drawn to scale: px = width_m / (metres per px), and metres per px halves with each zoom level, so an
 * exponential-2 interpolation over zoom is exact.
 */
function roadWidth(lat: number): unknown {
  const pxPerMetreAtZ0 = 512 / (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180));
  const at = (z: number) => ['max', 0.8, ['*', ['get', 'width_m'], pxPerMetreAtZ0 * 2 ** z]];
  return ['interpolate', ['exponential', 2], ['zoom'], 10, at(10), 22, at(22)];
}

/** The report style with every source loaded once; `lat` is the district's latitude (road widths to scale). */
export function reportStyle(data: Record<ReportSource, GeoJSON.FeatureCollection>, lat: number): StyleSpecification {
  const layers = LAYERS.map((l) =>
    l.id === 'roads' && l.type === 'line'
      ? ({ ...l, paint: { ...l.paint, 'line-width': roadWidth(lat) } } as LayerSpecification)
      : l,
  );
  return {
    version: 8,
    sources: Object.fromEntries(
      REPORT_SOURCES.map((s) => [s, { type: 'geojson', data: data[s], promoteId: 'id' }]),
    ) as StyleSpecification['sources'],
    layers,
  };
}
