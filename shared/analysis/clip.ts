import { Clipper, ClipType, FillRule, type PolyPathD, PolyTreeD } from 'clipper2-ts';
import type { MetricFrame } from '../geo/crs';
import { signedRingArea } from '../geo/ring';
import { normalizeRing } from '../geo/validate';
import type { Polygon, Position } from '../model/geometry';
import { CLIPPER_PRECISION, type PolygonItem, pathToRing, polygonBBox, polygonToPaths } from './metric-paths';
import { indexPolygons } from './polygon-index';

// Output vertices within this distance of an input vertex take that vertex's exact lon/lat, and neighbour
// vertices within it of an output edge are inserted into it: 1 cm, ten times Clipper's millimetre grid.
const SNAP_M = 0.01;
/** Pieces smaller than this (m²) are slivers, not land. */
const MIN_PIECE_M2 = 0.5;

const round8 = (v: number): number => Math.round(v * 1e8) / 1e8;

/**
 * The candidate minus its neighbours: the largest remaining piece (with its holes), or null if nothing is left.
 * Where the result runs along a neighbour it uses the neighbour's own vertices (exact lon/lat, T-junction
 * vertices included), so the clipped polygon and the neighbour share that boundary exactly; other vertices are
 * rounded to 1e-8°. Inputs are not touched.
 * @example clipToNeighbours(drawnCompound, compounds, frame) // → drawnCompound without the overlapping parts
 */
export function clipToNeighbours(
  candidate: Polygon,
  neighbours: readonly (PolygonItem | Polygon)[],
  frame: MetricFrame,
): Polygon | null {
  const items = neighbours.map((n, i) => ('type' in n ? { id: String(i), geometry: n } : n));
  const near = indexPolygons(items).search(polygonBBox(candidate));
  const clip = near.flatMap((n) => polygonToPaths(n.geometry, frame));
  const tree = new PolyTreeD();
  Clipper.booleanOpDWithPolyTree(
    ClipType.Difference,
    polygonToPaths(candidate, frame),
    clip,
    tree,
    FillRule.NonZero,
    CLIPPER_PRECISION,
  );
  const best = largestPiece(tree);
  if (!best?.poly) return null;
  const snap = createSnapper([candidate, ...near.map((n) => n.geometry)], frame);
  const holes: PolyPathD[] = [];
  for (let i = 0; i < best.count; i++) holes.push(best.child(i));
  const rings = [best, ...holes].map((node, i) => {
    const ring = snap(pathToRing(node.poly ?? []));
    return normalizeRing(ring, i === 0 ? 'ccw' : 'cw');
  });
  const exterior = rings[0];
  if (!exterior || exterior.length < 4) return null;
  return { type: 'Polygon', coordinates: [exterior, ...rings.slice(1).filter((r) => r.length >= 4)] };
}

function largestPiece(tree: PolyTreeD): PolyPathD | null {
  let best: PolyPathD | null = null;
  let bestArea = MIN_PIECE_M2;
  for (let i = 0; i < tree.count; i++) {
    const piece = tree.child(i);
    let area = Math.abs(Clipper.areaD(piece.poly ?? []));
    for (let h = 0; h < piece.count; h++) area -= Math.abs(Clipper.areaD(piece.child(h).poly ?? []));
    if (area >= bestArea) {
      best = piece;
      bestArea = area;
    }
  }
  return best;
}

interface SourceVertex {
  m: Position; // metric
  ll: Position; // exact stored lon/lat
}

/** Maps a metric ring back to lon/lat, reusing source vertices where the ring meets them. */
function createSnapper(sources: readonly Polygon[], frame: MetricFrame): (metricRing: Position[]) => Position[] {
  const vertices: SourceVertex[] = [];
  const grid = new Map<string, SourceVertex[]>();
  const key = (x: number, y: number): string => `${Math.floor(x / SNAP_M)},${Math.floor(y / SNAP_M)}`;
  for (const polygon of sources) {
    for (const ring of polygon.coordinates) {
      const metricRing = frame.ringToMetric(ring);
      ring.forEach((ll, i) => {
        const v = { m: metricRing[i] as Position, ll: [ll[0], ll[1]] as Position };
        vertices.push(v);
        const k = key(v.m[0], v.m[1]);
        grid.set(k, [...(grid.get(k) ?? []), v]);
      });
    }
  }
  const nearest = (p: Position): SourceVertex | null => {
    const cx = Math.floor(p[0] / SNAP_M);
    const cy = Math.floor(p[1] / SNAP_M);
    let best: SourceVertex | null = null;
    let bestD = SNAP_M;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const v of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d = Math.hypot(v.m[0] - p[0], v.m[1] - p[1]);
          if (d <= bestD) [best, bestD] = [v, d];
        }
      }
    }
    return best;
  };
  const toLngLat = (p: Position): SourceVertex => {
    const hit = nearest(p);
    if (hit) return hit;
    const ll = frame.ringToLngLat([p])[0] as Position;
    return { m: p, ll: [round8(ll[0]), round8(ll[1])] };
  };
  return (metricRing) => {
    const snapped = metricRing.map(toLngLat);
    const out: Position[] = [];
    snapped.forEach((a, i) => {
      out.push(a.ll);
      const b = snapped[i + 1];
      if (b) out.push(...verticesOnEdge(a.m, b.m, vertices).map((v) => v.ll));
    });
    return out;
  };
}

/** Source vertices lying on segment ab (within SNAP_M), strictly between its ends, ordered from a to b. */
function verticesOnEdge(a: Position, b: Position, vertices: readonly SourceVertex[]): SourceVertex[] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return [];
  const hits: { t: number; v: SourceVertex }[] = [];
  const seen = new Set<string>();
  for (const v of vertices) {
    const t = ((v.m[0] - a[0]) * dx + (v.m[1] - a[1]) * dy) / len2;
    if (t <= 0 || t >= 1) continue;
    const distance = Math.abs(signedRingArea([a, b, v.m, a]) * 2) / Math.sqrt(len2);
    const endGap = Math.min(t, 1 - t) * Math.sqrt(len2);
    const id = `${v.ll[0]},${v.ll[1]}`;
    if (distance <= SNAP_M && endGap > SNAP_M && !seen.has(id)) {
      seen.add(id);
      hits.push({ t, v });
    }
  }
  return hits.sort((p, q) => p.t - q.t).map((h) => h.v);
}
