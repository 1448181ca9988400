import type { Confidence } from '../../model/pipelines';
import { CLAUSE_HORIZONTAL, CLAUSE_NO_STACKING, STACKING_CONFIDENCE } from '../../standards/gb50289/index';
import { cellSuffix, EPS, type Finding, pipeParty } from './conflict';
import { isProperCrossing, type Network, type PipeGeom } from './network';
import type { PipePairHits, SegmentHit } from './pair-scan';
import type { RuleBook } from './rule-book';
import { intervalWithin, lerp, pointSegmentDistance, unionLength, type XY } from './segment-math';

// Horizontal pipe–pipe clearance (表4.1.9) and pipes stacked in plan (§4.1.6). Violating segment pairs of one pipe
// pair that are contiguous along both pipes (segment indices differ by ≤ 1 on each) form one run, reported once
// with its length (the shorter of the two pipes' violating stretches) and its minimum distance.

const STACKED_MIN_LENGTH_M = 1;
const CROSSING_MIN_DEG = 30;

/** Angle (0–90°) between the two segments of a crossing. */
function crossingAngleDeg(ga: PipeGeom, gb: PipeGeom, h: SegmentHit): number {
  const [a1, a2] = segPts(ga, h.sa);
  const [b1, b2] = segPts(gb, h.sb);
  const ax = a2[0] - a1[0];
  const ay = a2[1] - a1[1];
  const bx = b2[0] - b1[0];
  const by = b2[1] - b1[1];
  const sin = Math.abs(ax * by - ay * bx) / (Math.hypot(ax, ay) * Math.hypot(bx, by) || 1);
  return (Math.asin(Math.min(1, sin)) * 180) / Math.PI;
}

/** Runs of hits: connected components under |Δsa| ≤ 1 and |Δsb| ≤ 1, in order of their first hit. */
function runsOf(hits: readonly SegmentHit[]): SegmentHit[][] {
  if (hits.length <= 1) return hits.length ? [[...hits]] : [];
  const cell = (sa: number, sb: number): number => sa * 1_000_000 + sb; // a pipe has far fewer segments
  const at = new Map<number, number>();
  for (let i = 0; i < hits.length; i++) at.set(cell((hits[i] as SegmentHit).sa, (hits[i] as SegmentHit).sb), i);
  const seen = new Uint8Array(hits.length);
  const runs: SegmentHit[][] = [];
  for (let start = 0; start < hits.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const run: SegmentHit[] = [];
    const stack = [start];
    while (stack.length) {
      const h = hits[stack.pop() as number] as SegmentHit;
      run.push(h);
      for (let da = -1; da <= 1; da++) {
        for (let db = -1; db <= 1; db++) {
          const k = at.get(cell(h.sa + da, h.sb + db));
          if (k !== undefined && !seen[k]) {
            seen[k] = 1;
            stack.push(k);
          }
        }
      }
    }
    runs.push(run);
  }
  return runs;
}

const segPts = (g: PipeGeom, k: number): [XY, XY] => [g.pts[k] as XY, g.pts[k + 1] as XY];

/** Length of the stretch of each pipe closer than `limit` (centre line to centre line) to the other, over a run. */
function runLengths(ga: PipeGeom, gb: PipeGeom, run: readonly SegmentHit[], limit: number): [number, number] {
  const onA: [number, number][] = [];
  const onB: [number, number][] = [];
  for (const h of run) {
    const [a1, a2] = segPts(ga, h.sa);
    const [b1, b2] = segPts(gb, h.sb);
    const ia = intervalWithin(a1, a2, b1, b2, limit);
    const ib = intervalWithin(b1, b2, a1, a2, limit);
    const lenA = (ga.cum[h.sa + 1] as number) - (ga.cum[h.sa] as number);
    const lenB = (gb.cum[h.sb + 1] as number) - (gb.cum[h.sb] as number);
    if (ia) onA.push([(ga.cum[h.sa] as number) + ia[0] * lenA, (ga.cum[h.sa] as number) + ia[1] * lenA]);
    if (ib) onB.push([(gb.cum[h.sb] as number) + ib[0] * lenB, (gb.cum[h.sb] as number) + ib[1] * lenB]);
  }
  return [unionLength(onA), unionLength(onB)];
}

