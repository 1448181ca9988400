import Flatbush from 'flatbush';
import type { Position } from '../../model/geometry';
import type { SiteInput } from './input';

// Which features can constrain the compounds being computed: those whose lon/lat bbox meets a compound's bbox grown
// by NEAR_DEG. The engine projects only these (siteNear, from index.ts), and the worker pool sends a chunk of
// compounds only these (siteSlicer; electron/backend/leftover-pool.ts), so a chunk's message stays small. Both cut
// the same rows: siteNear indexes the few compounds and scans the features once; siteSlicer indexes the features
// once for the many chunks it cuts.

/** Degrees around a compound within which features may constrain it: ~100 m, beyond any clearance or road width. */
const NEAR_DEG = 0.001;

function lonLatBox(coords: readonly Position[]): [number, number, number, number] {
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  let c = Number.NEGATIVE_INFINITY;
  let d = Number.NEGATIVE_INFINITY;
  for (const p of coords) {
    if (p[0] < a) a = p[0];
    if (p[1] < b) b = p[1];
    if (p[0] > c) c = p[0];
    if (p[1] > d) d = p[1];
  }
  return [a, b, c, d];
}

/** The outer ring, line or point of a feature: what its lon/lat bbox is taken from. */
const outline = (g: { type: string; coordinates: unknown }): readonly Position[] =>
  g.type === 'Point'
    ? [g.coordinates as Position]
    : g.type === 'LineString'
      ? (g.coordinates as Position[])
      : ((g.coordinates as Position[][])[0] ?? []);

type FeatureTable = 'buildings' | 'roads' | 'site_areas' | 'trees' | 'pipelines' | 'facilities';
const FEATURE_TABLES: readonly FeatureTable[] = [
  'buildings',
  'roads',
  'site_areas',
  'trees',
  'pipelines',
  'facilities',
];

/** The compounds' boxes grown by NEAR_DEG. */
function nearBoxes(compounds: readonly SiteInput['compounds'][number][]): [number, number, number, number][] {
  return compounds.map((c) => {
    const [a, b, cc, d] = lonLatBox(c.geometry.coordinates[0] ?? []);
    return [a - NEAR_DEG, b - NEAR_DEG, cc + NEAR_DEG, d + NEAR_DEG];
  });
}

/** `compounds` and the rows of each feature table that `keep` keeps. */
function withFeatures(
  input: SiteInput,
  compounds: SiteInput['compounds'],
  keep: <T extends { geometry: { type: string; coordinates: unknown } }>(
    table: FeatureTable,
    rows: readonly T[],
  ) => T[],
): SiteInput {
  return {
    compounds,
    buildings: keep('buildings', input.buildings),
    roads: keep('roads', input.roads),
    site_areas: keep('site_areas', input.site_areas),
    trees: keep('trees', input.trees),
    pipelines: keep('pipelines', input.pipelines),
    facilities: keep('facilities', input.facilities),
    settings: input.settings,
  };
}

/** `input` cut to `compounds` and the features near them, in their order. */
export function siteNear(input: SiteInput, compounds: SiteInput['compounds']): SiteInput {
  if (compounds.length === 0) return withFeatures(input, compounds, () => []);
  const tree = new Flatbush(compounds.length);
  for (const box of nearBoxes(compounds)) tree.add(...box);
  tree.finish();
  return withFeatures(input, compounds, (_, rows) =>
    rows.filter((r) => tree.search(...lonLatBox(outline(r.geometry))).length > 0),
  );
}

/**
 * siteNear for many chunks of one site: each table's feature boxes are indexed once, so cutting a chunk costs a few
 * index queries per compound, not a pass over every feature.
 */
export function siteSlicer(input: SiteInput): (compounds: SiteInput['compounds']) => SiteInput {
  const trees = new Map<FeatureTable, Flatbush>();
  for (const table of FEATURE_TABLES) {
    const rows = input[table];
    if (rows.length === 0) continue;
    const tree = new Flatbush(rows.length);
    for (const r of rows) tree.add(...lonLatBox(outline(r.geometry)));
    tree.finish();
    trees.set(table, tree);
  }
  return (compounds) => {
    const boxes = nearBoxes(compounds);
    return withFeatures(input, compounds, (table, rows) => {
      const tree = trees.get(table);
      if (!tree) return [];
      const hits = new Set<number>();
      for (const box of boxes) for (const i of tree.search(...box)) hits.add(i);
      return [...hits].sort((p, q) => p - q).map((i) => rows[i] as (typeof rows)[number]);
    });
  };
}
