// Joint-review layers (issue 7): the pen strokes kept as annotations and the opinions pinned to a place, numbered
// as on the package card and coloured by verdict. The normal map shows them under the `annotations` switch; review
// mode's high-contrast map (review/reviewStyle.ts) uses the same layer builder at a larger size.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Annotation, ReviewOpinion, ReviewVerdict } from '../../../shared/model/tables';
import { packageOpinions } from '../review/opinionRows';
import type { FeatureCollection, MapFeature } from './features';

export const VERDICT_COLORS: Record<ReviewVerdict, string> = {
  pass: '#2f9e44',
  conditional: '#f08c00',
  reject: '#e03131',
};

export const ANNOTATION_SOURCES = { lines: 'annotations', pins: 'review-pins' } as const;
const FONT = ['Noto Sans CJK SC'];

const verdictColor = [
  'match',
  ['get', 'verdict'],
  ...Object.entries(VERDICT_COLORS).flat(),
  '#888888',
] as unknown as ExpressionSpecification;

export interface ReviewLayerOptions {
  prefix: string;
  sources: { lines: string; pins: string };
  /** 1 on the normal map; larger in review mode, read from across a meeting room. */
  scale: number;
  /** The pin number's halo (the background colour). */
  halo: string;
}

/** The stroke lines, then the pins with their numbers on top. */
export function reviewMarkLayers(o: ReviewLayerOptions): LayerSpecification[] {
  return [
    {
      id: `${o.prefix}annotations-line`,
      type: 'line',
      source: o.sources.lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': ['*', ['get', 'width'], o.scale * 0.8] },
    },
    {
      id: `${o.prefix}review-pins`,
      type: 'circle',
      source: o.sources.pins,
      paint: {
        'circle-radius': 11 * o.scale,
        'circle-color': verdictColor,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2 * o.scale,
      },
    },
    {
      id: `${o.prefix}review-pin-numbers`,
      type: 'symbol',
      source: o.sources.pins,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': FONT,
        'text-size': 13 * o.scale,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-halo-color': o.halo, 'text-halo-width': 0.5 },
    },
  ];
}

/** The normal map's review layers (style.ts splices them in above the labels). */
export const annotationLayers = reviewMarkLayers({ prefix: '', sources: ANNOTATION_SOURCES, scale: 1, halo: '#333' });
export const ANNOTATION_LAYER_IDS = annotationLayers.map((l) => l.id);

export const annotationFeature = (a: Annotation): MapFeature => ({
  type: 'Feature',
  id: a.id,
  properties: { id: a.id, package: a.package_id, color: a.color, width: a.width_px },
  geometry: a.geometry,
});

export const annotationCollection = (rows: readonly Annotation[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: rows.map(annotationFeature),
});

/** Pins of opinions with a place, numbered within their package and meeting as the card lists them. */
export function pinCollection(
  opinions: Readonly<Record<string, ReviewOpinion>>,
  departments: readonly string[],
  only?: { packageId: string; meetingId: string | null },
): FeatureCollection {
  const groups = new Map<string, { packageId: string; meetingId: string | null }>();
  for (const o of Object.values(opinions)) {
    if (o.pin_lon === null || o.pin_lat === null) continue;
    if (only && (o.package_id !== only.packageId || o.meeting_id !== only.meetingId)) continue;
    groups.set(`${o.package_id}|${o.meeting_id}`, { packageId: o.package_id, meetingId: o.meeting_id });
  }
  const features: MapFeature[] = [];
  for (const g of groups.values())
    for (const { n, opinion: o } of packageOpinions(opinions, g.packageId, g.meetingId, departments)) {
      if (o.pin_lon === null || o.pin_lat === null) continue;
      features.push({
        type: 'Feature',
        id: o.id,
        properties: { id: o.id, n, verdict: o.verdict, department: o.department },
        geometry: { type: 'Point', coordinates: [o.pin_lon, o.pin_lat] },
      });
    }
  return { type: 'FeatureCollection', features };
}
