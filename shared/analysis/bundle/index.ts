// Automatic bundling of compounds into work packages (issue 3 §2), one operation per file.
export { packageBoundary } from './boundary';
export { bundleChange, changeFromPlan } from './change';
export { type BundleInput, bundleCandidates, clusterCompounds, lockedCompoundIds } from './cluster';
export { boundaryDistance, type MetricRings, ringsDistance, toMetricRings } from './distance';
export { findLinks, LINK_TOLERANCE_M, type Link, type LinkItem, metricBBox } from './links';
export { type BundlePlan, planBundle } from './plan';
export {
  detachOps,
  dissolvedIds,
  dissolvedList,
  dissolvedPackages,
  handOverOps,
  losesReviewRecords,
  NO_REFERENCES,
  type PackageReferences,
  RECORD_KINDS,
  referenceCounts,
  referenceParts,
} from './references';
export { type SizeLimits, splitCluster } from './split';
