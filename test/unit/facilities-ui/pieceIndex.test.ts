import { describe, expect, it } from 'vitest';
import { mergeResult, pieceIndex } from '../../../renderer/src/leftover/pieceIndex';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import { at } from '../map/fakeHost';
import { piece } from './fakes';

const compoundOf = (id: string, boxes: [number, number, number, number][]): CompoundLeftover => ({
  id,
  name: id,
  leftover_m2: 0,
  pieces: boxes.map((b) => piece(id, ...b).piece),
});

describe('leftover result helpers', () => {
  it('finds the piece under a point, and none between pieces', () => {
    const at0 = pieceIndex([
      compoundOf('a', [
        [0, 0, 10, 10],
        [20, 0, 30, 10],
      ]),
      compoundOf('b', [[0, 20, 10, 30]]),
    ]);
    expect(at0(at(25, 5))).toMatchObject({ compoundId: 'a', index: 1 });
    expect(at0(at(5, 25))).toMatchObject({ compoundId: 'b', index: 0 });
    expect(at0(at(15, 5))).toBeNull();
    expect(pieceIndex([])(at(0, 0))).toBeNull();
  });

  it('merges recomputed compounds into the previous result in project order, dropping deleted ones', () => {
    const old = [compoundOf('a', [[0, 0, 10, 10]]), compoundOf('b', [])];
    const fresh = [compoundOf('b', [[0, 0, 5, 5]])];
    const out = mergeResult(old, fresh, ['b', 'c', 'a']);
    expect(out.map((c) => [c.id, c.pieces.length])).toEqual([
      ['b', 1],
      ['a', 1],
    ]);
    expect(mergeResult(old, [], ['a']).map((c) => c.id)).toEqual(['a']);
  });
});
