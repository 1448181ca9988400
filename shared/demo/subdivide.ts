import type { Position } from '../model/geometry';
import type { Block, Rect } from './grid';
import type { Rng } from './prng';

// Cuts a block into compound parcels (local metres). Parcels cut from one block by a guillotine split share
// their edges exactly: the cut coordinate is computed once and used by both sides, and every corner of a
// neighbour that lies on an edge is inserted into that edge (T-junctions), so the rings share identical vertices
// along the whole common boundary — what the shared-vertex editing needs. Other blocks leave gaps: an alley
// between two compounds, a setback from the street, or land that belongs to no compound (a school, a market).

export interface Parcel {
  block: Block;
  /** Bounding rectangle; buildings are laid out inside it with a setback larger than any chamfer. */
  rect: Rect;
  /** Closed counter-clockwise ring in local metres. */
  ring: Position[];
  /** A small lot along the street (巷号院): room for one building only. */
  small: boolean;
}

const MIN_SIDE = 75;
const CHAMFER_MAX = 6;

type Pattern = 'whole' | 'split' | 'lane' | 'partial' | 'lots';

export function subdivideBlock(rng: Rng, block: Block, maxParcels: number): Parcel[] {
  if (maxParcels <= 0) return [];
  const pattern = rng.weighted<Pattern>([
    ['whole', 20],
    ['split', 55],
    ['lane', 15],
    ['partial', 10],
    ['lots', 12],
  ]);
  const b = block.rect;
  let rects: Rect[];
  let smallFrom = Number.POSITIVE_INFINITY; // index of the first small lot in `rects`
  if (pattern === 'whole' || maxParcels === 1) {
    const inset = rng.chance(0.5) ? 0 : rng.int(3, 8);
    rects = [{ x0: b.x0 + inset, y0: b.y0 + inset, x1: b.x1 - inset, y1: b.y1 - inset }];
  } else if (pattern === 'lane') {
    rects = splitWithLane(rng, b);
  } else if (pattern === 'partial') {
    const keep = rng.range(0.62, 0.75);
    const westKept = rng.chance(0.5);
    const cut = westKept ? b.x0 + (b.x1 - b.x0) * keep : b.x1 - (b.x1 - b.x0) * keep;
    const kept = westKept ? { ...b, x1: Math.round(cut) } : { ...b, x0: Math.round(cut) };
    rects = guillotine(rng, kept, Math.min(maxParcels, rng.int(1, 2)));
  } else if (pattern === 'lots') {
    const strip = rng.int(34, 40);
    rects = [{ ...b, y0: b.y0 + strip }];
    smallFrom = 1;
    rects.push(...streetLots(rng, { ...b, y1: b.y0 + strip }));
  } else {
    rects = guillotine(rng, b, Math.min(maxParcels, rng.int(2, 3)));
  }
  rects = rects.slice(0, maxParcels);
  return rects.map((rect, i) => ({ block, rect, ring: ringWithJunctions(rng, rect, rects, b), small: i >= smallFrom }));
}

/** Splits the largest piece across its longer side at 35–65 % until `count` pieces or nothing is splittable. */
function guillotine(rng: Rng, start: Rect, count: number): Rect[] {
  const pieces: Rect[] = [start];
  while (pieces.length < count) {
    const order = pieces.map((r, i) => ({ i, area: (r.x1 - r.x0) * (r.y1 - r.y0) })).sort((a, b) => b.area - a.area);
    const target = order.find(({ i }) => longSide(pieces[i] as Rect) >= 2 * MIN_SIDE);
    if (!target) break;
    const r = pieces[target.i] as Rect;
    const alongX = r.x1 - r.x0 >= r.y1 - r.y0;
    const [lo, hi] = alongX ? [r.x0, r.x1] : [r.y0, r.y1];
    const cut = Math.round(Math.min(hi - MIN_SIDE, Math.max(lo + MIN_SIDE, lo + (hi - lo) * rng.range(0.35, 0.65))));
    const a = alongX ? { ...r, x1: cut } : { ...r, y1: cut };
    const b = alongX ? { ...r, x0: cut } : { ...r, y0: cut };
    pieces.splice(target.i, 1, a, b);
  }
  return pieces;
}

