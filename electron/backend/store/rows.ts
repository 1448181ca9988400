import type { RowOf, TableName } from '../../../shared/model/tables';
import { decodeGpkg } from '../gpkg/decode';
import { encodeGpkg, type GpkgGeometry } from '../gpkg/encode';
import { type ColumnKind, TABLE_COLUMNS } from './columns';

// Row objects <-> SQL parameter arrays, in the column order of TABLE_COLUMNS. Rows passed in have already been
// validated by the table's zod schema, so conversion does no checking of its own. Reading is the hot path of
// features.load: one pass over a raw value array per row, no intermediate objects.

type SqlValue = string | number | bigint | Buffer | null;

const toSql: Record<ColumnKind, (v: unknown) => SqlValue> = {
  text: (v) => (v === null || v === undefined ? null : String(v)),
  integer: (v) => (v === null || v === undefined ? null : (v as number)),
  real: (v) => (v === null || v === undefined ? null : (v as number)),
  boolean: (v) => (v ? 1 : 0),
  geometry: (v) => (v === null || v === undefined ? null : encodeGpkg(v as GpkgGeometry)),
  json: (v) => JSON.stringify(v === undefined ? null : v),
};

const fromSql: Record<ColumnKind, (v: unknown) => unknown> = {
  text: (v) => v,
  integer: (v) => v,
  real: (v) => v,
  boolean: (v) => v === 1,
  geometry: (v) => (v === null ? null : decodeGpkg(v as Uint8Array)),
  json: (v) => (typeof v === 'string' ? JSON.parse(v) : null),
};

/** Parameters for INSERT, in TABLE_COLUMNS order. */
export function rowToValues<T extends TableName>(table: T, row: RowOf<T>): SqlValue[] {
  const record = row as Record<string, unknown>;
  // A nullable JSON column (packages.funding) stores SQL NULL, not the text 'null', so GIS filters work.
  return TABLE_COLUMNS[table].map((c) =>
    c.nullable && (record[c.name] ?? null) === null ? null : toSql[c.kind](record[c.name]),
  );
}

/**
 * Builds a reader that turns a raw SELECT of `columnList(table)` into a row object. The reader is generated from
 * the column spec as one object literal (every row gets the same hidden class, no keyed stores): this is what
 * keeps features.load close to a raw read. The generated source holds only spec names and indexes, no input.
 */
export function rowReader<T extends TableName>(table: T): (values: unknown[]) => RowOf<T> {
  const fields = TABLE_COLUMNS[table].map((c, i) => {
    const value = `v[${i}]`;
    const expr = c.kind === 'text' || c.kind === 'integer' || c.kind === 'real' ? value : `conv.${c.kind}(${value})`;
    return `${JSON.stringify(c.name)}: ${expr}`;
  });
  const build = new Function('conv', `return (v) => ({ ${fields.join(', ')} });`) as (
    conv: typeof fromSql,
  ) => (values: unknown[]) => RowOf<T>;
  return build(fromSql);
}
