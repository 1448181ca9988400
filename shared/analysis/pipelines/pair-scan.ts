import type Flatbush from 'flatbush';
import { EPS } from './conflict';
import { type Network, type PipeGeom, segCount } from './network';
import type { RuleBook } from './rule-book';
import { segmentDistanceInto } from './segment-math';

// One pass over candidate segment pairs of different pipes: every pair closer than the horizontal clearance or
// overlapping in plan is kept as a hit, every plan crossing as a crossing, grouped per pipe pair. The index
// query grows each segment's bbox by the largest clearance + both half widths, so no violating pair is missed;
// without a tree every pair is scanned instead (the reference the index is tested against).

export interface SegmentHit {
  /** Local segment indices on pipe a and pipe b, the closest parameters on them and the centre-line distance. */
  sa: number;
  sb: number;
  s: number;
  t: number;
  d: number;
}

export interface PipePairHits {
  /** Pipe indices into network.pipes; pipes[a].pipe.id < pipes[b].pipe.id. */
  a: number;
  b: number;
  hits: SegmentHit[];
  /** Segment pairs whose centre lines meet at one point (crossings, junctions). */
  crossings: SegmentHit[];
}

const minX = (n: Network, s: number): number => Math.min(n.x1[s] as number, n.x2[s] as number);
const maxX = (n: Network, s: number): number => Math.max(n.x1[s] as number, n.x2[s] as number);
const minY = (n: Network, s: number): number => Math.min(n.y1[s] as number, n.y2[s] as number);
const maxY = (n: Network, s: number): number => Math.max(n.y1[s] as number, n.y2[s] as number);

export function scanPairs(net: Network, book: RuleBook, tree: Flatbush | null): PipePairHits[] {
  const n = segCount(net);
  const byPair = new Map<number, PipePairHits>();
  const P = net.pipes.length;
  // Pairs are oriented by pipe id (a.id < b.id): rank the ids once instead of comparing strings per pair.
  const rank = new Int32Array(P);
  net.pipes
    .map((g, i) => [g.pipe.id, i] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .forEach(([, i], r) => {
      rank[i] = r;
    });
  const out = new Float64Array(3);
  const visit = (i: number, j: number): void => {
    const pi = net.segPipe[i] as number;
    const pj = net.segPipe[j] as number;
    if (pi === pj) return;
    const gi = net.pipes[pi] as PipeGeom;
    const gj = net.pipes[pj] as PipeGeom;
    const halves = gi.half + gj.half;
    const rule = book.horizontalAt(pi, pj);
    const limit = Math.max(halves, rule ? rule.metres + halves : 0) - EPS;
    // Cheap reject on the boxes' gap before the exact distance (most candidates are far for their pair's value).
    const gapX = Math.max(0, minX(net, j) - maxX(net, i), minX(net, i) - maxX(net, j));
    const gapY = Math.max(0, minY(net, j) - maxY(net, i), minY(net, i) - maxY(net, j));
    if (gapX * gapX + gapY * gapY > limit * limit) return;
    const swap = (rank[pj] as number) < (rank[pi] as number);
    const segA = swap ? j : i;
    const segB = swap ? i : j;
    segmentDistanceInto(
      out,
      net.x1[segA] as number,
      net.y1[segA] as number,
      net.x2[segA] as number,
      net.y2[segA] as number,
      net.x1[segB] as number,
      net.y1[segB] as number,
      net.x2[segB] as number,
      net.y2[segB] as number,
    );
    const d = out[0] as number;
    if (d >= limit && d > 0) return;
    const pa = swap ? pj : pi;
    const pb = swap ? pi : pj;
    const key = pa * P + pb;
    let group = byPair.get(key);
    if (!group) {
      group = { a: pa, b: pb, hits: [], crossings: [] };
      byPair.set(key, group);
    }
    const ga = swap ? gj : gi;
    const gb = swap ? gi : gj;
    const hit: SegmentHit = {
      sa: segA - ga.firstSeg,
      sb: segB - gb.firstSeg,
      s: out[1] as number,
      t: out[2] as number,
      d,
    };
    if (d < limit) group.hits.push(hit);
    if (d === 0) group.crossings.push(hit);
  };
  const reachOf = Float64Array.from(net.pipes, (g) => book.maxHorizontalFor(g) + g.half + net.maxHalf + EPS);
  if (!tree) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j);
  } else if (n > 0) {
    for (let i = 0; i < n; i++) {
      const reach = reachOf[net.segPipe[i] as number] as number;
      const x1 = net.x1[i] as number;
      const y1 = net.y1[i] as number;
      const x2 = net.x2[i] as number;
      const y2 = net.y2[i] as number;
      const found = tree.search(
        Math.min(x1, x2) - reach,
        Math.min(y1, y2) - reach,
        Math.max(x1, x2) + reach,
        Math.max(y1, y2) + reach,
        (j) => j > i,
      );
      // The reach covers any pair that can violate for this segment's type, so the lower index alone suffices.
      for (const j of found) visit(i, j);
    }
  }
  const bySeg = (x: SegmentHit, y: SegmentHit): number => x.sa - y.sa || x.sb - y.sb;
  const groups = [...byPair.values()];
  for (const g of groups) {
    g.hits.sort(bySeg);
    g.crossings.sort(bySeg);
  }
  return groups.sort((x, y) => x.a - y.a || x.b - y.b);
}
