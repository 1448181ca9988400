import { findContainingCompound } from '../../../../shared/analysis/containing';
import { indexPolygons } from '../../../../shared/analysis/polygon-index';
import { ringBBox } from '../../../../shared/geo/ring';
import type { Position } from '../../../../shared/model/geometry';
import type { Compound } from '../../../../shared/model/tables';
import type { StoredGeometry } from './geometry';

// Which compound an imported building, pipe, road, site area or tree belongs to: the one the source names by
// 小区编码 / 小区名称 when it does (and that compound exists), else the one containing it (a line by its
// midpoint). Candidates come from a bounding-box index: no feature is tested against every compound.

export interface CompoundAssigner {
  assign(geometry: StoredGeometry, code: string | undefined, name: string | undefined): string | null;
}

export function createAssigner(compounds: readonly Compound[]): CompoundAssigner {
  const index = indexPolygons(compounds);
  const byCode = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const c of compounds) {
    if (c.code) byCode.set(c.code.trim(), c.id);
    const n = c.name.trim();
    if (n) byName.set(n, byName.has(n) ? null : c.id); // two compounds of one name: ambiguous, use the map
  }
  return {
    assign(geometry, code, name) {
      const named = (code && byCode.get(code.trim())) || (name && byName.get(name.trim())) || null;
      if (named) return named;
      const p = probe(geometry);
      const box =
        geometry.type === 'Polygon'
          ? ringBBox(geometry.coordinates[0] ?? [])
          : { minX: p[0], minY: p[1], maxX: p[0], maxY: p[1] };
      const candidates = index.search(box);
      if (candidates.length === 0) return null;
      const target = geometry.type === 'Polygon' ? geometry : p;
      return findContainingCompound(target, candidates)?.id ?? null;
    },
  };
}

function probe(g: StoredGeometry): Position {
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') return midpoint(g.coordinates);
  return g.coordinates[0]?.[0] ?? [0, 0];
}

/** Halfway along the line by (planar) length. */
function midpoint(coords: readonly Position[]): Position {
  const seg: number[] = [];
  let total = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] as Position;
    const b = coords[i] as Position;
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    seg.push(d);
    total += d;
  }
  let rest = total / 2;
  for (let i = 0; i < seg.length; i++) {
    const d = seg[i] as number;
    const a = coords[i] as Position;
    const b = coords[i + 1] as Position;
    if (rest <= d && d > 0) return [a[0] + ((b[0] - a[0]) * rest) / d, a[1] + ((b[1] - a[1]) * rest) / d];
    rest -= d;
  }
  return coords[0] as Position;
}
