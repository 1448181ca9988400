// The compound table's rows, filter and sort, pure so they are unit-tested without a DOM. A row joins a compound
// with what the table shows beside its survey fields: eligibility, priority, package and estimate.
import { compoundEligibility, type EligibilityState } from '../../../shared/analysis/eligibility';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { Compound, Package, PackageMember } from '../../../shared/model/tables';

export interface CompoundRow {
  id: string;
  compound: Compound;
  eligibility: EligibilityState;
  priority: number | null;
  packageId: string | null;
  packageName: string;
  estimate: number | null;
}

/** Per-compound values computed elsewhere (shared/analysis), injected so this module stays a plain join. */
export interface RowSources {
  priority?: (c: Compound) => number | null;
  estimate?: (c: Compound) => number | null;
}

export function buildCompoundRows(
  compounds: Record<string, Compound>,
  packages: Record<string, Package>,
  members: Record<string, PackageMember>,
  settings: Pick<ProjectSettings, 'cutoff_year' | 'consent_threshold'>,
  sources: RowSources = {},
): CompoundRow[] {
  const packageOf = new Map<string, string>();
  for (const m of Object.values(members)) packageOf.set(m.compound_id, m.package_id);
  return Object.values(compounds).map((c) => {
    const packageId = packageOf.get(c.id) ?? null;
    return {
      id: c.id,
      compound: c,
      eligibility: compoundEligibility(c, settings).state,
      priority: sources.priority?.(c) ?? null,
      packageId,
      packageName: packageId ? (packages[packageId]?.name ?? '') : '',
      estimate: sources.estimate?.(c) ?? null,
    };
  });
}

/** null / 'all' means "no constraint"; packageId 'none' keeps compounds outside every package. */
export interface CompoundFilter {
  text: string;
  eligibility: EligibilityState | 'all';
  subDistrict: string | null;
  community: string | null;
  packageId: string | 'none' | null;
}

export const EMPTY_FILTER: CompoundFilter = {
  text: '',
  eligibility: 'all',
  subDistrict: null,
  community: null,
  packageId: null,
};

/** Text matches name, 街道, 社区, package name and notes, case-insensitively; all given constraints must hold. */
export function filterRows(rows: readonly CompoundRow[], f: CompoundFilter): CompoundRow[] {
  const needle = f.text.trim().toLowerCase();
  return rows.filter((r) => {
    const c = r.compound;
    if (f.eligibility !== 'all' && r.eligibility !== f.eligibility) return false;
    if (f.subDistrict !== null && c.sub_district !== f.subDistrict) return false;
    if (f.community !== null && c.community !== f.community) return false;
    if (f.packageId === 'none' && r.packageId !== null) return false;
    if (f.packageId !== null && f.packageId !== 'none' && r.packageId !== f.packageId) return false;
    if (needle === '') return true;
    return [c.name, c.sub_district, c.community, r.packageName, c.condition_notes].some((s) =>
      s.toLowerCase().includes(needle),
    );
  });
}

/** The distinct non-empty values of a text column, sorted in Chinese collation (for filter menus). */
export function distinctValues(rows: readonly CompoundRow[], pick: (c: Compound) => string): string[] {
  const set = new Set<string>();
  for (const r of rows) {
    const v = pick(r.compound);
    if (v !== '') set.add(v);
  }
  return [...set].sort((a, b) => a.localeCompare(b, 'zh'));
}

type Sortable = string | number | boolean | null;

/** What a column sorts on: a compound column or a joined value. */
export type SortKey = keyof Omit<Compound, 'id' | 'geometry'> | 'eligibility' | 'priority' | 'packageName' | 'estimate';

const sortValue = (r: CompoundRow, key: SortKey): Sortable => {
  switch (key) {
    case 'eligibility':
    case 'priority':
    case 'packageName':
    case 'estimate':
      return r[key];
    default:
      return r.compound[key];
  }
};

/**
 * Ascending comparator for a column; nulls (not surveyed) sort last, strings in Chinese collation.
 * antd flips it for descending, so nulls then come first — the table shows them either way.
 */
export function compareRows(key: SortKey): (a: CompoundRow, b: CompoundRow) => number {
  return (a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y, 'zh');
    return Number(x) - Number(y);
  };
}
