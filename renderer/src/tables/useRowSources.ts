// Priority and estimate per compound for the table, from shared/analysis (priority.ts, estimate.ts).
import { useMemo } from 'react';
import { compoundPriority } from '../../../shared/analysis/priority';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { CompoundItem } from '../../../shared/model/tables';
import { useEstimateSource } from '../items/useEstimates';
import { useStore } from '../state/store';
import type { RowSources } from './compoundRows';

export function useRowSources(): RowSources {
  const estimates = useEstimateSource();
  const lines = useStore((s) => s.compound_items);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  return useMemo(() => {
    const linesOf = new Map<string, CompoundItem[]>();
    for (const l of Object.values(lines)) {
      const list = linesOf.get(l.compound_id);
      if (list) list.push(l);
      else linesOf.set(l.compound_id, [l]);
    }
    const catalog = estimates.ctx.catalog;
    return {
      priority: (c) => compoundPriority(c, linesOf.get(c.id) ?? [], catalog, settings).score,
      estimate: (c) => estimates.compound(c).total,
    };
  }, [estimates, lines, settings]);
}
