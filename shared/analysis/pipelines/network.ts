import Flatbush from 'flatbush';
import type { MetricFrame } from '../../geo/crs';
import type { Pipeline } from '../../model/tables';
import type { XY } from './segment-math';

// The pipes of one check in the metric frame, flattened into segment arrays (struct of arrays: 50,000 segments
// are scanned per check). Abandoned pipes are left out: they are to be removed, so they conflict with nothing.

export interface PipeGeom {
  pipe: Pipeline;
  /** Vertices in metres. */
  pts: XY[];
  /** Distance along the pipe at each vertex (cum[0] = 0). */
  cum: number[];
  length: number;
  /** Half the outer diameter / section width, metres. */
  half: number;
  /** Index of the pipe's first segment in the flat arrays. */
  firstSeg: number;
}

export interface Network {
  pipes: PipeGeom[];
  /** Per segment: owning pipe (index into pipes), and its end points. */
  segPipe: Int32Array;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  maxHalf: number;
}

export function buildNetwork(pipelines: readonly Pipeline[], frame: MetricFrame): Network {
  const pipes: PipeGeom[] = [];
  let segCount = 0;
  for (const pipe of pipelines) {
    if (pipe.status === 'abandon' || pipe.geometry.coordinates.length < 2) continue;
    const pts = frame.ringToMetric(pipe.geometry.coordinates) as unknown as XY[];
    const cum = [0];
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1] as XY;
      const b = pts[i] as XY;
      cum.push((cum[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]));
    }
    const length = cum[cum.length - 1] as number;
    pipes.push({ pipe, pts, cum, length, half: pipe.diameter_mm / 2000, firstSeg: segCount });
    segCount += pts.length - 1;
  }
  const net: Network = {
    pipes,
    segPipe: new Int32Array(segCount),
    x1: new Float64Array(segCount),
    y1: new Float64Array(segCount),
    x2: new Float64Array(segCount),
    y2: new Float64Array(segCount),
    maxHalf: pipes.reduce((m, p) => Math.max(m, p.half), 0),
  };
  pipes.forEach((g, pi) => {
    for (let k = 0; k + 1 < g.pts.length; k++) {
      const s = g.firstSeg + k;
      const a = g.pts[k] as XY;
      const b = g.pts[k + 1] as XY;
      net.segPipe[s] = pi;
      net.x1[s] = a[0];
      net.y1[s] = a[1];
      net.x2[s] = b[0];
      net.y2[s] = b[1];
    }
  });
  return net;
}

export const segCount = (net: Network): number => net.segPipe.length;
export const segStart = (net: Network, s: number): XY => [net.x1[s] as number, net.y1[s] as number];
export const segEnd = (net: Network, s: number): XY => [net.x2[s] as number, net.y2[s] as number];

/** Cover depth (m) at distance `along` from the first vertex, linear between the two surveyed ends. */
export function coverAt(g: PipeGeom, along: number): number {
  const { depth_start_m: a, depth_end_m: b } = g.pipe;
  return g.length > 0 ? a + ((b - a) * along) / g.length : a;
}

/** A flatbush index over the segments' bounding boxes (built once per check). */
export function indexSegments(net: Network): Flatbush {
  const n = segCount(net);
  const tree = new Flatbush(Math.max(1, n));
  for (let s = 0; s < n; s++) {
    const ax = net.x1[s] as number;
    const ay = net.y1[s] as number;
    const bx = net.x2[s] as number;
    const by = net.y2[s] as number;
    tree.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  if (n === 0) tree.add(0, 0, 0, 0); // flatbush needs one item; never matched (no segment 0 to read)
  tree.finish();
  return tree;
}

/** Where candidate neighbours come from: the index, or every item (the naive reference). */
export type NearMode = 'index' | 'all';

/** Distance along pipe g of parameter s on its local segment k. */
export const alongOf = (g: PipeGeom, k: number, s: number): number =>
  (g.cum[k] as number) + s * ((g.cum[k + 1] as number) - (g.cum[k] as number));

/**
 * How near a pipe's end a meeting still counts as a junction (a branch joining a main, a pipe ending on another).
 * Stored coordinates are rounded to 1e-8° (~1 mm), so an end snapped onto another pipe's edge can overshoot it by a
 * millimetre; 5 cm keeps such T-junctions from being read as crossings with a negative vertical clearance.
 */
export const JUNCTION_TOLERANCE_M = 0.05;

/** A meeting point inside both pipes (not at either pipe's end): a crossing, not a junction or a touch. */
export function isProperCrossing(
  ga: PipeGeom,
  gb: PipeGeom,
  hit: { sa: number; sb: number; s: number; t: number },
): boolean {
  const inside = (g: PipeGeom, along: number): boolean =>
    along > JUNCTION_TOLERANCE_M && along < g.length - JUNCTION_TOLERANCE_M;
  return inside(ga, alongOf(ga, hit.sa, hit.s)) && inside(gb, alongOf(gb, hit.sb, hit.t));
}
