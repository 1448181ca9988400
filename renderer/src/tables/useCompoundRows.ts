// The compound table's rows from the store, recomputed when rows or settings change (not on selection changes).
import { useMemo } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { useStore } from '../state/store';
import { buildCompoundRows, type CompoundRow } from './compoundRows';
import { useRowSources } from './useRowSources';

export function useCompoundRows(): CompoundRow[] {
  const compounds = useStore((s) => s.compounds);
  const packages = useStore((s) => s.packages);
  const members = useStore((s) => s.package_members);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const sources = useRowSources();
  return useMemo(
    () => buildCompoundRows(compounds, packages, members, settings, sources),
    [compounds, packages, members, settings, sources],
  );
}
