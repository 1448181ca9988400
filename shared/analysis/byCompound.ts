// Rows that belong to a compound, grouped by it: what every per-compound figure starts from.

/** Rows with a compound_id grouped by it (rows outside any compound are dropped). */
export function groupByCompound<R extends { compound_id: string | null }>(rows: Iterable<R>): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    if (r.compound_id === null) continue;
    const list = out.get(r.compound_id);
    if (list) list.push(r);
    else out.set(r.compound_id, [r]);
  }
  return out;
}