/** Cuts a strip along the street into lots 50–80 m wide (the last one takes what is left). */
function streetLots(rng: Rng, strip: Rect): Rect[] {
  const lots: Rect[] = [];
  let x = strip.x0;
  while (strip.x1 - x >= 130) {
    const w = rng.int(50, 80);
    lots.push({ ...strip, x0: x, x1: x + w });
    x += w;
  }
  lots.push({ ...strip, x0: x });
  return lots;
}

const longSide = (r: Rect): number => Math.max(r.x1 - r.x0, r.y1 - r.y0);

function splitWithLane(rng: Rng, b: Rect): Rect[] {
  const lane = rng.int(6, 9);
  const alongX = b.x1 - b.x0 >= b.y1 - b.y0;
  const [lo, hi] = alongX ? [b.x0, b.x1] : [b.y0, b.y1];
  const cut = Math.round(lo + (hi - lo) * rng.range(0.4, 0.6));
  if (alongX)
    return [
      { ...b, x1: cut },
      { ...b, x0: cut + lane },
    ];
  return [
    { ...b, y1: cut },
    { ...b, y0: cut + lane },
  ];
}

/** Counter-clockwise ring of `rect` with neighbours' corners inserted along its edges and block corners cut. */
function ringWithJunctions(rng: Rng, rect: Rect, all: readonly Rect[], block: Rect): Position[] {
  const corners = (r: Rect): Position[] => [
    [r.x0, r.y0],
    [r.x1, r.y0],
    [r.x1, r.y1],
    [r.x0, r.y1],
  ];
  const others = all.filter((r) => r !== rect).flatMap(corners);
  const own = corners(rect);
  const ring: Position[] = [];
  own.forEach((a, i) => {
    const b = own[(i + 1) % 4] as Position;
    const onEdge = others.filter((p) => strictlyBetween(a, b, p));
    const dist = (p: Position): number => Math.abs(p[0] - a[0]) + Math.abs(p[1] - a[1]);
    const between = dedupe(onEdge.sort((p, q) => dist(p) - dist(q)));
    const blockCorner = (a[0] === block.x0 || a[0] === block.x1) && (a[1] === block.y0 || a[1] === block.y1);
    if (blockCorner && rng.chance(0.5)) ring.push(...chamfer(a, own, i, rng.int(3, CHAMFER_MAX)));
    else ring.push([a[0], a[1]]);
    ring.push(...between);
  });
  ring.push([(ring[0] as Position)[0], (ring[0] as Position)[1]]);
  return ring;
}

/** Replaces corner `i` by two points `size` metres along its two edges (a street-corner cut). */
function chamfer(corner: Position, own: readonly Position[], i: number, size: number): Position[] {
  const prev = own[(i + 3) % 4] as Position;
  const next = own[(i + 1) % 4] as Position;
  const toward = (p: Position): Position => [
    corner[0] + Math.sign(p[0] - corner[0]) * size,
    corner[1] + Math.sign(p[1] - corner[1]) * size,
  ];
  return [toward(prev), toward(next)];
}

/** p lies on the axis-aligned segment ab, not at either end. */
function strictlyBetween(a: Position, b: Position, p: Position): boolean {
  if (a[1] === b[1] && p[1] === a[1]) return p[0] > Math.min(a[0], b[0]) && p[0] < Math.max(a[0], b[0]);
  if (a[0] === b[0] && p[0] === a[0]) return p[1] > Math.min(a[1], b[1]) && p[1] < Math.max(a[1], b[1]);
  return false;
}

function dedupe(points: Position[]): Position[] {
  return points.filter(
    (p, i) => i === 0 || p[0] !== (points[i - 1] as Position)[0] || p[1] !== (points[i - 1] as Position)[1],
  );
}
