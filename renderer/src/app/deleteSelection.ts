// Builds the Change that deletes the selected features. Deleting a compound deletes its buildings too (they
// would otherwise point at a missing compound), its renovation-item lines and its package membership; the
// packages it leaves get their boundary recomputed (or are deleted when emptied). The caller confirms with the
// counts before committing.
import { t } from '../../../shared/i18n';
import type { Change, ChangeOp } from '../../../shared/model/change';
import type { Building, Compound, CompoundItem } from '../../../shared/model/tables';
import { type BoundaryOf, memberCompounds, type PackageRows, recomputed } from '../packages/rows';
import type { FeatureRef } from '../state/types';
import '../map/pipeMessages';
import '../context/messages';

const isLineRef = (r: FeatureRef): r is { table: 'pipelines' | 'trees'; id: string } =>
  r.table === 'pipelines' || r.table === 'trees';
/** Roads and site areas (issue 4): nothing points at them, so they go as they are. */
const isContextRef = (r: FeatureRef): r is { table: 'roads' | 'site_areas'; id: string } =>
  r.table === 'roads' || r.table === 'site_areas';

/** The rows besides compounds and buildings that point at a compound. */
export interface DeleteRelated extends Omit<PackageRows, 'compounds'> {
  compound_items: Readonly<Record<string, CompoundItem>>;
  boundaryOf: BoundaryOf;
}

export interface DeletePlan {
  change: Change;
  compoundCount: number;
  buildingCount: number;
  /** Buildings deleted only because their compound is (the confirmation says how many). */
  cascadedBuildings: number;
}

type Summarise = (counts: { compounds: number; buildings: number }) => string;

export function planDelete(
  selection: readonly FeatureRef[],
  compounds: Readonly<Record<string, Compound>>,
  buildings: Readonly<Record<string, Building>>,
  summarise: Summarise,
  related?: DeleteRelated,
): DeletePlan | null {
  const compoundIds = new Set(selection.filter((r) => r.table === 'compounds' && compounds[r.id]).map((r) => r.id));
  const buildingIds = new Set(selection.filter((r) => r.table === 'buildings' && buildings[r.id]).map((r) => r.id));
  let cascaded = 0;
  for (const b of Object.values(buildings)) {
    if (b.compound_id && compoundIds.has(b.compound_id) && !buildingIds.has(b.id)) {
      buildingIds.add(b.id);
      cascaded++;
    }
  }
  // Pipelines and trees reference nothing that a delete must cascade to (their conflict reviews are keyed by
  // conflict and simply stop matching). Duplicate refs are dropped.
  const lineOps = [...new Map(selection.filter(isLineRef).map((r) => [`${r.table}:${r.id}`, r])).values()].map(
    (r): ChangeOp => ({ op: 'delete', table: r.table, id: r.id }),
  );
  const contextOps = [...new Map(selection.filter(isContextRef).map((r) => [`${r.table}:${r.id}`, r])).values()].map(
    (r): ChangeOp => ({ op: 'delete', table: r.table, id: r.id }),
  );
  if (compoundIds.size === 0 && buildingIds.size === 0 && lineOps.length + contextOps.length === 0) return null;
  // Referencing rows first: the inverse then restores compounds (and packages) before the rows that point at them.
  const ops: ChangeOp[] = [
    ...contextOps,
    ...lineOps,
    ...[...buildingIds].map((id): ChangeOp => ({ op: 'delete', table: 'buildings', id })),
    ...(related ? dependentOps(compoundIds, compounds, related) : []),
    ...[...compoundIds].map((id): ChangeOp => ({ op: 'delete', table: 'compounds', id })),
  ];
  const counts = { compounds: compoundIds.size, buildings: buildingIds.size };
  const summary = [
    counts.compounds + counts.buildings > 0 ? summarise(counts) : '',
    lineOps.length > 0 ? t('pipemap.summary.delete', { n: lineOps.length }) : '',
    contextOps.length > 0 ? t('context.summary.delete', { n: contextOps.length }) : '',
  ]
    .filter((s) => s !== '')
    .join('；');
  return {
    change: { ops, summary },
    compoundCount: counts.compounds,
    buildingCount: counts.buildings,
    cascadedBuildings: cascaded,
  };
}

/** Item lines and memberships of the deleted compounds, and the recomputed (or emptied → deleted) packages. */
function dependentOps(
  compoundIds: ReadonlySet<string>,
  compounds: Readonly<Record<string, Compound>>,
  related: DeleteRelated,
): ChangeOp[] {
  const ops: ChangeOp[] = [];
  for (const line of Object.values(related.compound_items))
    if (compoundIds.has(line.compound_id)) ops.push({ op: 'delete', table: 'compound_items', id: line.id });
  const touched = new Set<string>();
  const memberDeletes: ChangeOp[] = [];
  for (const m of Object.values(related.package_members)) {
    if (!compoundIds.has(m.compound_id)) continue;
    touched.add(m.package_id);
    memberDeletes.push({ op: 'delete', table: 'package_members', id: m.id });
  }
  const rows: PackageRows = { compounds, packages: related.packages, package_members: related.package_members };
  const emptied: ChangeOp[] = [];
  for (const id of touched) {
    const pkg = related.packages[id];
    if (!pkg) continue;
    const rest = memberCompounds(rows, id).filter((c) => !compoundIds.has(c.id));
    if (rest.length > 0) ops.push({ op: 'put', table: 'packages', row: recomputed(pkg, rest, related.boundaryOf) });
    else emptied.push({ op: 'delete', table: 'packages', id });
  }
  return [...ops, ...memberDeletes, ...emptied];
}