/** Same-type pipes whose ends touch the other pipe are one network (a branch on its main), not neighbours. */
function connected(ga: PipeGeom, gb: PipeGeom): boolean {
  if (ga.pipe.type !== gb.pipe.type) return false;
  const touches = (end: XY, g: PipeGeom): boolean => {
    for (let k = 0; k + 1 < g.pts.length; k++) {
      const [p, q] = segPts(g, k);
      if (pointSegmentDistance(end, p, q) <= g.half + EPS) return true;
    }
    return false;
  };
  const ends = (g: PipeGeom): XY[] => [g.pts[0] as XY, g.pts[g.pts.length - 1] as XY];
  return ends(ga).some((e) => touches(e, gb)) || ends(gb).some((e) => touches(e, ga));
}

function closestPoint(ga: PipeGeom, gb: PipeGeom, h: SegmentHit): XY {
  const [a1, a2] = segPts(ga, h.sa);
  const [b1, b2] = segPts(gb, h.sb);
  const pa = lerp(a1, a2, h.s);
  const pb = lerp(b1, b2, h.t);
  return [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2];
}

function runFindings(
  rule: 'horizontal_pipe' | 'stacked_parallel',
  ga: PipeGeom,
  gb: PipeGeom,
  hits: readonly SegmentHit[],
  limit: number,
  value: { required: number | null; clause: string; confidence: Confidence; minLength: number },
): Finding[] {
  const out: Finding[] = [];
  for (const run of runsOf(hits)) {
    const min = run.reduce((m, h) => (h.d < m.d ? h : m));
    const [la, lb] = runLengths(ga, gb, run, limit);
    const length = Math.min(la, lb);
    if (length <= value.minLength) continue;
    const at = closestPoint(ga, gb, min);
    out.push({
      rule,
      a: ga,
      b: pipeParty(gb),
      keySuffix: out.length ? cellSuffix(at) : '',
      measured: min.d - ga.half - gb.half,
      required: value.required,
      length,
      clause: value.clause,
      confidence: value.confidence,
      at,
    });
  }
  return out;
}

export function horizontalFindings(net: Network, book: RuleBook, pair: PipePairHits): Finding[] {
  const ga = net.pipes[pair.a] as PipeGeom;
  const gb = net.pipes[pair.b] as PipeGeom;
  const halves = ga.half + gb.half;
  const out: Finding[] = [];
  // A run through a plan crossing at a real angle is judged by the vertical table at the crossing, not in plan;
  // a crossing at a grazing angle (< CROSSING_MIN_DEG) is a parallel run that happens to cross and stays.
  const cellOf = (h: SegmentHit): number => h.sa * 1_000_000 + h.sb;
  const crossingCells = new Set<number>();
  for (const c of pair.crossings) {
    if (isProperCrossing(ga, gb, c) && crossingAngleDeg(ga, gb, c) >= CROSSING_MIN_DEG) crossingCells.add(cellOf(c));
  }
  // The common case at street intersections: nothing but the crossing itself.
  if (crossingCells.size === pair.hits.length) return out;
  const notCrossings = (hits: SegmentHit[]): SegmentHit[] =>
    crossingCells.size
      ? runsOf(hits)
          .filter((run) => !run.some((h) => crossingCells.has(cellOf(h))))
          .flat()
      : hits;
  const rule = book.horizontal(ga, gb);
  if (rule && !connected(ga, gb)) {
    const limit = rule.metres + halves - EPS;
    const value = { required: rule.metres, clause: CLAUSE_HORIZONTAL, confidence: rule.confidence, minLength: -1 };
    out.push(
      ...runFindings('horizontal_pipe', ga, gb, notCrossings(pair.hits.filter((h) => h.d < limit)), limit, value),
    );
  }
  const stacked = notCrossings(pair.hits.filter((h) => h.d < halves - EPS));
  if (stacked.length) {
    const value = {
      required: null,
      clause: CLAUSE_NO_STACKING,
      confidence: STACKING_CONFIDENCE,
      minLength: STACKED_MIN_LENGTH_M,
    };
    out.push(...runFindings('stacked_parallel', ga, gb, stacked, halves - EPS, value));
  }
  return out;
}
