import type { PathD } from 'clipper2-ts';

// A piece's rings (outer first, then holes) as flat coordinate arrays: the rectangle search reads every vertex
// once per orientation and per scan line, and typed arrays of numbers keep its loops free of {x, y} objects.

export interface FlatRings {
  x: Float64Array;
  y: Float64Array;
  /** Ring k holds the vertices [k === 0 ? 0 : ends[k − 1], ends[k]). */
  ends: Int32Array;
}

export function flatRings(rings: readonly PathD[]): FlatRings {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const ends = new Int32Array(rings.length);
  let k = 0;
  rings.forEach((ring, r) => {
    for (const p of ring) {
      x[k] = p.x;
      y[k++] = p.y;
    }
    ends[r] = k;
  });
  return { x, y, ends };
}
