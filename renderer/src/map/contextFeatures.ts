// Roads and site areas → GeoJSON features for their map sources (the style only reads precomputed properties), and
// a confirmed Change → per-source diffs for these two tables, so an edit updates the rows it touched.
// A road's width is kept as pixels at zoom 22 at its latitude (widthPx): the style scales it by 2^(zoom − 22),
// exactly as metres per pixel halve per zoom level, so the road is drawn at its true width at every zoom.
import { t } from '../../../shared/i18n';
import type { Change } from '../../../shared/model/change';
import type { Road, SiteArea } from '../../../shared/model/tables';
import '../context/messages';
import type { SourceDiff } from './diff';
import { collection, type FeatureCollection, type MapFeature } from './features';
import { crownPxAtReference } from './pipeFeatures';

/** Pixels at zoom 22 for `metres` at latitude `lat` (the same scale as the tree crowns). */
export const metresToPxAtReference = (metres: number, lat: number): number => crownPxAtReference(metres, lat);

const midLat = (r: Road): number => {
  const c = r.geometry.coordinates;
  return ((c[0]?.[1] ?? 0) + (c[c.length - 1]?.[1] ?? 0)) / 2;
};

/** "消防车道" for a fire lane (its name when it has another); an ordinary road shows its name and width. */
export function roadLabel(r: Road): string {
  if (r.kind === 'fire_lane') return r.name || t('context.roadKind.fire_lane');
  return r.name ? t('context.label.road', { name: r.name, width: r.width_m }) : '';
}

export const roadFeature = (r: Road): MapFeature => ({
  type: 'Feature',
  id: r.id,
  properties: { id: r.id, kind: r.kind, label: roadLabel(r), widthPx: metresToPxAtReference(r.width_m, midLat(r)) },
  geometry: r.geometry,
});

/** Kind name, "保留绿地" for kept green, and "（拆除）" after a structure marked for demolition. */
export function siteAreaLabel(a: SiteArea): string {
  const base =
    a.name || (a.kind === 'green' && a.keep ? t('context.label.keptGreen') : t(`context.areaKind.${a.kind}`));
  return a.kind === 'illegal_structure' && a.demolish ? t('context.label.demolish', { name: base }) : base;
}

/** The style's colour key: kind, with kept green apart. */
export const siteAreaStyleKind = (a: SiteArea): string => (a.kind === 'green' && a.keep ? 'green_keep' : a.kind);

export const siteAreaFeature = (a: SiteArea): MapFeature => ({
  type: 'Feature',
  id: a.id,
  properties: {
    id: a.id,
    kind: siteAreaStyleKind(a),
    demolish: a.kind === 'illegal_structure' && a.demolish,
    label: siteAreaLabel(a),
  },
  geometry: a.geometry,
});

export const roadCollection = (rows: Record<string, Road>): FeatureCollection =>
  collection(Object.values(rows).map(roadFeature));

export const siteAreaCollection = (rows: Record<string, SiteArea>): FeatureCollection =>
  collection(Object.values(rows).map(siteAreaFeature));

export interface ContextDiff {
  roads: SourceDiff;
  site_areas: SourceDiff;
}

/** Later ops on the same row win (as diff.ts): each id is either added (last put) or removed (last delete). */
export function contextDiffForChange(change: Change): ContextDiff {
  const roads = new Map<string, MapFeature | null>();
  const areas = new Map<string, MapFeature | null>();
  for (const op of change.ops) {
    if (op.table === 'roads')
      roads.set(op.op === 'put' ? op.row.id : op.id, op.op === 'put' ? roadFeature(op.row) : null);
    else if (op.table === 'site_areas')
      areas.set(op.op === 'put' ? op.row.id : op.id, op.op === 'put' ? siteAreaFeature(op.row) : null);
  }
  return { roads: toDiff(roads), site_areas: toDiff(areas) };
}

function toDiff(rows: Map<string, MapFeature | null>): SourceDiff {
  const diff: SourceDiff = { add: [], remove: [] };
  for (const [id, feature] of rows) {
    if (feature) diff.add.push(feature);
    else diff.remove.push(id);
  }
  return diff;
}
