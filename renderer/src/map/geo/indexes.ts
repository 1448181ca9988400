// The snap and hit indexes over the visible features, built together from the rows. The controller rebuilds
// them lazily when the store's revision or the layer visibility changes (never per mouse move).
import type { FeatureTableName } from '../../../../shared/model/tables';
import { buildHitIndex, type HitFeature, type HitIndex } from './hitTest';
import type { FeatureRows } from './sharedVertices';
import type { SnapIndex } from './snap';

export interface FeatureIndexes {
  snap: SnapIndex;
  hit: HitIndex;
}

export function buildIndexes(rows: FeatureRows, visible: Record<FeatureTableName, boolean>): FeatureIndexes {
  const features: HitFeature[] = [];
  if (visible.compounds)
    for (const c of Object.values(rows.compounds))
      features.push({ table: 'compounds', id: c.id, geometry: c.geometry });
  if (visible.buildings)
    for (const b of Object.values(rows.buildings))
      features.push({ table: 'buildings', id: b.id, geometry: b.geometry });
  const hit = buildHitIndex(features);
  // Both indexes hold the same features in the same order with the same bboxes: they share one tree.
  const sources = features.map((f) => ({ table: f.table, id: f.id, rings: f.geometry.coordinates }));
  return { hit, snap: { sources, tree: hit.tree } };
}

/** Memoises buildIndexes on a key (the store revision and the visibility flags). */
export function indexCache(): (key: string, build: () => FeatureIndexes) => FeatureIndexes {
  let lastKey: string | null = null;
  let last: FeatureIndexes | null = null;
  return (key, build) => {
    if (key !== lastKey || !last) {
      last = build();
      lastKey = key;
    }
    return last;
  };
}
