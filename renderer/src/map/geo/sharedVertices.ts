// Shared-boundary editing (issue 2 §4): a vertex that two adjacent compounds (or buildings) both have moves in
// every one of them, so their common boundary stays gap- and overlap-free after the drag.
import type { Position } from '../../../../shared/model/geometry';
import type {
  Building,
  Compound,
  FeatureTableName,
  Pipeline,
  Road,
  SiteArea,
  Tree,
} from '../../../../shared/model/tables';
import { closeRing, openRing, SAME_VERTEX_EPS, samePosition, withInsertedVertex, withVertex } from './ring';

export interface FeatureRows {
  compounds: Record<string, Compound>;
  buildings: Record<string, Building>;
  /** Optional so polygon-only callers and fakes need not carry them; absent means none. */
  pipelines?: Record<string, Pipeline>;
  trees?: Record<string, Tree>;
  roads?: Record<string, Road>;
  site_areas?: Record<string, SiteArea>;
}

export interface VertexRef {
  table: FeatureTableName;
  id: string;
  ring: number;
  /** Index among the ring's distinct vertices (the closing repeat is kept in step automatically). */
  index: number;
}

/** Every vertex of the given tables at `pos` (within eps degrees). */
export function findSharedVertices(
  rows: FeatureRows,
  pos: Position,
  tables: readonly FeatureTableName[] = ['compounds', 'buildings'],
  eps = SAME_VERTEX_EPS,
): VertexRef[] {
  const found: VertexRef[] = [];
  for (const table of tables) {
    for (const row of Object.values(rows[table])) {
      row.geometry.coordinates.forEach((ring: Position[], r: number) => {
        openRing(ring).forEach((p, index) => {
          if (samePosition(p, pos, eps)) found.push({ table, id: row.id, ring: r, index });
        });
      });
    }
  }
  return found;
}

export type MovedRow = { table: 'compounds'; row: Compound } | { table: 'buildings'; row: Building };

/** The rows with every listed vertex moved to `to`; one entry per row, in first-seen order. */
export function moveVertices(rows: FeatureRows, refs: readonly VertexRef[], to: Position): MovedRow[] {
  const moved = new Map<string, MovedRow>();
  for (const ref of refs) {
    const key = `${ref.table}:${ref.id}`;
    const current = moved.get(key) ?? original(rows, ref);
    if (!current) continue;
    const geometry = withVertex(current.row.geometry, ref.ring, ref.index, to);
    moved.set(
      key,
      current.table === 'compounds'
        ? { table: 'compounds', row: { ...current.row, geometry } }
        : { table: 'buildings', row: { ...current.row, geometry } },
    );
  }
  return [...moved.values()];
}

function original(rows: FeatureRows, ref: VertexRef): MovedRow | null {
  if (ref.table === 'compounds') {
    const row = rows.compounds[ref.id];
    return row ? { table: 'compounds', row } : null;
  }
  const row = rows.buildings[ref.id];
  return row ? { table: 'buildings', row } : null;
}

/**
 * Inserts `mid` into every feature that has the edge a–b (either direction), so splitting a shared edge keeps it
 * shared. Returns the rows with the insertions and the new vertex in each, ready for moveVertices.
 */
export function insertOnSharedEdge(
  rows: FeatureRows,
  a: Position,
  b: Position,
  mid: Position,
  tables: readonly FeatureTableName[] = ['compounds', 'buildings'],
): { rows: FeatureRows; refs: VertexRef[] } {
  const next: FeatureRows = { ...rows, compounds: { ...rows.compounds }, buildings: { ...rows.buildings } };
  const refs: VertexRef[] = [];
  for (const table of tables) {
    for (const row of Object.values(rows[table])) {
      let geometry = row.geometry;
      geometry.coordinates.forEach((ring: Position[], r: number) => {
        const v = openRing(ring);
        const at = v.findIndex((p, i) => {
          const q = v[(i + 1) % v.length] as Position;
          return (samePosition(p, a) && samePosition(q, b)) || (samePosition(p, b) && samePosition(q, a));
        });
        if (at < 0) return;
        geometry = withInsertedVertex(geometry, r, at + 1, mid);
        refs.push({ table, id: row.id, ring: r, index: at + 1 });
      });
      if (geometry !== row.geometry) {
        if (table === 'compounds') next.compounds[row.id] = { ...(row as Compound), geometry };
        else next.buildings[row.id] = { ...(row as Building), geometry };
      }
    }
  }
  return { rows: next, refs };
}

/** The rows with the vertex at `pos` removed from every referenced ring. */
export function deleteVertices(rows: FeatureRows, refs: readonly VertexRef[], pos: Position): MovedRow[] {
  const out = new Map<string, MovedRow>();
  for (const ref of refs) {
    const key = `${ref.table}:${ref.id}`;
    const current = out.get(key) ?? original(rows, ref);
    if (!current) continue;
    const coordinates = current.row.geometry.coordinates.map((ring, r) =>
      r === ref.ring ? closeRing(openRing(ring).filter((p) => !samePosition(p, pos))) : ring,
    );
    const geometry = { type: 'Polygon' as const, coordinates };
    out.set(
      key,
      current.table === 'compounds'
        ? { table: 'compounds', row: { ...current.row, geometry } }
        : { table: 'buildings', row: { ...current.row, geometry } },
    );
  }
  return [...out.values()];
}
