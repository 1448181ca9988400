import type { DissolvedPackage } from '../../model/bundle';
import type { ChangeOp } from '../../model/change';
import type { Annotation, Package, Pipeline, ReviewMeeting, ReviewOpinion } from '../../model/tables';
import type { BundlePlan } from './plan';

// What points at a package, and what becomes of it when the package goes. Review opinions and pen annotations belong
// to a package; pipelines and meeting agendas name one. A package deleted without them would leave rows pointing at
// nothing: the opinions and annotations would stay in the file but vanish from every view. So every change that
// deletes a package takes them along in the same undoable step — opinions and annotations deleted, pipelines and
// agendas let go of it (detachOps) — or, when the package is merged into another, hands them over (handOverOps).
// Bundling (change.ts), the package panel and compound deletion (renderer) all go through here, and the dialogs and
// the CLI say beforehand what goes (dissolvedPackages, dissolvedList); locking a package keeps it and its records.

/** The rows that name a package, as the project file holds them. */
export interface PackageReferences {
  review_opinions: readonly ReviewOpinion[];
  annotations: readonly Annotation[];
  pipelines: readonly Pipeline[];
  review_meetings: readonly ReviewMeeting[];
}

export const NO_REFERENCES: PackageReferences = {
  review_opinions: [],
  annotations: [],
  pipelines: [],
  review_meetings: [],
};

/** Ids of the packages the plan dissolves: unlocked ones it does not carry on. */
export function dissolvedIds(packages: readonly Package[], plan: BundlePlan): Set<string> {
  const carried = new Set(plan.packages.map((p) => p.id));
  return new Set(packages.filter((p) => !p.locked && !carried.has(p.id)).map((p) => p.id));
}

/** A package with the number of rows of each kind that name it. */
export function referenceCounts(pkg: Pick<Package, 'id' | 'name'>, refs: PackageReferences): DissolvedPackage {
  const count = (rows: readonly { package_id: string | null }[]) =>
    rows.reduce((n, r) => (r.package_id === pkg.id ? n + 1 : n), 0);
  return {
    id: pkg.id,
    name: pkg.name,
    opinions: count(refs.review_opinions),
    annotations: count(refs.annotations),
    pipelines: count(refs.pipelines),
    meetings: refs.review_meetings.filter((m) => m.agenda.includes(pkg.id)).length,
  };
}

/** Each package the plan dissolves, with what names it (in the packages' order). */
export function dissolvedPackages(
  packages: readonly Package[],
  plan: BundlePlan,
  refs: PackageReferences,
): DissolvedPackage[] {
  const ids = dissolvedIds(packages, plan);
  return packages.filter((p) => ids.has(p.id)).map((p) => referenceCounts(p, refs));
}

/** The ops that let every row of `refs` go of the packages `ids`. */
export function detachOps(ids: ReadonlySet<string>, refs: PackageReferences): ChangeOp[] {
  const ops: ChangeOp[] = [];
  if (ids.size === 0) return ops;
  for (const o of refs.review_opinions)
    if (ids.has(o.package_id)) ops.push({ op: 'delete', table: 'review_opinions', id: o.id });
  for (const a of refs.annotations)
    if (ids.has(a.package_id)) ops.push({ op: 'delete', table: 'annotations', id: a.id });
  for (const p of refs.pipelines)
    if (p.package_id !== null && ids.has(p.package_id))
      ops.push({ op: 'put', table: 'pipelines', row: { ...p, package_id: null } });
  for (const m of refs.review_meetings)
    if (m.agenda.some((id) => ids.has(id)))
      ops.push({ op: 'put', table: 'review_meetings', row: { ...m, agenda: m.agenda.filter((id) => !ids.has(id)) } });
  return ops;
}

/** The ops that hand every row of `refs` naming package `from` over to package `to` (a merge). */
export function handOverOps(from: string, to: string, refs: PackageReferences): ChangeOp[] {
  const ops: ChangeOp[] = [];
  for (const o of refs.review_opinions)
    if (o.package_id === from) ops.push({ op: 'put', table: 'review_opinions', row: { ...o, package_id: to } });
  for (const a of refs.annotations)
    if (a.package_id === from) ops.push({ op: 'put', table: 'annotations', row: { ...a, package_id: to } });
  for (const p of refs.pipelines)
    if (p.package_id === from) ops.push({ op: 'put', table: 'pipelines', row: { ...p, package_id: to } });
  for (const m of refs.review_meetings) {
    if (!m.agenda.includes(from)) continue;
    // `to` takes `from`'s place on the agenda, once.
    const agenda = m.agenda.includes(to)
      ? m.agenda.filter((id) => id !== from)
      : m.agenda.map((id) => (id === from ? to : id));
    ops.push({ op: 'put', table: 'review_meetings', row: { ...m, agenda } });
  }
  return ops;
}

/** true when dissolving loses records a review meeting made (opinions or annotations), so the user must confirm. */
export const losesReviewRecords = (dissolved: readonly DissolvedPackage[]): boolean =>
  dissolved.some((d) => d.opinions > 0 || d.annotations > 0);

type Translate = (key: string, params?: Record<string, string | number>) => string;
type RefKind = 'opinions' | 'annotations' | 'pipelines' | 'meetings';
const ALL_KINDS: readonly RefKind[] = ['opinions', 'annotations', 'pipelines', 'meetings'];
/** What a delete confirmation names: the records deleted, not the rows only let go. */
export const RECORD_KINDS: readonly RefKind[] = ['opinions', 'annotations'];

/** The rows naming a package, as words: '2 条评审意见，1 条批注' ('' when there are none of `kinds`). */
export const referenceParts = (d: DissolvedPackage, t: Translate, kinds: readonly RefKind[] = ALL_KINDS): string =>
  kinds
    .filter((k) => d[k] > 0)
    .map((k) => t(`dissolve.${k}`, { n: d[k] }))
    .join(t('dissolve.partSep'));

/** Packages as one line of text: each name with the rows that name it, e.g. 'A（2 条评审意见）、B'. */
export function dissolvedList(
  dissolved: readonly DissolvedPackage[],
  t: Translate,
  kinds: readonly RefKind[] = ALL_KINDS,
): string {
  return dissolved
    .map((d) => {
      const parts = referenceParts(d, t, kinds);
      return parts === '' ? d.name : t('dissolve.withParts', { name: d.name, parts });
    })
    .join(t('dissolve.listSep'));
}
