import { CLAUSE_ORDER, CLAUSE_VERTICAL, ORDER_CONFIDENCE, verticalOrderIndex } from '../../standards/gb50289/index';
import { cellSuffix, EPS, type Finding, pipeParty } from './conflict';
import { alongOf, coverAt, isProperCrossing, type Network, type PipeGeom } from './network';
import type { PipePairHits } from './pair-scan';
import type { RuleBook } from './rule-book';
import { lerp, type XY } from './segment-math';

// Plan crossings of two pipes: each pipe's cover is interpolated at the crossing (linear by distance along it);
// top = cover, bottom = cover + diameter. Vertical clearance = deeper top − shallower bottom vs 表4.1.14, and the
// shallower pipe must not come later than the deeper one in §4.1.12's order from the surface down.

export function crossingFindings(net: Network, book: RuleBook, pair: PipePairHits): Finding[] {
  const ga = net.pipes[pair.a] as PipeGeom;
  const gb = net.pipes[pair.b] as PipeGeom;
  const out: Finding[] = [];
  const seen = new Set<string>(); // a crossing at a shared vertex is found on two segment pairs
  for (const c of pair.crossings) {
    if (!isProperCrossing(ga, gb, c)) continue;
    const at = lerp(ga.pts[c.sa] as XY, ga.pts[c.sa + 1] as XY, c.s);
    const cell = cellSuffix(at);
    if (seen.has(cell)) continue;
    seen.add(cell);
    const topA = coverAt(ga, alongOf(ga, c.sa, c.s));
    const topB = coverAt(gb, alongOf(gb, c.sb, c.t));
    const [upper, lower, upperTop, lowerTop] = topA <= topB ? [ga, gb, topA, topB] : [gb, ga, topB, topA];
    const clearance = lowerTop - (upperTop + 2 * upper.half);
    const rule = book.vertical(ga, gb);
    if (rule && clearance < rule.metres - EPS) {
      out.push({
        rule: 'vertical_crossing',
        a: ga,
        b: pipeParty(gb),
        keySuffix: cell,
        measured: clearance,
        required: rule.metres,
        length: null,
        clause: CLAUSE_VERTICAL,
        confidence: rule.confidence,
        at,
      });
    }
    const upperRank = verticalOrderIndex(upper.pipe.type);
    const lowerRank = verticalOrderIndex(lower.pipe.type);
    if (topA !== topB && upperRank !== null && lowerRank !== null && upperRank > lowerRank) {
      out.push({
        rule: 'vertical_order',
        a: ga,
        b: pipeParty(gb),
        keySuffix: cell,
        measured: null,
        required: null,
        length: null,
        clause: CLAUSE_ORDER,
        confidence: ORDER_CONFIDENCE,
        at,
      });
    }
  }
  return out;
}
