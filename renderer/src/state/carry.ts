// What lies on a compound goes where the compound goes: the rows that point at it by `compound_id` among buildings,
// facilities, site areas, roads and leftover pieces are deleted with it and moved with it, in the same change (one
// undo step restores or moves back all of them). A building carries the facilities attached to it by `building_id`
// (an elevator retrofit goes with its building). Pipelines and trees are not carried: pipes cross compounds, and a
// tree stays where it grows. Pure: delete (app/deleteSelection.ts) and move (map/tools/move.ts) both call carryOps.
import type { ChangeOp } from '../../../shared/model/change';
import type { LineString, Polygon, Position } from '../../../shared/model/geometry';
import type { RowOf } from '../../../shared/model/tables';

/** The tables whose rows a compound carries, in the order their ops are written. */
export const CARRIED_TABLES = ['facilities', 'roads', 'site_areas', 'leftover_pieces', 'buildings'] as const;
export type CarriedTable = (typeof CARRIED_TABLES)[number];
export type CarriedRow = { [T in CarriedTable]: { table: T; row: RowOf<T> } }[CarriedTable];
/** The rows to look through; a table left out carries nothing (fakes and partial callers). */
export type CarryRows = { readonly [T in CarriedTable]?: Readonly<Record<string, RowOf<T>>> };

export type CarryAction = { op: 'delete' } | { op: 'move'; dLon: number; dLat: number };

/** The rows being deleted or moved that others lie on. */
export interface CarryOwners {
  compounds: ReadonlySet<string>;
  /** Buildings deleted or moved by themselves (a compound's own buildings are carried with it anyway). */
  buildings?: ReadonlySet<string>;
}

const onOwner = (table: CarriedTable, row: RowOf<CarriedTable>, owners: CarryOwners): boolean =>
  (row.compound_id !== null && owners.compounds.has(row.compound_id)) ||
  (table === 'facilities' &&
    owners.buildings !== undefined &&
    (row as RowOf<'facilities'>).building_id !== null &&
    owners.buildings.has((row as RowOf<'facilities'>).building_id as string));

/** Every carried row that lies on one of the owners, table by table in CARRIED_TABLES order. */
export function carriedBy(rows: CarryRows, owners: CarryOwners): CarriedRow[] {
  const out: CarriedRow[] = [];
  if (owners.compounds.size === 0 && (owners.buildings?.size ?? 0) === 0) return out;
  for (const table of CARRIED_TABLES)
    for (const row of Object.values(rows[table] ?? {}))
      if (onOwner(table, row, owners)) out.push({ table, row } as CarriedRow);
  return out;
}

const shift =
  (dLon: number, dLat: number) =>
  (p: Position): Position => [p[0] + dLon, p[1] + dLat];

function movedGeometry<G extends Polygon | LineString>(g: G, dLon: number, dLat: number): G {
  const s = shift(dLon, dLat);
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(s) } as G;
  return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(s)) } as G;
}

/** The carried row with its geometry moved by the offset (degrees), everything else kept. */
export function movedCarried(c: CarriedRow, dLon: number, dLat: number): CarriedRow {
  return { table: c.table, row: { ...c.row, geometry: movedGeometry(c.row.geometry, dLon, dLat) } } as CarriedRow;
}

const opFor = (c: CarriedRow, action: CarryAction): ChangeOp =>
  action.op === 'delete'
    ? { op: 'delete', table: c.table, id: c.row.id }
    : ({ op: 'put', ...movedCarried(c, action.dLon, action.dLat) } as ChangeOp);

/**
 * The extra ops a delete or a move of the owners needs for what lies on them. `skip` holds `table:id` keys the
 * change already writes (a building selected with its compound is moved or deleted once).
 */
export function carryOps(
  rows: CarryRows,
  owners: CarryOwners,
  action: CarryAction,
  skip: ReadonlySet<string> = new Set(),
): ChangeOp[] {
  return carriedBy(rows, owners)
    .filter((c) => !skip.has(`${c.table}:${c.row.id}`))
    .map((c) => opFor(c, action));
}
