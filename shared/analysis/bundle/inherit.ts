import type { Package } from '../../model/tables';
import type { BundleInput } from './cluster';

// Re-bundling keeps the identity of the packages that survive it. Review opinions, pen annotations, meeting agendas
// and pipelines point at packages by id, and a designer has given packages a status, plan years, funding and notes:
// a re-bundle with a slightly different distance must not turn all of that into dangling references. So a new
// cluster takes over the old unlocked package it shares the most compounds with — its id, name and the designer's
// fields — when they share more than half of that old package's compounds. Each old package is taken over by one
// cluster at most (the pairs are taken greedily, largest overlap first; ties by cluster order, then by old name), so
// a package split in two lives on in its larger half, and of two packages merged into one, the one contributing more.

/** For each cluster (compound ids), the old unlocked package it takes over, or null for a new package. */
export function inheritedPackages(
  input: Pick<BundleInput, 'packages' | 'package_members'>,
  clusters: readonly (readonly string[])[],
): (Package | null)[] {
  const unlocked = new Map(input.packages.filter((p) => !p.locked).map((p) => [p.id, p]));
  const oldOf = new Map<string, string>();
  const oldSize = new Map<string, number>();
  for (const m of input.package_members) {
    if (!unlocked.has(m.package_id)) continue;
    oldOf.set(m.compound_id, m.package_id);
    oldSize.set(m.package_id, (oldSize.get(m.package_id) ?? 0) + 1);
  }
  const pairs: { cluster: number; old: Package; shared: number }[] = [];
  clusters.forEach((ids, cluster) => {
    const shared = new Map<string, number>();
    for (const id of ids) {
      const old = oldOf.get(id);
      if (old) shared.set(old, (shared.get(old) ?? 0) + 1);
    }
    for (const [oldId, n] of shared)
      if (2 * n > (oldSize.get(oldId) ?? 0)) pairs.push({ cluster, old: unlocked.get(oldId) as Package, shared: n });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.cluster - b.cluster || (a.old.name < b.old.name ? -1 : 1));
  const result: (Package | null)[] = clusters.map(() => null);
  const taken = new Set<string>();
  for (const { cluster, old } of pairs) {
    if (result[cluster] || taken.has(old.id)) continue;
    result[cluster] = old;
    taken.add(old.id);
  }
  return result;
}
