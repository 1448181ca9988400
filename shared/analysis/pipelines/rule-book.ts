import type { Confidence } from '../../model/pipelines';
import type { ClearanceRule } from '../../model/tables';
import {
  coverColumn,
  GAS_DN_GT300,
  GAS_DN_LE300,
  GAS_TO_GAS,
  LANE_SIDEWALK,
  standardPipeKey,
  symmetricId,
  verticalPipeKey,
} from '../../standards/gb50289/index';
import type { PipeGeom } from './network';

// Lookups into the project's clearance table (the rows the designer may have edited). Pair lookups run for every
// candidate segment pair, so the pipe keys are resolved once per pipe and pairs go through a Map on the ids.

export interface RuleBook {
  horizontal(a: PipeGeom, b: PipeGeom): ClearanceRule | null;
  object(g: PipeGeom, object: 'building_foundation' | 'tree'): ClearanceRule | null;
  vertical(a: PipeGeom, b: PipeGeom): ClearanceRule | null;
  cover(g: PipeGeom): ClearanceRule | null;
  /** Largest horizontal pipe–pipe / pipe–object value (metres): the search radius of the index. */
  maxHorizontal: number;
  /** Largest horizontal pipe–pipe value any pair with this pipe can require (its search radius). */
  maxHorizontalFor(g: PipeGeom): number;
  /** horizontal() by pipe indices (into the pipes given to makeRuleBook): the hot path of the pair scan. */
  horizontalAt(pi: number, pj: number): ClearanceRule | null;
  maxObject: number;
}

export function makeRuleBook(rules: readonly ClearanceRule[], pipes: readonly PipeGeom[]): RuleBook {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const hKey = new Map<PipeGeom, string>(pipes.map((g) => [g, standardPipeKey(g.pipe)]));
  // Horizontal pairs are looked up per candidate segment pair: a K×K matrix over the keys present.
  const keyList = [...new Set(hKey.values())].sort();
  const keyIndex = new Map(keyList.map((k, i) => [k, i]));
  const pipeKeyIndex = new Map<PipeGeom, number>(pipes.map((g) => [g, keyIndex.get(hKey.get(g) as string) as number]));
  const K = keyList.length;
  const matrix: (ClearanceRule | null)[] = [];
  for (const a of keyList) for (const b of keyList) matrix.push(byId.get(symmetricId('horizontal_pipe', a, b)) ?? null);
  const vKey = new Map<PipeGeom, string>(pipes.map((g) => [g, verticalPipeKey(g.pipe)]));
  const pairCache = new Map<string, ClearanceRule | null>();
  const vertical = (a: string, b: string): ClearanceRule | null => {
    const id = symmetricId('vertical', a, b);
    let hit = pairCache.get(id);
    if (hit === undefined) {
      hit = byId.get(id) ?? null;
      pairCache.set(id, hit);
    }
    return hit;
  };
  const isGas = (g: PipeGeom): boolean => g.pipe.type === 'gas';
  let maxHorizontal = 0;
  let maxObject = 0;
  for (const r of rules) {
    if (r.kind === 'horizontal_pipe') maxHorizontal = Math.max(maxHorizontal, r.metres);
    if (r.kind === 'horizontal_object') maxObject = Math.max(maxObject, r.metres);
  }
  const maxByKey = new Map<string, number>();
  const raise = (k: string, m: number): void => {
    maxByKey.set(k, Math.max(maxByKey.get(k) ?? 0, m));
  };
  for (const r of rules) {
    if (r.kind !== 'horizontal_pipe') continue;
    if (r.a === GAS_TO_GAS) raise(GAS_TO_GAS, r.metres);
    else {
      raise(r.a, r.metres);
      raise(r.b, r.metres);
    }
  }
  const keyAt = Int32Array.from(pipes, (g) => pipeKeyIndex.get(g) as number);
  const gasAt = Uint8Array.from(pipes, (g) => (isGas(g) ? 1 : 0));
  return {
    horizontalAt(pi, pj) {
      if (gasAt[pi] && gasAt[pj]) return this.horizontal(pipes[pi] as PipeGeom, pipes[pj] as PipeGeom);
      return matrix[(keyAt[pi] as number) * K + (keyAt[pj] as number)] ?? null;
    },
    maxHorizontalFor: (g) =>
      Math.max(maxByKey.get(hKey.get(g) as string) ?? 0, isGas(g) ? (maxByKey.get(GAS_TO_GAS) ?? 0) : 0),
    horizontal(a, b) {
      if (isGas(a) && isGas(b)) {
        // 燃气之间 by DN: the larger pipe decides (the conservative reading of the note).
        const dn = Math.max(a.pipe.diameter_mm, b.pipe.diameter_mm) > 300 ? GAS_DN_GT300 : GAS_DN_LE300;
        return byId.get(`horizontal_pipe:${GAS_TO_GAS}|${dn}`) ?? null;
      }
      return matrix[(pipeKeyIndex.get(a) as number) * K + (pipeKeyIndex.get(b) as number)] ?? null;
    },
    object: (g, object) => byId.get(`horizontal_object:${hKey.get(g) ?? standardPipeKey(g.pipe)}|${object}`) ?? null,
    vertical: (a, b) => vertical(vKey.get(a) as string, vKey.get(b) as string),
    cover: (g) => byId.get(`cover:${coverColumn(g.pipe)}|${LANE_SIDEWALK}`) ?? null,
    maxHorizontal,
    maxObject,
  };
}

/** A rule's grade as a conflict reports it (an edited row is already 'local'). */
export const confidenceOf = (r: ClearanceRule): Confidence => r.confidence;
