import { changeFromPlan, clusterCompounds, dissolvedPackages, planBundle } from '../../shared/analysis/bundle/index';
import type { BundleResult } from '../../shared/api';
import { createMetricFrame } from '../../shared/geo/crs';
import type { BundledPackage, BundleOptions } from '../../shared/model/bundle';
import type { Package, PackageMember } from '../../shared/model/tables';
import { bundledPackages } from './bundle-report';
import { OpenProject } from './project';
import { openProjectFile } from './store/project-file';

// `packages.bundle` and `renozone bundle`: bundle the open project's rows and, unless it is a dry run, apply the
// result through the one write path as one undo step. The report lists every package after bundling: locked ones
// first (as they are), then the new ones in bundling order, and the packages it dissolves with what goes with them.

export function bundleOpenProject(project: OpenProject, options: BundleOptions, dryRun: boolean): BundleResult {
  const rows = project.load();
  const settings = project.settings();
  const input = { ...rows, settings };
  const frame = createMetricFrame(settings.metric_epsg);
  const clusters = clusterCompounds(input, options, frame);
  const plan = planBundle(input, clusters, options);
  const locked = rows.packages.filter((p) => p.locked);
  const lockedIds = new Set(locked.map((p) => p.id));
  const packages: Package[] = [...locked, ...plan.packages];
  const members: PackageMember[] = [
    ...rows.package_members.filter((m) => lockedIds.has(m.package_id)),
    ...plan.members,
  ];
  const report: BundledPackage[] = bundledPackages(packages, members, rows, settings, frame);
  const dissolved = dissolvedPackages(rows.packages, plan, rows);
  if (dryRun) return { packages: report, dissolved, applied: null };
  const applied = project.apply(changeFromPlan(input, plan, options, rows));
  return { packages: report, dissolved, applied };
}

/**
 * `renozone bundle`: opens the file (lock, checks, migration as for the UI), bundles, closes. Options not given
 * fall back to the project's last-used ones (settings bundle_*).
 */
export function bundleProjectFile(file: string, given: Partial<BundleOptions>, dryRun: boolean): BundleResult {
  const project = new OpenProject(file, openProjectFile(file));
  try {
    const s = project.settings();
    const stored: BundleOptions = {
      distance_m: s.bundle_distance_m,
      same: s.bundle_same,
      only_eligible: s.bundle_only_eligible,
      max_compounds: s.bundle_max_compounds,
      max_households: s.bundle_max_households,
    };
    return bundleOpenProject(project, { ...stored, ...given }, dryRun);
  } finally {
    project.close();
  }
}
