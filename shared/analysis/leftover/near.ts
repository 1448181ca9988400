import Flatbush from 'flatbush';
import type { Position } from '../../model/geometry';
import type { SiteInput } from './input';

// Which features can constrain the compounds being computed: those whose lon/lat bbox meets a compound's bbox grown
// by NEAR_DEG. The engine skips the others before projecting them (obstacles.ts), and the worker pool sends a chunk
// of compounds only these (siteSlicer; electron/backend/leftover-pool.ts), so a chunk's message stays small.

/** Degrees around a compound within which features may constrain it: ~100 m, beyond any clearance or road width. */
const NEAR_DEG = 0.001;

/** Is a feature with this lon/lat bbox near enough to the compounds being computed to matter? */
export type NearTest = (minLon: number, minLat: number, maxLon: number, maxLat: number) => boolean;

export function lonLatBox(coords: readonly Position[]): [number, number, number, number] {
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

/** A lon/lat bbox test against the compounds' boxes grown by NEAR_DEG, through flatbush. */
export function nearCompounds(compounds: readonly SiteInput['compounds'][number][]): NearTest {
  if (compounds.length === 0) return () => false;
  const tree = new Flatbush(compounds.length);
  for (const box of nearBoxes(compounds)) tree.add(...box);
  tree.finish();
  return (a, b, c, d) => tree.search(a, b, c, d).length > 0;
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

/** Grown compound boxes, as nearCompounds grows them. */
function nearBoxes(compounds: readonly SiteInput['compounds'][number][]): [number, number, number, number][] {
  return compounds.map((c) => {
    const [a, b, cc, d] = lonLatBox(c.geometry.coordinates[0] ?? []);
    return [a - NEAR_DEG, b - NEAR_DEG, cc + NEAR_DEG, d + NEAR_DEG];
  });
}

/**
 * Cuts `input` into the part each chunk of compounds reads: those compounds and the features near them (the same
 * test as nearCompounds), in their order. Each table's feature boxes are indexed once, so cutting many chunks costs
 * a few index queries per compound, not a pass over every feature per chunk.
 */
export function siteSlicer(input: SiteInput): (compounds: SiteInput['compounds']) => SiteInput {
  const trees = new Map<FeatureTable, Flatbush | null>();
  for (const table of FEATURE_TABLES) {
    const rows = input[table];
    if (rows.length === 0) {
      trees.set(table, null);
      continue;
    }
    const tree = new Flatbush(rows.length);
    for (const r of rows) tree.add(...lonLatBox(outline(r.geometry)));
    tree.finish();
    trees.set(table, tree);
  }
  return (compounds) => {
    const boxes = nearBoxes(compounds);
    const pick = <T>(table: FeatureTable, rows: readonly T[]): T[] => {
      const tree = trees.get(table);
      if (!tree) return [];
      const hits = new Set<number>();
      for (const box of boxes) for (const i of tree.search(...box)) hits.add(i);
      return [...hits].sort((p, q) => p - q).map((i) => rows[i] as T);
    };
    return {
      compounds,
      buildings: pick('buildings', input.buildings),
      roads: pick('roads', input.roads),
      site_areas: pick('site_areas', input.site_areas),
      trees: pick('trees', input.trees),
      pipelines: pick('pipelines', input.pipelines),
      facilities: pick('facilities', input.facilities),
      settings: input.settings,
    };
  };
}
