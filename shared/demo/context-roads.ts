import type { Position } from '../model/geometry';
import type { RoadKind } from '../model/tables';
import { type AxisFrame, axisFrame, clearOf, gaps, type Interval, insideRing } from './context-space';
import type { PlannedCompound } from './district';
import type { Rect } from './grid';
import type { Rng } from './prng';

// Roads inside a demo compound (local metres), as centre lines with a width. Old compounds are laid out in rows
// along their long axis, so the corridors between rows run the full length of the compound:
// - a fire lane (消防车道, 4 m clear) along the long axis of a large compound, in the strip between the boundary and
//   the first row where that strip is wide enough (perimeter lanes are the usual retrofit), else down the middle;
// - house-front paths (宅前路, 4–6 m) in one or two corridors between rows, kept 2 m off the southern row, so the
//   open ground between rows stays in one piece for the leftover-land analysis;
// - an entrance road across one end, joining the others.

export interface LocalRoad {
  kind: RoadKind;
  name: string;
  width_m: number;
  path: [Position, Position];
  /** The road's footprint (centre line grown by half its width), for the other context to keep clear of. */
  rect: Rect;
}

const FIRE_LANE_WIDTH_M = 4;
/** A compound at least this long (m) with at least three buildings gets a fire lane. */
const FIRE_LANE_MIN_LENGTH_M = 100;
/** Roads keep this far (m) from buildings. */
const BUILDING_MARGIN_M = 1;
const MIN_ROAD_LENGTH_M = 20;

const width = (g: Interval): number => g.hi - g.lo;

/**
 * A road at `v` across the compound, `half` wide each side, as long as the parcel allows: the ends step inward
 * until the road sits inside the (possibly chamfered) boundary. Null when it would be short or touch a building.
 */
function fitAlong(f: AxisFrame, ring: readonly Position[], v: number, half: number, obstacles: readonly Rect[]) {
  let u0 = f.along.lo + 0.5;
  let u1 = f.along.hi - 0.5;
  const rect = (): Rect => f.toXY({ x0: u0, y0: v - half, x1: u1, y1: v + half });
  for (let i = 0; i < 20 && !insideRing(rect(), ring, 0.2); i++) {
    u0 += 1;
    u1 -= 1;
  }
  if (u1 - u0 < MIN_ROAD_LENGTH_M || !insideRing(rect(), ring, 0.2)) return null;
  if (!clearOf(rect(), obstacles, BUILDING_MARGIN_M)) return null;
  return { path: [f.point(u0, v), f.point(u1, v)] as [Position, Position], rect: rect() };
}

/** The same across the compound at `u` (the entrance road). */
function fitAcross(f: AxisFrame, ring: readonly Position[], u: number, half: number, obstacles: readonly Rect[]) {
  const swapped: AxisFrame = {
    ...f,
    along: f.across,
    across: f.along,
    toXY: (r) => f.toXY({ x0: r.y0, y0: r.x0, x1: r.y1, y1: r.x1 }),
    point: (a, b) => f.point(b, a),
  };
  return fitAlong(swapped, ring, u, half, obstacles);
}

export function compoundRoads(rng: Rng, c: PlannedCompound): LocalRoad[] {
  const f = axisFrame(c.parcel.rect);
  const ring = c.parcel.ring;
  const buildings = c.footprints.map((fp) => fp.rect);
  const corridors = gaps(buildings.map(f.acrossOf), f.across);
  const isEdge = (g: Interval): boolean => g.lo === f.across.lo || g.hi === f.across.hi;
  const roads: LocalRoad[] = [];
  const used = new Set<Interval>();

  const large = f.along.hi - f.along.lo >= FIRE_LANE_MIN_LENGTH_M && buildings.length >= 3;
  if (large) {
    const edge = corridors.filter((g) => isEdge(g) && width(g) >= 7).sort((a, b) => width(b) - width(a))[0];
    const middle = (f.across.lo + f.across.hi) / 2;
    const inner = corridors
      .filter((g) => !isEdge(g) && width(g) >= 10)
      .sort((a, b) => Math.abs((a.lo + a.hi) / 2 - middle) - Math.abs((b.lo + b.hi) / 2 - middle))[0];
    const lane = edge ?? inner;
    const fit = lane ? fitAlong(f, ring, (lane.lo + lane.hi) / 2, FIRE_LANE_WIDTH_M / 2, buildings) : null;
    if (lane && fit) {
      used.add(lane);
      roads.push({ kind: 'fire_lane', name: '消防车道', width_m: FIRE_LANE_WIDTH_M, ...fit });
    }
  }

  const rowCorridors = corridors.filter((g) => !isEdge(g) && !used.has(g));
  const wanted = large ? rng.int(1, 2) : rng.chance(0.5) ? 1 : 0;
  for (const g of shuffle(rng, rowCorridors).slice(0, wanted)) {
    const w = rng.int(4, 6);
    if (width(g) < w + 4) continue;
    const fit = fitAlong(f, ring, g.lo + 2 + w / 2, w / 2, buildings);
    if (fit) roads.push({ kind: 'road', name: '宅前路', width_m: w, ...fit });
  }

  if (roads.length > 0) {
    // The wider of the two end strips (between the boundary and the nearest building along the long axis).
    const along = buildings.map((r) => (f.alongX ? { lo: r.x0, hi: r.x1 } : { lo: r.y0, hi: r.y1 }));
    const ends = gaps(along, f.along).filter((g) => g.lo === f.along.lo || g.hi === f.along.hi);
    const end = ends.sort((a, b) => width(b) - width(a))[0];
    const w = 4;
    if (end && width(end) >= w + 3) {
      const fit = fitAcross(f, ring, (end.lo + end.hi) / 2, w / 2, buildings);
      if (fit) roads.push({ kind: 'road', name: '入口路', width_m: w, ...fit });
    }
  }
  return roads;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
