// Rows for newly drawn pipelines and trees: the defaults of shared/model/defaults.ts (a pipe DN 200 with 1.0 m
// cover at both ends and no survey number yet, a tree with a 3 m crown) in the compound they were drawn in.

import { defaultPipeline, defaultTree } from '../../../../shared/model/defaults';
import type { LineString, Position } from '../../../../shared/model/geometry';
import type { PipeType } from '../../../../shared/model/pipelines';
import type { Compound, Pipeline, Tree } from '../../../../shared/model/tables';
import { pointInPolygon } from '../geo/hitTest';

/** The compound containing `p`, or null (the first found: compounds do not overlap once clipped). */
export function compoundAt(p: Position, compounds: Record<string, Compound>): string | null {
  for (const c of Object.values(compounds)) if (pointInPolygon(p, c.geometry)) return c.id;
  return null;
}

/** The point halfway along the line by length in degrees (enough to choose the compound it belongs to). */
export function lineMidpoint(coords: readonly Position[]): Position {
  const lengths = coords.slice(1).map((p, i) => {
    const q = coords[i] as Position;
    return Math.hypot(p[0] - q[0], p[1] - q[1]);
  });
  let rest = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] as number;
    const a = coords[i] as Position;
    const b = coords[i + 1] as Position;
    if (rest <= len && len > 0) return [a[0] + ((b[0] - a[0]) * rest) / len, a[1] + ((b[1] - a[1]) * rest) / len];
    rest -= len;
  }
  return coords[0] as Position;
}

/** A drawn pipe is new (status 'new'), in the compound it was drawn in. */
export function newPipeline(id: string, type: PipeType, geometry: LineString, compoundId: string | null): Pipeline {
  return { ...defaultPipeline(id, type, geometry), status: 'new', compound_id: compoundId };
}

export function newTree(id: string, at: Position, compoundId: string | null): Tree {
  return { ...defaultTree(id, { type: 'Point', coordinates: [at[0], at[1]] }), compound_id: compoundId };
}
