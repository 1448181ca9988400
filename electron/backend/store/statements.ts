import type Database from 'better-sqlite3';
import { type RowOf, TABLE_NAMES, type TableName } from '../../../shared/model/tables';
import { columnList, quoteId, TABLE_COLUMNS } from './columns';
import { rowReader, rowToValues } from './rows';

// Prepared statements per writable table, built once per connection from the column spec.

export interface TableAccess<T extends TableName> {
  /**
   * Insert, or replace the whole row by id; an existing row keeps its fid (and rtree entry). A caller that has
   * just read the row passes `exists` and saves a statement per row (bulk imports write tens of thousands).
   * Returns the row's fid (what its rtree entry is keyed by).
   */
  put(row: RowOf<T>, exists?: boolean): number;
  get(id: string): RowOf<T> | null;
  /** Returns the deleted row's fid, null when there was no such row. */
  delete(id: string): number | null;
  all(): RowOf<T>[];
  count(): number;
}

export type TableAccessMap = { [T in TableName]: TableAccess<T> };

function tableAccess<T extends TableName>(db: Database.Database, table: T): TableAccess<T> {
  const cols = TABLE_COLUMNS[table];
  const t = quoteId(table);
  const list = columnList(table);
  // Put = UPDATE by id, else INSERT. Not an UPSERT: an outer ON CONFLICT clause overrides the INSERT OR REPLACE
  // inside the GeoPackage 1.3 rtree triggers (update1), which then fail on the rtree's existing id.
  const idIndex = cols.findIndex((c) => c.name === 'id');
  const setList = cols
    .filter((c) => c.name !== 'id')
    .map((c) => `${quoteId(c.name)} = ?`)
    .join(', ');
  const update = db.prepare(`UPDATE ${t} SET ${setList} WHERE id = ? RETURNING fid`).pluck();
  const insert = db.prepare(`INSERT INTO ${t} (${list}) VALUES (${cols.map(() => '?').join(', ')})`);
  const get = db.prepare(`SELECT ${list} FROM ${t} WHERE id = ?`).raw();
  const del = db.prepare(`DELETE FROM ${t} WHERE id = ? RETURNING fid`).pluck();
  const all = db.prepare(`SELECT ${list} FROM ${t} ORDER BY fid`).raw();
  const count = db.prepare(`SELECT count(*) FROM ${t}`).pluck();
  const read = rowReader(table);
  return {
    put: (row, exists) => {
      const values = rowToValues(table, row);
      if (exists !== false) {
        const id = values[idIndex];
        const fid = update.get(...values.filter((_, i) => i !== idIndex), id) as number | undefined;
        if (fid !== undefined) return fid;
      }
      return Number(insert.run(values).lastInsertRowid);
    },
    get: (id) => {
      const values = get.get(id) as unknown[] | undefined;
      return values ? read(values) : null;
    },
    delete: (id) => (del.get(id) as number | undefined) ?? null,
    all: () => (all.all() as unknown[][]).map(read),
    count: () => count.get() as number,
  };
}

export function prepareTables(db: Database.Database): TableAccessMap {
  const entries = TABLE_NAMES.map((name) => [name, tableAccess(db, name)] as const);
  return Object.fromEntries(entries) as unknown as TableAccessMap;
}
