// Change builders for hand-editing packages (issue 3 §2 "Manual editing"). Each returns ONE Change — one undo
// step — or a refusal the UI shows as a message. Invariants: a compound is in at most one package; a package's
// geometry and sub_district always follow its members; a package left without members is deleted; a locked
// package is never touched. A deleted package takes its review opinions and annotations along and pipelines and
// agendas let go of it; a merged one hands them to the package it joins (shared/analysis/bundle/references.ts).
// Op order: package puts, then member ops and the rows that name a package, then package deletes — so the backend's
// inverse (the reversed list) restores a package before the rows that point at it.
import { detachOps, handOverOps } from '../../../shared/analysis/bundle/index';
import { t } from '../../../shared/i18n';
import type { Change, ChangeOp } from '../../../shared/model/change';
import type { Package, PackageMember } from '../../../shared/model/tables';
import {
  type BoundaryOf,
  memberCompounds,
  memberOf,
  membersOf,
  type PackageRows,
  recomputed,
  referencesOf,
} from './rows';

export type Refusal = 'locked' | 'noPackage' | 'splitAll' | 'splitNone' | 'samePackage';
export type EditResult = { ok: true; change: Change } | { ok: false; reason: Refusal; params: Record<string, string> };

const refuse = (reason: Refusal, params: Record<string, string> = {}): EditResult => ({ ok: false, reason, params });
const lockedRefusal = (p: Package): EditResult => refuse('locked', { name: p.name });
const put = (table: 'packages', row: Package): ChangeOp => ({ op: 'put', table, row });
const putMember = (row: PackageMember): ChangeOp => ({ op: 'put', table: 'package_members', row });
const del = (table: 'packages' | 'package_members', id: string): ChangeOp => ({ op: 'delete', table, id });
/** Deleting a package with what names it let go first (see the op order above). */
const deletePackageOps = (rows: PackageRows, id: string): ChangeOp[] => [
  ...detachOps(new Set([id]), referencesOf(rows)),
  del('packages', id),
];

/** Catalog key of a refusal's message. */
export const refusalKey = (r: Refusal): string => (r === 'noPackage' ? 'pkg.hint.choose' : `pkg.error.${r}`);

/**
 * Package-edit click: adds the compound to the active package, moving it out of its old one, or removes it
 * when it already is a member. Both packages' boundaries are recomputed; an emptied package is deleted.
 */
export function toggleMember(
  rows: PackageRows,
  activeId: string | null,
  compoundId: string,
  boundaryOf: BoundaryOf,
  newId: () => string,
): EditResult {
  const active = activeId ? rows.packages[activeId] : undefined;
  const compound = rows.compounds[compoundId];
  if (!active) return refuse('noPackage');
  if (!compound) return refuse('noPackage');
  if (active.locked) return lockedRefusal(active);
  const current = memberOf(rows, compoundId);
  const from = current ? rows.packages[current.package_id] : undefined;
  if (from?.locked) return lockedRefusal(from);
  const activeMembers = memberCompounds(rows, active.id).filter((c) => c.id !== compoundId);
  if (current && current.package_id === active.id) {
    const ops = activeMembers.length > 0 ? [put('packages', recomputed(active, activeMembers, boundaryOf))] : [];
    ops.push(del('package_members', current.id));
    if (activeMembers.length === 0) ops.push(...deletePackageOps(rows, active.id));
    return done(ops, t('pkg.change.remove', { compound: compound.name, pkg: active.name }));
  }
  const ops: ChangeOp[] = [put('packages', recomputed(active, [...activeMembers, compound], boundaryOf))];
  const fromRest = from ? memberCompounds(rows, from.id).filter((c) => c.id !== compoundId) : [];
  if (from && fromRest.length > 0) ops.push(put('packages', recomputed(from, fromRest, boundaryOf)));
  ops.push(putMember({ id: current?.id ?? newId(), package_id: active.id, compound_id: compoundId }));
  if (from && fromRest.length === 0) ops.push(...deletePackageOps(rows, from.id));
  const summary = from
    ? t('pkg.change.move', { compound: compound.name, from: from.name, pkg: active.name })
    : t('pkg.change.add', { compound: compound.name, pkg: active.name });
  return done(ops, summary);
}

