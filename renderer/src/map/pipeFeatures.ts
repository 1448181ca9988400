// Pipelines, trees and conflict markers → GeoJSON features for their map sources. As in features.ts, the style
// only reads precomputed properties: the pipe's colour key (type), width class, status and label; a tree's crown
// radius in pixels at zoom 22 (the style halves it per zoom level below, exactly as metres per pixel double).
import { t } from '../../../shared/i18n';
import type { PipeConflict } from '../../../shared/model/pipelines';
import type { Pipeline, Tree } from '../../../shared/model/tables';
import { collection, type FeatureCollection, type MapFeature } from './features';
import { pipeWidthClass } from './palette';
import './pipeMessages';

/** MapLibre's 512 px tiles: metres per pixel at zoom 0 on the equator. */
const METRES_PER_PX_Z0 = 78271.517;
export const TREE_REFERENCE_ZOOM = 22;

/** "W12 给水 DN200": the survey number, the type and the diameter, as on pipeline drawings. */
export function pipelineLabel(p: Pipeline): string {
  const type = t(`pipemap.type.${p.type}`);
  const size = p.type === 'utility_trench' ? `B${p.diameter_mm}` : `DN${p.diameter_mm}`;
  return [p.code, type, size].filter((s) => s !== '').join(' ');
}

export const pipelineFeature = (p: Pipeline): MapFeature => ({
  type: 'Feature',
  id: p.id,
  properties: {
    id: p.id,
    type: p.type,
    status: p.status,
    widthClass: pipeWidthClass(p.diameter_mm),
    label: pipelineLabel(p),
  },
  geometry: p.geometry,
});

/** Crown radius in screen pixels at TREE_REFERENCE_ZOOM, at the tree's latitude. */
export function crownPxAtReference(crownM: number, lat: number): number {
  const metresPerPx = (METRES_PER_PX_Z0 * Math.cos((lat * Math.PI) / 180)) / 2 ** TREE_REFERENCE_ZOOM;
  return crownM / metresPerPx;
}

export const treeFeature = (tree: Tree): MapFeature => ({
  type: 'Feature',
  id: tree.id,
  properties: {
    id: tree.id,
    species: tree.species,
    crownPx: crownPxAtReference(tree.crown_radius_m, tree.geometry.coordinates[1]),
  },
  geometry: tree.geometry,
});

export const pipelineCollection = (rows: Record<string, Pipeline>): FeatureCollection =>
  collection(Object.values(rows).map(pipelineFeature));

export const treeCollection = (rows: Record<string, Tree>): FeatureCollection =>
  collection(Object.values(rows).map(treeFeature));

export interface ConflictView {
  conflicts: readonly (PipeConflict & { review: { accepted: boolean } | null })[];
  focusedKey: string | null;
  showAccepted: boolean;
  /** The project's reviews (conflict_reviews rows by conflict key): newer than the review the check reported. */
  reviews?: Readonly<Record<string, { accepted: boolean }>>;
}

/** One point per conflict location; accepted ones only when asked for, the focused one flagged. */
export function conflictCollection(view: ConflictView): FeatureCollection {
  const features: MapFeature[] = [];
  for (const c of view.conflicts) {
    const accepted = (view.reviews?.[c.key] ?? c.review)?.accepted === true;
    if (accepted && !view.showAccepted) continue;
    features.push({
      type: 'Feature',
      id: c.key,
      properties: { id: c.key, rule: c.rule, accepted, focused: c.key === view.focusedKey },
      geometry: { type: 'Point', coordinates: [c.location[0], c.location[1]] },
    });
  }
  return collection(features);
}
