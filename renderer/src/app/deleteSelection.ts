// Builds the Change that deletes the selected features, whatever their kind (compounds, buildings, pipelines, trees,
// roads, site areas, facilities). Deleting a compound deletes what lies on it too (state/carry.ts: its buildings,
// facilities, site areas, roads and leftover pieces, which would otherwise point at a missing compound), its
// renovation-item lines and its package membership; the packages it leaves get their boundary recomputed (or are
// deleted when emptied). The caller confirms with the counts before committing.
import { detachOps, referenceCounts } from '../../../shared/analysis/bundle/index';
import { t } from '../../../shared/i18n';
import type { DissolvedPackage } from '../../../shared/model/bundle';
import type { Change, ChangeOp } from '../../../shared/model/change';
import type { Building, Compound, CompoundItem, Facility, RowOf } from '../../../shared/model/tables';
import { deleteChange } from '../facilities/facilityRows';
import { type BoundaryOf, memberCompounds, type PackageRows, recomputed, referencesOf } from '../packages/rows';
import { CARRIED_TABLES, type CarriedTable, type CarryRows, carryOps } from '../state/carry';
import type { FeatureRef, SelectableTable } from '../state/types';
import '../map/pipeMessages';
import '../context/messages';
import '../facilities/messages';

/** Every table a delete writes rows of besides compounds (selected or carried). */
type DeletedTable = Exclude<SelectableTable | CarriedTable, 'compounds'>;
/** Referencing rows first: the inverse then restores compounds (and packages) before the rows that point at them. */
const DELETE_ORDER: readonly DeletedTable[] = [
  'facilities',
  'roads',
  'site_areas',
  'pipelines',
  'trees',
  'leftover_pieces',
  'buildings',
];

/** Rows of the other kinds; a kind left out is deleted as selected (no check that its rows still exist). */
type OtherRows = { readonly [T in Exclude<DeletedTable, 'buildings'>]?: Readonly<Record<string, RowOf<T>>> };

/** The rows besides compounds and buildings that point at a compound, and the rows of the other selectable kinds. */
export interface DeleteRelated extends Omit<PackageRows, 'compounds'>, OtherRows {
  compound_items: Readonly<Record<string, CompoundItem>>;
  boundaryOf: BoundaryOf;
}

export interface DeletePlan {
  change: Change;
  compoundCount: number;
  buildingCount: number;
  /** Buildings deleted only because their compound is (the confirmation says how many). */
  cascadedBuildings: number;
  /** Other rows deleted only because their compound is, by table (the confirmation lists them). */
  carried: Partial<Record<Exclude<CarriedTable, 'buildings'>, number>>;
  /** Packages left without compounds (deleted), with the rows that name them (the confirmation lists their records). */
  emptiedPackages: DissolvedPackage[];
}

type Summarise = (counts: { compounds: number; buildings: number }) => string;

/** The shell's words for the compounds and buildings a delete takes (the journal line's first part). */
export const deleteSummary: Summarise = (counts) =>
  counts.compounds > 0
    ? t('change.deleteCompounds', { c: counts.compounds, b: counts.buildings })
    : t('change.deleteBuildings', { b: counts.buildings });
type Ids = ReadonlyMap<DeletedTable | 'compounds', ReadonlySet<string>>;

/**
 * Each kind's part of the journal summary, in this order. Compounds and buildings are counted together by the
 * caller's words; one facility is named as its form's delete names it, so both write the same journal line.
 */
const SUMMARY_PARTS: readonly ((ids: Ids, rows: OtherRows, summarise: Summarise) => string)[] = [
  (ids, _rows, summarise) => {
    const counts = { compounds: ids.get('compounds')?.size ?? 0, buildings: ids.get('buildings')?.size ?? 0 };
    return counts.compounds + counts.buildings > 0 ? summarise(counts) : '';
  },
  (ids) => count(ids, 'pipelines', 'trees', (n) => t('pipemap.summary.delete', { n })),
  (ids) => count(ids, 'roads', 'site_areas', (n) => t('context.summary.delete', { n })),
  (ids, rows) => {
    const facilities = [...(ids.get('facilities') ?? [])];
    const only = facilities.length === 1 ? rows.facilities?.[facilities[0] as string] : undefined;
    if (only) return deleteChange(only as Facility).summary;
    return facilities.length > 0 ? t('facilities.summary.deleteMany', { n: facilities.length }) : '';
  },
];

function count(ids: Ids, a: DeletedTable, b: DeletedTable, text: (n: number) => string): string {
  const n = (ids.get(a)?.size ?? 0) + (ids.get(b)?.size ?? 0);
  return n > 0 ? text(n) : '';
}

