// Reading packages out of the mirror: who is in which package, and a package recomputed from its members.
// Pure over plain records (no store, no DOM) so the change builders and their unit tests share it.

import type { PackageReferences } from '../../../shared/analysis/bundle/index';
import type { MultiPolygon } from '../../../shared/model/geometry';
import type {
  Annotation,
  Compound,
  Package,
  PackageMember,
  Pipeline,
  ReviewMeeting,
  ReviewOpinion,
} from '../../../shared/model/tables';

/** The rows that name a package (the store has them all; a table left out holds none). */
export interface PackageRefRows {
  readonly review_opinions?: Readonly<Record<string, ReviewOpinion>>;
  readonly annotations?: Readonly<Record<string, Annotation>>;
  readonly pipelines?: Readonly<Record<string, Pipeline>>;
  readonly review_meetings?: Readonly<Record<string, ReviewMeeting>>;
}

/** PackageRefRows as the lists references.ts reads. */
export const referencesOf = (rows: PackageRefRows): PackageReferences => ({
  review_opinions: Object.values(rows.review_opinions ?? {}),
  annotations: Object.values(rows.annotations ?? {}),
  pipelines: Object.values(rows.pipelines ?? {}),
  review_meetings: Object.values(rows.review_meetings ?? {}),
});

/** The rows the package edits read (the store satisfies it). */
export interface PackageRows extends PackageRefRows {
  compounds: Readonly<Record<string, Compound>>;
  packages: Readonly<Record<string, Package>>;
  package_members: Readonly<Record<string, PackageMember>>;
}

/** The boundary drawn for a package from its member compounds (packageBoundary with the project's settings). */
export type BoundaryOf = (members: readonly Compound[]) => MultiPolygon;

/** The membership row of a compound (a compound is in at most one package). */
export function memberOf(rows: PackageRows, compoundId: string): PackageMember | undefined {
  for (const m of Object.values(rows.package_members)) if (m.compound_id === compoundId) return m;
  return undefined;
}

/** Membership rows of a package, in the order the mirror holds them. */
export const membersOf = (rows: PackageRows, packageId: string): PackageMember[] =>
  Object.values(rows.package_members).filter((m) => m.package_id === packageId);

/** Member compounds of a package (members whose compound is missing are skipped). */
export function memberCompounds(rows: PackageRows, packageId: string): Compound[] {
  const out: Compound[] = [];
  for (const m of membersOf(rows, packageId)) {
    const c = rows.compounds[m.compound_id];
    if (c) out.push(c);
  }
  return out;
}

/** The members' common 街道, or '' when they span several (or none is set). */
export function commonSubDistrict(members: readonly Compound[]): string {
  const names = new Set(members.map((c) => c.sub_district));
  return names.size === 1 ? ([...names][0] ?? '') : '';
}

/** The package with its geometry and sub_district recomputed from `members` (a new object; input untouched). */
export const recomputed = (pkg: Package, members: readonly Compound[], boundaryOf: BoundaryOf): Package => ({
  ...pkg,
  sub_district: commonSubDistrict(members),
  geometry: boundaryOf(members),
});
