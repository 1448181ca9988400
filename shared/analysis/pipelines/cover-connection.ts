import type Flatbush from 'flatbush';
import type { MetricFrame } from '../../geo/crs';
import { pointInRings } from '../../geo/ring';
import type { Position } from '../../model/geometry';
import type { Compound } from '../../model/tables';
import { CLAUSE_COVER } from '../../standards/gb50289/index';
import { EPS, type Finding } from './conflict';
import { type Network, type PipeGeom, segEnd, segStart } from './network';
import type { RuleBook } from './rule-book';
import { crossingParams, pointSegmentDistance, type XY } from './segment-math';

// Per-pipe checks: minimum cover at either end (表4.1.1), and a new pipe leaving its compound without reaching a
// municipal main of its type.

/** The designer has no lanes yet: every pipe is judged by the sidewalk / non-motor-lane column, and says so. */
export const COVER_CLAUSE = `${CLAUSE_COVER}（按非机动车道（含人行道）取值：尚未区分车道）`;
/** How close the outside end of a new pipe must come to a municipal main (m, to the main's outer wall). */
export const MAIN_TOUCH_M = 0.5;
/** A missing connection reports the distance to the nearest main of its type up to this far (m), else none. */
export const MAIN_REPORT_M = 5;

export function coverFindings(pipes: readonly PipeGeom[], book: RuleBook): Finding[] {
  const out: Finding[] = [];
  for (const g of pipes) {
    const rule = book.cover(g);
    if (!rule) continue;
    const { depth_start_m: start, depth_end_m: end } = g.pipe;
    const shallow = Math.min(start, end);
    if (shallow >= rule.metres - EPS) continue;
    const at = (start <= end ? g.pts[0] : g.pts[g.pts.length - 1]) as XY;
    out.push({
      rule: 'cover_depth',
      a: g,
      b: null,
      measured: shallow,
      required: rule.metres,
      length: null,
      clause: COVER_CLAUSE,
      confidence: rule.confidence,
      at,
    });
  }
  return out;
}

function crossesBoundary(g: PipeGeom, rings: readonly XY[][]): boolean {
  for (let k = 0; k + 1 < g.pts.length; k++) {
    for (const ring of rings) {
      for (let e = 0; e + 1 < ring.length; e++) {
        if (crossingParams(g.pts[k] as XY, g.pts[k + 1] as XY, ring[e] as XY, ring[e + 1] as XY)) return true;
      }
    }
  }
  return false;
}

/**
 * Distance from p to the nearest municipal main of `type` (to its outer wall), or null when none is within
 * MAIN_REPORT_M. With the segment index only segments in reach are looked at; without it (the reference) all.
 */
function nearestMain(net: Network, tree: Flatbush | null, p: XY, type: string): number | null {
  let best: number | null = null;
  const r = MAIN_REPORT_M + net.maxHalf + 2 * EPS;
  const segs = tree ? tree.search(p[0] - r, p[1] - r, p[0] + r, p[1] + r) : net.segPipe.keys();
  for (const s of segs) {
    const g = net.pipes[net.segPipe[s] as number] as PipeGeom;
    if (!g.pipe.municipal || g.pipe.type !== type) continue;
    const d = pointSegmentDistance(p, segStart(net, s), segEnd(net, s)) - g.half;
    if (d <= MAIN_REPORT_M && (best === null || d < best)) best = d;
  }
  return best === null ? null : Math.max(0, best);
}

export function connectionFindings(
  net: Network,
  tree: Flatbush | null,
  compounds: readonly Compound[],
  frame: MetricFrame,
): Finding[] {
  const byId = new Map(compounds.map((c) => [c.id, c]));
  const out: Finding[] = [];
  for (const g of net.pipes) {
    if (g.pipe.status !== 'new' || g.pipe.municipal) continue;
    const compound = g.pipe.compound_id ? byId.get(g.pipe.compound_id) : undefined;
    if (!compound) continue;
    const rings = compound.geometry.coordinates.map((r) => frame.ringToMetric(r) as unknown as XY[]);
    if (!crossesBoundary(g, rings)) continue;
    const ends = [g.pts[0] as XY, g.pts[g.pts.length - 1] as XY];
    const outside = ends.filter((e) => !pointInRings([e[0], e[1]], rings as unknown as Position[][]));
    for (const end of outside) {
      const d = nearestMain(net, tree, end, g.pipe.type);
      if (d !== null && d <= MAIN_TOUCH_M + EPS) continue;
      out.push({
        rule: 'no_main_connection',
        a: g,
        b: null,
        measured: d,
        required: MAIN_TOUCH_M,
        length: null,
        standard: 'RenoZone',
        clause: '接驳检查：新建管线出小区须接入同类市政管线（非规范条文）',
        confidence: 'local',
        at: end,
      });
      break; // one per pipe: the key names the pipe only
    }
  }
  return out;
}
