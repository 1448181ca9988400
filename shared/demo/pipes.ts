import type { Position } from '../model/geometry';
import type { Pipeline, Tree } from '../model/tables';
import type { DistrictLayout } from './district';
import { compoundPipes } from './pipes-compounds';
import { createCoder, streetMains, streetTrees } from './pipes-streets';
import { createRng } from './prng';

// The demo district's pipelines and trees (issue 5). They draw from their own PRNG stream, so adding them leaves
// every compound, building and survey row identical (the demo hash test pins that).

export const PIPES_STREAM = 0x5eed0005;

export function demoPipes(
  seed: number,
  layout: DistrictLayout,
  compoundIds: readonly string[],
  toLngLat: (p: Position) => Position,
): { pipelines: Pipeline[]; trees: Tree[] } {
  const rng = createRng(seed ^ PIPES_STREAM);
  const code = createCoder();
  const mains = streetMains(rng, layout.grid, code);
  const inCompounds = compoundPipes(rng, layout.grid, layout.compounds, compoundIds, code);
  const pipelines = [...mains, ...inCompounds.pipes].map(({ path, ...row }) => ({
    ...row,
    geometry: { type: 'LineString' as const, coordinates: path.map(toLngLat) },
  }));
  const trees = [...streetTrees(rng, layout.grid), ...inCompounds.trees].map(({ at, ...row }) => ({
    ...row,
    geometry: { type: 'Point' as const, coordinates: toLngLat(at) },
  }));
  return { pipelines, trees };
}
