// The snap and hit indexes over the visible features, built together from the rows. The controller rebuilds
// them lazily when the store's revision or the layer visibility changes (never per mouse move).
import type { FeatureTableName } from '../../../../shared/model/tables';
import { buildHitIndex, type HitFeature, type HitIndex } from './hitTest';
import { buildLineIndex, type LineIndex, lineItems } from './lines';
import type { FeatureRows } from './sharedVertices';
import { buildSnapIndex, type SnapIndex, type SnapSource } from './snap';

export interface FeatureIndexes {
  snap: SnapIndex;
  hit: HitIndex;
  /** Pipelines and trees (picked by screen distance, not by containment). */
  lines: LineIndex;
}

export type VisibleTables = Record<FeatureTableName, boolean> & {
  pipelines?: boolean;
  trees?: boolean;
  roads?: boolean;
  site_areas?: boolean;
};

export function buildIndexes(rows: FeatureRows, visible: VisibleTables): FeatureIndexes {
  const features: HitFeature[] = [];
  if (visible.compounds)
    for (const c of Object.values(rows.compounds))
      features.push({ table: 'compounds', id: c.id, geometry: c.geometry });
  if (visible.buildings)
    for (const b of Object.values(rows.buildings))
      features.push({ table: 'buildings', id: b.id, geometry: b.geometry });
  if (visible.site_areas !== false)
    for (const a of Object.values(rows.site_areas ?? {}))
      features.push({ table: 'site_areas', id: a.id, geometry: a.geometry });
  const hit = buildHitIndex(features);
  const lines = buildLineIndex(
    lineItems(
      visible.pipelines !== false ? rows.pipelines : {},
      visible.trees !== false ? rows.trees : {},
      visible.roads !== false ? rows.roads : {},
    ),
  );
  const sources: SnapSource[] = features.map((f) => ({ table: f.table, id: f.id, rings: f.geometry.coordinates }));
  const pipes = lines.items.filter(
    (item): item is typeof item & { table: 'pipelines' | 'roads' } =>
      item.table === 'pipelines' || item.table === 'roads',
  );
  // Without pipes or roads the polygon indexes hold the same features in the same order: they share one tree.
  if (pipes.length === 0) return { hit, lines, snap: { sources, tree: hit.tree } };
  // A pipe's (or road's centre line's) vertices are one open "ring": the snap walk over consecutive pairs covers
  // its segments.
  for (const p of pipes) sources.push({ table: p.table, id: p.id, rings: [p.coords] });
  return { hit, lines, snap: buildSnapIndex(sources) };
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
