import type { BundleOptions } from '../../model/bundle';
import type { Change, ChangeOp } from '../../model/change';
import type { SettingKey } from '../../model/settings';
import type { BundleInput } from './cluster';
import { type BundlePlan, planBundle } from './plan';
import { detachOps, dissolvedIds, NO_REFERENCES, type PackageReferences } from './references';

// Bundling as ONE change (one undo step): delete every unlocked package the plan does not carry on (plan.ts,
// inherit.ts) with the review opinions and annotations that belong to it, let pipelines and meeting agendas go of it
// (references.ts), delete every member row not held by a locked package, put the plan's packages (new, or taken over
// under their old id) and members, and remember the options in settings. Deletes come first, so a compound's new
// member row never meets its old one (compound_id is unique).

const OPTION_SETTINGS: Record<keyof BundleOptions, SettingKey> = {
  distance_m: 'bundle_distance_m',
  same: 'bundle_same',
  only_eligible: 'bundle_only_eligible',
  max_compounds: 'bundle_max_compounds',
  max_households: 'bundle_max_households',
};

/** The change that replaces the unlocked packages by `plan` and stores the options. */
export function changeFromPlan(
  input: BundleInput,
  plan: BundlePlan,
  options: BundleOptions,
  refs: PackageReferences = NO_REFERENCES,
): Change {
  const locked = new Set(input.packages.filter((p) => p.locked).map((p) => p.id));
  const dissolved = dissolvedIds(input.packages, plan);
  const ops: ChangeOp[] = detachOps(dissolved, refs);
  for (const m of input.package_members)
    if (!locked.has(m.package_id)) ops.push({ op: 'delete', table: 'package_members', id: m.id });
  for (const id of dissolved) ops.push({ op: 'delete', table: 'packages', id });
  for (const row of plan.packages) ops.push({ op: 'put', table: 'packages', row });
  for (const row of plan.members) ops.push({ op: 'put', table: 'package_members', row });
  for (const key of Object.keys(OPTION_SETTINGS) as (keyof BundleOptions)[])
    ops.push({ op: 'put', table: 'settings', row: { id: OPTION_SETTINGS[key], value: options[key] } });
  return { ops, summary: `自动打包（${plan.packages.length} 个片区）` };
}

/**
 * Bundling `clusters` (from clusterCompounds) as one change.
 * @example bundleChange(project, clusterCompounds(project, options, frame), options).summary // → '自动打包（12 个片区）'
 */
export const bundleChange = (
  input: BundleInput,
  clusters: readonly (readonly string[])[],
  options: BundleOptions,
  newId?: () => string,
): Change => changeFromPlan(input, planBundle(input, clusters, options, newId), options);
