import type { MetricFrame } from '../../geo/crs';
import type { BundleOptions } from '../../model/bundle';
import type { ProjectSettings } from '../../model/settings';
import type { Compound, Package, PackageMember } from '../../model/tables';
import { compoundEligibility } from '../eligibility';
import { gkForward, projectRings } from './gk-forward';
import { findLinks, type LinkItem, metricBBox } from './links';
import { splitCluster } from './split';
import { UnionFind } from './union-find';

// Automatic bundling (issue 3 §2): single-linkage of compounds whose boundaries come within D metres, under the
// designer's constraints. Locked packages and their compounds are left out (kept as they are by the caller).

export interface BundleInput {
  compounds: readonly Compound[];
  packages: readonly Package[];
  package_members: readonly PackageMember[];
  settings: Pick<ProjectSettings, 'cutoff_year' | 'consent_threshold' | 'metric_epsg'>;
}

/** Compound ids held by locked packages: never re-bundled. */
export function lockedCompoundIds(input: Pick<BundleInput, 'packages' | 'package_members'>): Set<string> {
  const locked = new Set(input.packages.filter((p) => p.locked).map((p) => p.id));
  return new Set(input.package_members.filter((m) => locked.has(m.package_id)).map((m) => m.compound_id));
}

/** The compounds that take part in bundling: not in a locked package and, if asked, eligible. */
export function bundleCandidates(input: BundleInput, options: Pick<BundleOptions, 'only_eligible'>): Compound[] {
  const locked = lockedCompoundIds(input);
  return input.compounds.filter(
    (c) => !locked.has(c.id) && (!options.only_eligible || compoundEligibility(c, input.settings).state === 'eligible'),
  );
}

const byCodeUnits = (a = '', b = ''): number => (a < b ? -1 : a > b ? 1 : 0);

const groupKey = (c: Compound, same: BundleOptions['same']): string =>
  same === 'sub_district' ? c.sub_district : same === 'community' ? `${c.sub_district}\u0000${c.community}` : '';

/**
 * Clusters of compound ids (each cluster becomes one package). Members are sorted by id; clusters by their
 * westernmost-then-southernmost compound (metric bbox corner), so the output is deterministic.
 * @example clusterCompounds(project, { ...DEFAULT_BUNDLE_OPTIONS, distance_m: 150 }, frame) // → [['id1', 'id7'], ['id3']]
 */
export function clusterCompounds(input: BundleInput, options: BundleOptions, frame: MetricFrame): string[][] {
  const compounds = bundleCandidates(input, options);
  const forward = gkForward(frame);
  const items: LinkItem[] = compounds.map((c) => {
    const rings = projectRings(c.geometry, forward);
    return { rings, bbox: metricBBox(rings) };
  });
  const keys = compounds.map((c) => groupKey(c, options.same));
  const limits = { maxCompounds: options.max_compounds, maxHouseholds: options.max_households };
  // Splitting needs every link with its exact length (the spanning tree); plain clustering only connectivity.
  const needsTree = limits.maxCompounds !== null || limits.maxHouseholds !== null;
  const sets = new UnionFind(items.length);
  const sameGroup = (a: number, b: number): boolean => keys[a] === keys[b];
  const links = findLinks(items, options.distance_m, sameGroup, needsTree ? undefined : sets);
  if (needsTree) for (const l of links) sets.union(l.a, l.b);

  const households = (i: number): number => compounds[i]?.households ?? 0;
  const linksByRoot = new Map<number, typeof links>();
  for (const l of links) {
    const root = sets.find(l.a);
    const list = linksByRoot.get(root);
    if (list) list.push(l);
    else linksByRoot.set(root, [l]);
  }
  const parts = sets
    .groups()
    .flatMap((group) => splitCluster(group, linksByRoot.get(sets.find(group[0] as number)) ?? [], limits, households));

  /** The part's westernmost-then-southernmost bbox corner: its sort key. */
  const corner = (part: readonly number[]): { x: number; y: number } => {
    let x = Number.POSITIVE_INFINITY;
    let y = Number.POSITIVE_INFINITY;
    for (const i of part) {
      const b = (items[i] as LinkItem).bbox;
      if (b.minX < x || (b.minX === x && b.minY < y)) [x, y] = [b.minX, b.minY];
    }
    return { x, y };
  };
  const ids = (part: readonly number[]): string[] => part.map((i) => (compounds[i] as Compound).id).sort();
  return parts
    .map((part) => ({ corner: corner(part), ids: ids(part) }))
    .sort((x, y) => x.corner.x - y.corner.x || x.corner.y - y.corner.y || byCodeUnits(x.ids[0], y.ids[0]))
    .map((c) => c.ids);
}
