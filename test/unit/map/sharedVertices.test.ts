import { describe, expect, it } from 'vitest';
import {
  deleteVertices,
  findSharedVertices,
  insertOnSharedEdge,
  moveVertices,
} from '../../../renderer/src/map/geo/sharedVertices';
import { at, building, compound, rectPx } from './fakeHost';

// Two compounds sharing the edge x=200 (vertices (200,100) and (200,200)); a building elsewhere.
const left = compound(rectPx(100, 100, 200, 200));
const right = compound(rectPx(200, 100, 300, 200));
const lone = building(rectPx(120, 120, 140, 140), left.id);
const rows = Object.freeze({
  compounds: Object.freeze({ [left.id]: left, [right.id]: right }),
  buildings: Object.freeze({ [lone.id]: lone }),
});

describe('shared vertices', () => {
  it('finds every feature with a vertex at the position (closing repeat counted once)', () => {
    const refs = findSharedVertices(rows, at(200, 100));
    expect(refs.map((r) => r.id).sort()).toEqual([left.id, right.id].sort());
    expect(findSharedVertices(rows, at(100, 100))).toHaveLength(1);
    expect(findSharedVertices(rows, at(150, 150))).toHaveLength(0);
  });

  it('tolerates 1e-9° but not more', () => {
    const p = at(200, 100);
    expect(findSharedVertices(rows, [p[0] + 5e-10, p[1]])).toHaveLength(2);
    expect(findSharedVertices(rows, [p[0] + 1e-7, p[1]])).toHaveLength(0);
  });

  it('moves a shared vertex identically in both compounds and keeps rings closed, inputs untouched', () => {
    const before = JSON.stringify(rows);
    const to = at(210, 90);
    const moved = moveVertices(rows, findSharedVertices(rows, at(200, 100)), to);
    expect(moved).toHaveLength(2);
    for (const m of moved) {
      const ring = m.row.geometry.coordinates[0] ?? [];
      expect(ring.filter((p) => p[0] === to[0] && p[1] === to[1]).length).toBeGreaterThanOrEqual(1);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('moves the first vertex together with the closing repeat', () => {
    const moved = moveVertices(rows, findSharedVertices(rows, at(100, 100)), at(90, 90));
    const ring = moved[0]?.row.geometry.coordinates[0] ?? [];
    expect(ring[0]).toEqual(at(90, 90));
    expect(ring[ring.length - 1]).toEqual(at(90, 90));
  });

  it('inserts a midpoint into every feature sharing the edge', () => {
    const mid = at(200, 150);
    const res = insertOnSharedEdge(rows, at(200, 100), at(200, 200), mid);
    expect(res.refs).toHaveLength(2);
    for (const r of res.refs) {
      const row = res.rows.compounds[r.id];
      expect(row?.geometry.coordinates[0]).toHaveLength(6);
      expect(row?.geometry.coordinates[0]?.[r.index]).toEqual(mid);
    }
    expect(rows.compounds[left.id]?.geometry.coordinates[0]).toHaveLength(5);
  });

  it('deletes a vertex from every feature that has it', () => {
    const p = at(200, 100);
    const out = deleteVertices(rows, findSharedVertices(rows, p), p);
    expect(out).toHaveLength(2);
    for (const m of out) expect(m.row.geometry.coordinates[0]).toHaveLength(4);
  });
});
