// Which compounds' leftover land a confirmed change can alter (pure), so that an edit recomputes one compound, not
// the district: a compound itself, and the compounds named by the rows that cut land out of compounds (buildings,
// roads, site areas, trees, pipelines, facilities) before and after the change. A cutting row that belongs to no
// compound may cross any of them: then everything is dirty.
import type { Change } from '../../../shared/model/change';
import type { Mirror } from '../state/types';

const CUTTING = new Set(['buildings', 'roads', 'site_areas', 'trees', 'pipelines', 'facilities']);

export type Dirty = Set<string> | 'all';

export function dirtyCompounds(change: Change, before: Partial<Mirror>): Dirty {
  const out = new Set<string>();
  for (const op of change.ops) {
    if (op.table === 'compounds') {
      out.add(op.op === 'put' ? op.row.id : op.id);
      continue;
    }
    if (!CUTTING.has(op.table)) continue;
    const id = op.op === 'put' ? op.row.id : op.id;
    const old = (before[op.table as keyof Mirror] as Record<string, { compound_id?: string | null }> | undefined)?.[id];
    const owners = [
      op.op === 'put' ? (op.row as { compound_id?: string | null }).compound_id : undefined,
      old?.compound_id,
    ];
    for (const owner of owners) {
      if (owner === null) return 'all';
      if (owner) out.add(owner);
    }
  }
  return out;
}

export const mergeDirty = (a: Dirty, b: Dirty): Dirty => (a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]));
