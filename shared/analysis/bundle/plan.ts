import { createMetricFrame } from '../../geo/crs';
import type { BundleOptions } from '../../model/bundle';
import type { Compound, Package, PackageMember } from '../../model/tables';
import { packageBoundary } from './boundary';
import type { BundleInput } from './cluster';
import { inheritedPackages } from './inherit';

// The rows a bundling creates: one package per cluster (boundary, name, defaults) and its member rows. A cluster
// that takes over an old package (inherit.ts) keeps its id, name, status, years, funding and notes; the others are
// new, named `${街道}${n}号片区`, numbered per 街道 in cluster order, skipping names that locked and taken-over
// packages hold.

export interface BundlePlan {
  packages: Package[];
  members: PackageMember[];
}

const newUuid = (): string => crypto.randomUUID();

/** The 街道 most members share (ties: first in code-unit order); '' for none. */
function dominantSubDistrict(members: readonly Compound[]): string {
  const counts = new Map<string, number>();
  for (const c of members) counts.set(c.sub_district, (counts.get(c.sub_district) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [name, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (n > bestCount) [best, bestCount] = [name, n];
  return best;
}

/**
 * New package and member rows for `clusters` (compound ids, in output order); `newId` makes ids (tests pass a
 * counter). Locked packages are not part of the plan: they stay as they are.
 * @example planBundle(project, [['c1', 'c2']], options).packages[0].name // → '中华路街道1号片区'
 */
export function planBundle(
  input: BundleInput,
  clusters: readonly (readonly string[])[],
  options: Pick<BundleOptions, 'distance_m'>,
  newId: () => string = newUuid,
): BundlePlan {
  const frame = createMetricFrame(input.settings.metric_epsg);
  const byId = new Map(input.compounds.map((c) => [c.id, c]));
  const inherited = inheritedPackages(input, clusters);
  const taken = new Set(input.packages.filter((p) => p.locked).map((p) => p.name));
  for (const old of inherited) if (old) taken.add(old.name);
  const counters = new Map<string, number>();
  const nextName = (prefix: string): string => {
    let n = counters.get(prefix) ?? 1;
    while (taken.has(`${prefix}${n}号片区`)) n++;
    counters.set(prefix, n + 1);
    return `${prefix}${n}号片区`;
  };
  const packages: Package[] = [];
  const members: PackageMember[] = [];
  clusters.forEach((ids, index) => {
    const compounds = ids.map((id) => byId.get(id)).filter((c): c is Compound => c !== undefined);
    if (compounds.length === 0) return;
    const streets = new Set(compounds.map((c) => c.sub_district));
    const old = inherited[index];
    const id = old?.id ?? newId();
    packages.push({
      id,
      name: old?.name ?? nextName(dominantSubDistrict(compounds)),
      sub_district: streets.size === 1 ? (compounds[0] as Compound).sub_district : '',
      status: old?.status ?? 'reserve',
      plan_year: old?.plan_year ?? null,
      start_year: old?.start_year ?? null,
      completion_year: old?.completion_year ?? null,
      locked: false,
      funding: old?.funding ?? null,
      notes: old?.notes ?? '',
      geometry: packageBoundary(
        compounds.map((c) => c.geometry),
        options.distance_m,
        frame,
      ),
    });
    for (const c of compounds) members.push({ id: newId(), package_id: id, compound_id: c.id });
  });
  return { packages, members };
}
