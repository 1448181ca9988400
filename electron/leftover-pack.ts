import type { Polygon, Position } from '../shared/model/geometry';
import type { CompoundLeftover } from '../shared/model/leftover';

// How a worker's result crosses to the backend's thread. Cloned as it is, a result is ~250 small [lon, lat] arrays per
// compound, and rebuilding them took the receiving thread ~0.45 ms per compound — a quarter of the engine's own time,
// on the thread that must stay free. So every coordinate goes into one Float64Array (transferred, not copied) and
// the rest is cloned with each ring replaced by its vertex count; unpacking rebuilds the arrays in one pass.

export interface PackedLeftover {
  /** The result with every ring as its vertex count and every centre as 0. */
  shape: CompoundLeftover[];
  coords: Float64Array;
}

type Ring = Position[];

export function packLeftover(result: CompoundLeftover[]): PackedLeftover {
  let n = 0;
  for (const c of result)
    for (const p of c.pieces) {
      n += 1;
      for (const r of p.geometry.coordinates) n += r.length;
      for (const r of p.rect.polygon.coordinates) n += r.length;
    }
  const coords = new Float64Array(2 * n);
  let o = 0;
  const put = (q: Position) => {
    coords[o++] = q[0];
    coords[o++] = q[1];
  };
  const rings = (g: Polygon): Polygon => {
    for (const r of g.coordinates) for (const q of r) put(q);
    return { ...g, coordinates: g.coordinates.map((r) => r.length) as unknown as Ring[] };
  };
  const shape = result.map((c) => ({
    ...c,
    pieces: c.pieces.map((p) => {
      put(p.rect.center);
      const rect = { ...p.rect, center: 0 as unknown as Position, polygon: rings(p.rect.polygon) };
      return { ...p, rect, geometry: rings(p.geometry) };
    }),
  }));
  return { shape, coords };
}

/** The result packLeftover packed, rebuilt (mutates `shape`). */
export function unpackLeftover({ shape, coords }: PackedLeftover): CompoundLeftover[] {
  let o = 0;
  const take = (): Position => {
    const q: Position = [coords[o] as number, coords[o + 1] as number];
    o += 2;
    return q;
  };
  const rings = (g: Polygon): void => {
    g.coordinates = (g.coordinates as unknown as number[]).map((len) => {
      const r: Ring = new Array(len);
      for (let i = 0; i < len; i++) r[i] = take();
      return r;
    });
  };
  for (const c of shape)
    for (const p of c.pieces) {
      p.rect.center = take();
      rings(p.rect.polygon);
      rings(p.geometry);
    }
  return shape;
}