/**
 * Merges `otherId` into `keepId`: the kept package keeps its name, id and fields and takes over the other's opinions,
 * annotations, pipelines and agenda places; the other is deleted.
 */
export function mergePackages(rows: PackageRows, keepId: string, otherId: string, boundaryOf: BoundaryOf): EditResult {
  const keep = rows.packages[keepId];
  const other = rows.packages[otherId];
  if (!keep || !other) return refuse('noPackage');
  if (keepId === otherId) return refuse('samePackage');
  if (keep.locked) return lockedRefusal(keep);
  if (other.locked) return lockedRefusal(other);
  const members = [...memberCompounds(rows, keepId), ...memberCompounds(rows, otherId)];
  const ops: ChangeOp[] = [put('packages', recomputed(keep, members, boundaryOf))];
  for (const m of membersOf(rows, otherId)) ops.push(putMember({ ...m, package_id: keepId }));
  ops.push(...handOverOps(otherId, keepId, referencesOf(rows)), del('packages', otherId));
  return done(ops, t('pkg.change.merge', { other: other.name, pkg: keep.name }));
}

/** The chosen compounds of a package become a new package (same status and years, unlocked). */
export function splitPackage(
  rows: PackageRows,
  packageId: string,
  compoundIds: readonly string[],
  boundaryOf: BoundaryOf,
  newId: () => string,
): EditResult {
  const pkg = rows.packages[packageId];
  if (!pkg) return refuse('noPackage');
  if (pkg.locked) return lockedRefusal(pkg);
  const chosen = new Set(compoundIds);
  const moving = membersOf(rows, packageId).filter((m) => chosen.has(m.compound_id));
  if (moving.length === 0) return refuse('splitNone');
  const all = memberCompounds(rows, packageId);
  const staying = all.filter((c) => !chosen.has(c.id));
  if (staying.length === 0) return refuse('splitAll');
  const leaving = all.filter((c) => chosen.has(c.id));
  const created: Package = recomputed(
    { ...pkg, id: newId(), name: t('pkg.splitName', { name: pkg.name }), locked: false, notes: '' },
    leaving,
    boundaryOf,
  );
  const ops: ChangeOp[] = [put('packages', recomputed(pkg, staying, boundaryOf)), put('packages', created)];
  for (const m of moving) ops.push(putMember({ ...m, package_id: created.id }));
  return done(ops, t('pkg.change.split', { pkg: pkg.name, n: String(moving.length) }));
}

/** Deletes a package; its compounds are freed (their membership rows deleted), its review records go with it. */
export function deletePackage(rows: PackageRows, packageId: string): EditResult {
  const pkg = rows.packages[packageId];
  if (!pkg) return refuse('noPackage');
  if (pkg.locked) return lockedRefusal(pkg);
  const ops: ChangeOp[] = membersOf(rows, packageId).map((m) => del('package_members', m.id));
  ops.push(...deletePackageOps(rows, packageId));
  return done(ops, t('pkg.change.delete', { pkg: pkg.name }));
}

/** A field edit of a package (rename, status, years, lock). Locking and unlocking are always allowed. */
export function editPackage(
  pkg: Package,
  patch: Partial<Omit<Package, 'id' | 'geometry'>>,
  fieldLabel: string,
): Change {
  const row: Package = { ...pkg, ...patch };
  const summary =
    'locked' in patch && Object.keys(patch).length === 1
      ? t(patch.locked ? 'pkg.change.lock' : 'pkg.change.unlock', { pkg: pkg.name })
      : t('pkg.change.edit', { pkg: pkg.name, field: fieldLabel });
  return { ops: [put('packages', row)], summary };
}

const done = (ops: ChangeOp[], summary: string): EditResult => ({ ok: true, change: { ops, summary } });
