import { compareLinks, type Link } from './links';
import { UnionFind } from './union-find';

// Splitting a cluster that exceeds the size limits along its weakest links: build the cluster's minimum spanning
// tree from its linking edges (Kruskal; single-linkage clusters are exactly MST components), then repeatedly cut
// the longest MST edge of a component that is still too large. Cutting the longest edge keeps the closest
// compounds together. Ties go to the edge that sorts last by (d, a, b), so the result is deterministic.

export interface SizeLimits {
  maxCompounds: number | null;
  maxHouseholds: number | null;
}

/**
 * Splits `members` (item indexes of one connected cluster) into parts within the limits. A single compound over
 * the household limit stays a part on its own (it cannot be split).
 * @example splitCluster([0, 1, 2], links, { maxCompounds: 2, maxHouseholds: null }, () => 0) // → [[0, 1], [2]]
 */
export function splitCluster(
  members: readonly number[],
  links: readonly Link[],
  limits: SizeLimits,
  households: (item: number) => number,
): number[][] {
  const tooLarge = (part: readonly number[]): boolean =>
    part.length > 1 &&
    ((limits.maxCompounds !== null && part.length > limits.maxCompounds) ||
      (limits.maxHouseholds !== null && part.reduce((s, i) => s + households(i), 0) > limits.maxHouseholds));
  if (!tooLarge(members)) return [[...members].sort((x, y) => x - y)];

  const inCluster = new Set(members);
  const kruskal = new UnionFind(Math.max(...members) + 1);
  const tree = [...links]
    .filter((l) => inCluster.has(l.a) && inCluster.has(l.b))
    .sort(compareLinks)
    .filter((l) => kruskal.union(l.a, l.b));

  const done: number[][] = [];
  const pending: { part: number[]; edges: Link[] }[] = [{ part: [...members], edges: tree }];
  while (pending.length > 0) {
    const { part, edges } = pending.pop() as { part: number[]; edges: Link[] };
    if (!tooLarge(part) || edges.length === 0) {
      done.push(part.sort((x, y) => x - y));
      continue;
    }
    const kept = edges.slice(0, -1); // edges are sorted: the last one is the weakest link
    const sets = new UnionFind(Math.max(...part) + 1);
    for (const l of kept) sets.union(l.a, l.b);
    for (const group of sets.groups(part)) {
      const inGroup = new Set(group);
      pending.push({ part: group, edges: kept.filter((l) => inGroup.has(l.a)) });
    }
  }
  return done;
}
