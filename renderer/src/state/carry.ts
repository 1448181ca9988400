// What lies on a compound goes where the compound goes: the rows that point at it by `compound_id` among buildings,
// facilities, site areas, roads and leftover pieces are deleted with it and moved with it, in the same change (one
// undo step restores or moves back all of them). Pipelines and trees are not carried: pipes cross compounds, and a
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

/** Every carried row that points at one of the compounds, table by table in CARRIED_TABLES order. */
export function carriedBy(rows: CarryRows, compoundIds: ReadonlySet<string>): CarriedRow[] {
  const out: CarriedRow[] = [];
  if (compoundIds.size === 0) return out;
  for (const table of CARRIED_TABLES)
    for (const row of Object.values(rows[table] ?? {}))
      if (row.compound_id && compoundIds.has(row.compound_id)) out.push({ table, row } as CarriedRow);
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
 * The extra ops a delete or a move of the compounds needs for what lies on them. `skip` holds `table:id` keys the
 * change already writes (a building selected with its compound is moved or deleted once).
 */
export function carryOps(
  rows: CarryRows,
  compoundIds: ReadonlySet<string>,
  action: CarryAction,
  skip: ReadonlySet<string> = new Set(),
): ChangeOp[] {
  return carriedBy(rows, compoundIds)
    .filter((c) => !skip.has(`${c.table}:${c.row.id}`))
    .map((c) => opFor(c, action));
}
