import Flatbush from 'flatbush';
import type { MetricFrame } from '../../geo/crs';
import { pointInRings } from '../../geo/ring';
import type { Position } from '../../model/geometry';
import type { Building, Tree } from '../../model/tables';
import { CLAUSE_HORIZONTAL } from '../../standards/gb50289/index';
import { buildingParty, EPS, type Finding, treeParty } from './conflict';
import type { NearMode, PipeGeom } from './network';
import type { RuleBook } from './rule-book';
import { crossingParams, lerp, pointSegmentDistance, segmentDistance, type XY } from './segment-math';

// Pipe–object clearances of 表4.1.9: building foundations (the footprint polygon; sub-high-pressure gas is
// measured to the outer wall, which the footprint is too) and trees (trunk centre). A pipe whose centre line
// enters a footprint is reported as under_building instead.

interface BBoxed {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
function boxOf(pts: readonly XY[]): BBoxed {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of pts) {
    if (x < box.minX) box.minX = x;
    if (y < box.minY) box.minY = y;
    if (x > box.maxX) box.maxX = x;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

/** Whether segment p–q's box comes within `grow` of `box` (a cheap filter before exact distances). */
const segmentNear = (p: XY, q: XY, box: BBoxed, grow: number): boolean =>
  Math.min(p[0], q[0]) <= box.maxX + grow &&
  Math.max(p[0], q[0]) >= box.minX - grow &&
  Math.min(p[1], q[1]) <= box.maxY + grow &&
  Math.max(p[1], q[1]) >= box.minY - grow;

/** Candidate object indices near a grown pipe box: from a flatbush, or all (the naive reference). */
function nearFinder(boxes: readonly BBoxed[], mode: NearMode): (b: BBoxed, grow: number) => number[] {
  if (mode === 'all' || boxes.length === 0) return () => boxes.map((_, i) => i);
  const tree = new Flatbush(boxes.length);
  for (const b of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
  tree.finish();
  return (b, g) => tree.search(b.minX - g, b.minY - g, b.maxX + g, b.maxY + g).sort((x, y) => x - y);
}

/** Where the centre line first enters the footprint (a vertex inside or an edge crossing), else null. */
function entry(g: PipeGeom, rings: readonly XY[][], box: BBoxed): XY | null {
  const positions = rings as unknown as Position[][];
  for (let k = 0; k + 1 < g.pts.length; k++) {
    const p = g.pts[k] as XY;
    const q = g.pts[k + 1] as XY;
    if (!segmentNear(p, q, box, 0)) continue;
    if (pointInRings(p as unknown as Position, positions)) return p;
    for (const ring of rings) {
      for (let e = 0; e + 1 < ring.length; e++) {
        const c = crossingParams(p, q, ring[e] as XY, ring[e + 1] as XY);
        // Touching the outline at a point is not entering; a crossing with the midpoint inside is.
        if (c && pointInRings(lerp(p, q, Math.min(1, c.s + 1e-6)) as Position, positions)) return lerp(p, q, c.s);
      }
    }
  }
  const last = g.pts[g.pts.length - 1] as XY;
  return pointInRings(last as unknown as Position, positions) ? last : null;
}

/** Nearest point of the pipe to the outline, among segments within `grow` of its box (else d = ∞). */
function nearestOnPipe(g: PipeGeom, rings: readonly XY[][], box: BBoxed, grow: number): { d: number; at: XY } {
  let best = { d: Number.POSITIVE_INFINITY, at: g.pts[0] as XY };
  for (let k = 0; k + 1 < g.pts.length; k++) {
    const p = g.pts[k] as XY;
    const q = g.pts[k + 1] as XY;
    if (!segmentNear(p, q, box, grow)) continue;
    for (const ring of rings) {
      for (let e = 0; e + 1 < ring.length; e++) {
        const c = segmentDistance(p, q, ring[e] as XY, ring[e + 1] as XY);
        if (c.d < best.d) best = { d: c.d, at: lerp(p, q, c.s) };
      }
    }
  }
  return best;
}

export function buildingFindings(
  pipes: readonly PipeGeom[],
  buildings: readonly Building[],
  frame: MetricFrame,
  book: RuleBook,
  mode: NearMode,
): Finding[] {
  const rings = buildings.map((b) => b.geometry.coordinates.map((r) => frame.ringToMetric(r) as unknown as XY[]));
  const boxes = rings.map((r) => boxOf(r[0] ?? []));
  const near = nearFinder(boxes, mode);
  const out: Finding[] = [];
  for (const g of pipes) {
    const rule = book.object(g, 'building_foundation');
    for (const bi of near(boxOf(g.pts), book.maxObject + g.half + EPS)) {
      const building = buildings[bi] as Building;
      const rs = rings[bi] as XY[][];
      const box = boxes[bi] as BBoxed;
      const inside = entry(g, rs, box);
      if (inside) {
        out.push({
          rule: 'under_building',
          a: g,
          b: buildingParty(building),
          measured: null,
          required: null,
          length: null,
          clause: CLAUSE_HORIZONTAL,
          confidence: rule?.confidence ?? 'B',
          at: inside,
        });
        continue;
      }
      if (!rule) continue;
      const { d, at } = nearestOnPipe(g, rs, box, rule.metres + g.half + EPS);
      const wall = d - g.half;
      if (wall < rule.metres - EPS) {
        out.push({
          rule: 'horizontal_building',
          a: g,
          b: buildingParty(building),
          measured: wall,
          required: rule.metres,
          length: null,
          clause: CLAUSE_HORIZONTAL,
          confidence: rule.confidence,
          at,
        });
      }
    }
  }
  return out;
}

export function treeFindings(
  pipes: readonly PipeGeom[],
  trees: readonly Tree[],
  frame: MetricFrame,
  book: RuleBook,
  mode: NearMode,
): Finding[] {
  const pts = trees.map((t) => frame.ringToMetric([t.geometry.coordinates])[0] as unknown as XY);
  const near = nearFinder(
    pts.map((p) => boxOf([p])),
    mode,
  );
  const out: Finding[] = [];
  for (const g of pipes) {
    const rule = book.object(g, 'tree');
    if (!rule) continue;
    for (const ti of near(boxOf(g.pts), rule.metres + g.half + EPS)) {
      const p = pts[ti] as XY;
      let d = Number.POSITIVE_INFINITY;
      for (let k = 0; k + 1 < g.pts.length; k++)
        d = Math.min(d, pointSegmentDistance(p, g.pts[k] as XY, g.pts[k + 1] as XY));
      const wall = d - g.half;
      if (wall < rule.metres - EPS) {
        out.push({
          rule: 'horizontal_tree',
          a: g,
          b: treeParty(trees[ti] as Tree),
          measured: wall,
          required: rule.metres,
          length: null,
          clause: CLAUSE_HORIZONTAL,
          confidence: rule.confidence,
          at: p,
        });
      }
    }
  }
  return out;
}
