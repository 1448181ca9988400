import type { ReactNode } from 'react';

// Small table primitives of the printed reports.

export interface Column<R> {
  title: string;
  num?: boolean;
  width?: string;
  cell: (row: R, index: number) => ReactNode;
}

export function Table<R>({
  columns,
  rows,
  rowKey,
  rowClass,
  offset = 0,
}: {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R, index: number) => string;
  rowClass?: (row: R) => string | undefined;
  /** Index of the first row in the whole table (a table split over sheets keeps its numbering). */
  offset?: number;
}) {
  return (
    <table className="rp-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.title} className={c.num ? 'num' : undefined} style={c.width ? { width: c.width } : undefined}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={rowKey(r, i + offset)} className={rowClass?.(r)}>
            {columns.map((c) => (
              <td key={c.title} className={c.num ? 'num' : undefined}>
                {c.cell(r, i + offset)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function KeyValues({ pairs }: { pairs: [string, ReactNode][] }) {
  const rows: [string, ReactNode][][] = [];
  for (let i = 0; i < pairs.length; i += 2) rows.push(pairs.slice(i, i + 2));
  return (
    <table className="rp-kv">
      <tbody>
        {rows.map((row) => (
          <tr key={row.map(([k]) => k).join('|')}>
            {row.map(([k, v]) => [
              <th key={`${k}:k`}>{k}</th>,
              <td key={`${k}:v`} className="rp-kv-value">
                {v}
              </td>,
            ])}
            {row.length === 1 && [<th key="pad:k" />, <td key="pad:v" className="rp-kv-value" />]}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
