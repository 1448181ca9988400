// The leftover panel's rows (pure): per compound its pieces (area, least width, best rectangle, what fits) with the
// compound's totals, or per package its compounds with the package's totals. Row keys: "c:<id>", "p:<id>",
// "piece:<compound id>:<index>"; only piece rows carry a geometry (clicking one zooms to it).
import type { Polygon } from '../../../shared/model/geometry';
import type { CompoundLeftover, FitCount } from '../../../shared/model/leftover';
import type { Package, PackageMember } from '../../../shared/model/tables';
import { sumFits } from './format';
import { pieceKey } from './keys';

export interface LeftoverRow {
  key: string;
  kind: 'package' | 'compound' | 'piece';
  name: string;
  /** Piece number within its compound (1-based), for piece rows. */
  index: number | null;
  packageName: string | null;
  area_m2: number;
  min_width_m: number | null;
  rect: string | null;
  pieces: number;
  fits: FitCount[];
  geometry: Polygon | null;
  pieceId: string | null;
  children?: LeftoverRow[];
}

function compoundRow(c: CompoundLeftover, packageName: string | null): LeftoverRow {
  const children: LeftoverRow[] = c.pieces.map((p, i) => ({
    key: `piece:${pieceKey(c.id, i)}`,
    kind: 'piece',
    name: '',
    index: i + 1,
    packageName,
    area_m2: p.area_m2,
    min_width_m: p.min_width_m,
    rect: `${p.rect.width_m.toFixed(1)} × ${p.rect.length_m.toFixed(1)}`,
    pieces: 1,
    fits: p.fits,
    geometry: p.geometry,
    pieceId: pieceKey(c.id, i),
  }));
  return {
    key: `c:${c.id}`,
    kind: 'compound',
    name: c.name,
    index: null,
    packageName,
    area_m2: c.leftover_m2,
    min_width_m: null,
    rect: null,
    pieces: c.pieces.length,
    fits: sumFits(c.pieces.map((p) => p.fits)),
    geometry: null,
    pieceId: null,
    ...(children.length > 0 ? { children } : {}),
  };
}

/** Compound → package name, from the membership rows. */
export function packageNames(
  packages: Readonly<Record<string, Package>>,
  members: Readonly<Record<string, PackageMember>>,
): Map<string, { id: string; name: string }> {
  const out = new Map<string, { id: string; name: string }>();
  for (const m of Object.values(members)) {
    const p = packages[m.package_id];
    if (p) out.set(m.compound_id, { id: p.id, name: p.name });
  }
  return out;
}

/** Compounds sorted by leftover area, largest first; `filter` matches the compound name. */
export function compoundRows(
  result: readonly CompoundLeftover[],
  pkgOf: Map<string, { id: string; name: string }>,
  filter = '',
): LeftoverRow[] {
  return result
    .filter((c) => !filter || c.name.includes(filter))
    .map((c) => compoundRow(c, pkgOf.get(c.id)?.name ?? null))
    .sort((a, b) => b.area_m2 - a.area_m2);
}

/** Packages (and a "no package" group named `unpackaged`) with their compounds as children. */
export function packageRows(
  result: readonly CompoundLeftover[],
  pkgOf: Map<string, { id: string; name: string }>,
  unpackaged: string,
): LeftoverRow[] {
  const groups = new Map<string, { name: string; compounds: LeftoverRow[] }>();
  for (const c of result) {
    const pkg = pkgOf.get(c.id);
    const key = pkg?.id ?? '';
    const g = groups.get(key) ?? { name: pkg?.name ?? unpackaged, compounds: [] };
    g.compounds.push(compoundRow(c, pkg?.name ?? null));
    groups.set(key, g);
  }
  return [...groups]
    .map(([id, g]) => ({
      key: `p:${id || 'none'}`,
      kind: 'package' as const,
      name: g.name,
      index: null,
      packageName: g.name,
      area_m2: g.compounds.reduce((s, c) => s + c.area_m2, 0),
      min_width_m: null,
      rect: null,
      pieces: g.compounds.reduce((s, c) => s + c.pieces, 0),
      fits: sumFits(g.compounds.map((c) => c.fits)),
      geometry: null,
      pieceId: null,
      children: g.compounds.sort((a, b) => b.area_m2 - a.area_m2),
    }))
    .sort((a, b) => (a.key === 'p:none' ? 1 : b.key === 'p:none' ? -1 : b.area_m2 - a.area_m2));
}
