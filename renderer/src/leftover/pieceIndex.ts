// Pure helpers over a leftover result: the piece under a point (flatbush over piece boxes, then the exact test) and
// merging a partial recomputation into the previous result.
import Flatbush from 'flatbush';
import type { Position } from '../../../shared/model/geometry';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import { pointInPolygon } from '../map/geo/hitTest';
import { polygonBBox } from '../map/geo/ring';
import type { PieceRef } from './keys';

/** A point index over the pieces of a result, for "which piece is under the pointer". */
export function pieceIndex(result: readonly CompoundLeftover[]): (p: Position) => PieceRef | null {
  const refs: PieceRef[] = [];
  for (const c of result)
    c.pieces.forEach((piece, index) => {
      refs.push({ compoundId: c.id, index, piece });
    });
  if (refs.length === 0) return () => null;
  const tree = new Flatbush(refs.length);
  for (const r of refs) {
    const b = polygonBBox(r.piece.geometry);
    tree.add(b[0], b[1], b[2], b[3]);
  }
  tree.finish();
  return (p) => {
    for (const i of tree.search(p[0], p[1], p[0], p[1])) {
      const r = refs[i];
      if (r && pointInPolygon(p, r.piece.geometry)) return r;
    }
    return null;
  };
}

/** Replaces the recomputed compounds in `old`, drops deleted ones, keeps the project's compound order. */
export function mergeResult(
  old: readonly CompoundLeftover[],
  fresh: readonly CompoundLeftover[],
  order: string[],
): CompoundLeftover[] {
  const byId = new Map(old.map((c) => [c.id, c]));
  for (const c of fresh) byId.set(c.id, c);
  return order.flatMap((id) => byId.get(id) ?? []);
}