/** `table:id` keys of the rows in `ids` (what carryOps and dependentOps test rows against). */
const rowKeys = (ids: Ids): Set<string> =>
  new Set([...ids].flatMap(([table, set]) => [...set].map((id) => `${table}:${id}`)));

export function planDelete(
  selection: readonly FeatureRef[],
  compounds: Readonly<Record<string, Compound>>,
  buildings: Readonly<Record<string, Building>>,
  summarise: Summarise,
  related?: DeleteRelated,
): DeletePlan | null {
  const rows = { ...related, compounds, buildings } as OtherRows & CarryRows & { compounds: typeof compounds };
  const exists = (r: FeatureRef): boolean => {
    const table = rows[r.table] as Readonly<Record<string, unknown>> | undefined;
    return table === undefined || table[r.id] !== undefined;
  };
  // Selected rows that still exist, table by table in selection order; duplicate refs are dropped.
  const ids = new Map<DeletedTable | 'compounds', Set<string>>();
  const add = (table: DeletedTable | 'compounds', id: string) => {
    const set = ids.get(table) ?? new Set<string>();
    set.add(id);
    ids.set(table, set);
  };
  for (const r of selection) if (exists(r)) add(r.table, r.id);
  if (ids.size === 0) return null;
  const compoundIds = ids.get('compounds') ?? new Set<string>();
  const selected = rowKeys(ids);
  const carried: Partial<Record<CarriedTable, number>> = {};
  const owners = { compounds: compoundIds, buildings: ids.get('buildings') ?? new Set<string>() };
  for (const op of carryOps(rows, owners, { op: 'delete' }, selected)) {
    if (op.op !== 'delete') continue;
    add(op.table as CarriedTable, op.id);
    carried[op.table as CarriedTable] = (carried[op.table as CarriedTable] ?? 0) + 1;
  }
  const deletes = (table: DeletedTable | 'compounds'): ChangeOp[] =>
    [...(ids.get(table) ?? [])].map((id): ChangeOp => ({ op: 'delete', table, id }));
  const deleted = rowKeys(ids); // the selection and what it carries
  const dependent = related ? dependentOps(compoundIds, compounds, related, deleted) : { ops: [], emptied: [] };
  const ops: ChangeOp[] = [...DELETE_ORDER.flatMap(deletes), ...dependent.ops, ...deletes('compounds')];
  const summary = SUMMARY_PARTS.map((part) => part(ids, rows, summarise))
    .filter((s) => s !== '')
    .join('；');
  const { buildings: cascadedBuildings = 0, ...others } = carried;
  return {
    change: { ops, summary },
    compoundCount: compoundIds.size,
    buildingCount: ids.get('buildings')?.size ?? 0,
    cascadedBuildings,
    carried: others,
    emptiedPackages: dependent.emptied,
  };
}

/** The confirmation's list of the other rows that go with deleted compounds ('' when there are none). */
export function carriedText(carried: DeletePlan['carried']): string {
  return CARRIED_TABLES.flatMap((table) => {
    const n = table === 'buildings' ? 0 : (carried[table] ?? 0);
    return n > 0 ? [t(`delete.carried.${table}`, { n })] : [];
  }).join(t('delete.carried.sep'));
}

/**
 * Item lines and memberships of the deleted compounds, and the recomputed (or emptied → deleted) packages; an emptied
 * package takes its review records along and lets go of the pipelines and agendas naming it, except rows this delete
 * removes anyway (`deleted`: table:id keys).
 */
function dependentOps(
  compoundIds: ReadonlySet<string>,
  compounds: Readonly<Record<string, Compound>>,
  related: DeleteRelated,
  deleted: ReadonlySet<string>,
): { ops: ChangeOp[]; emptied: DissolvedPackage[] } {
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
  const refs = referencesOf(related);
  const emptied: DissolvedPackage[] = [];
  const emptiedOps: ChangeOp[] = [];
  for (const id of touched) {
    const pkg = related.packages[id];
    if (!pkg) continue;
    const rest = memberCompounds(rows, id).filter((c) => !compoundIds.has(c.id));
    if (rest.length > 0) {
      ops.push({ op: 'put', table: 'packages', row: recomputed(pkg, rest, related.boundaryOf) });
      continue;
    }
    emptied.push(referenceCounts(pkg, refs));
    const detach = detachOps(new Set([id]), refs).filter(
      (op) => !deleted.has(`${op.table}:${op.op === 'put' ? op.row.id : op.id}`),
    );
    emptiedOps.push(...detach, { op: 'delete', table: 'packages', id });
  }
  return { ops: [...ops, ...memberDeletes, ...emptiedOps], emptied };
}
