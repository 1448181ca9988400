import type { SiteAreaKind } from '../model/tables';
import { axisFrame, clearOf, gaps, insideRing } from './context-space';
import type { PlannedCompound } from './district';
import type { Rect } from './grid';
import type { Rng } from './prng';

// Context areas inside a demo compound (local metres): a fire-engine operating area (登高操作场地) beside each
// high-rise, green areas between the rows (some protected: keep), and a few illegal sheds (some marked for
// demolition). Every area lies inside the compound and clear of buildings, roads and the other areas.

export interface LocalArea {
  kind: SiteAreaKind;
  name: string;
  keep: boolean;
  demolish: boolean;
  note: string;
  rect: Rect;
}

/**
 * GB 50016-2014 §7.2.2 (as commonly quoted; grade C, not checked against the text here): the operating area's
 * edge is 5–10 m from the wall, at least 15 m × 10 m (20 m × 10 m for buildings over 50 m).
 */
const OPERATING_AREA_GAP_M = 5;
const OPERATING_AREA_DEPTH_M = 10;

type Side = 'south' | 'north' | 'east' | 'west';

function beside(b: Rect, side: Side, length: number, g: number): Rect {
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  const d = OPERATING_AREA_DEPTH_M;
  if (side === 'south') return { x0: cx - length / 2, x1: cx + length / 2, y0: b.y0 - g - d, y1: b.y0 - g };
  if (side === 'north') return { x0: cx - length / 2, x1: cx + length / 2, y0: b.y1 + g, y1: b.y1 + g + d };
  if (side === 'east') return { x0: b.x1 + g, x1: b.x1 + g + d, y0: cy - length / 2, y1: cy + length / 2 };
  return { x0: b.x0 - g - d, x1: b.x0 - g, y0: cy - length / 2, y1: cy + length / 2 };
}

const round1 = (r: Rect): Rect => ({
  x0: Math.round(r.x0 * 10) / 10,
  y0: Math.round(r.y0 * 10) / 10,
  x1: Math.round(r.x1 * 10) / 10,
  y1: Math.round(r.y1 * 10) / 10,
});

/**
 * `heights` are the compound's building heights in metres, in footprint order (as the project reads them: surveyed
 * height, else floors × storey height), so "high-rise" here is what the project's high-rise setting will say.
 */
export function compoundAreas(
  rng: Rng,
  c: PlannedCompound,
  roads: readonly Rect[],
  heights: readonly number[],
  highRiseM: number,
): LocalArea[] {
  const ring = c.parcel.ring;
  const buildings = c.footprints.map((fp) => fp.rect);
  const areas: LocalArea[] = [];
  const taken = (): Rect[] => areas.map((a) => a.rect);
  const fits = (r: Rect, buildingMargin: number, roadMargin: number): boolean =>
    insideRing(r, ring, 0.5) &&
    clearOf(r, buildings, buildingMargin) &&
    clearOf(r, roads, roadMargin) &&
    clearOf(r, taken(), 1);

  c.footprints.forEach((fp, i) => {
    const height = heights[i] ?? 0;
    if (height <= highRiseM) return;
    const length = height > 50 ? 20 : rng.pick([15, 20]);
    const sides: Side[] = ['south', 'north', 'east', 'west'];
    const start = rng.int(0, 3);
    // Each side at the nearest allowed distance first, then farther out (the rule allows 5–10 m).
    const tries = [OPERATING_AREA_GAP_M, 7.5, 10].flatMap((gap) => sides.map((_, i) => ({ gap, i })));
    for (const { gap, i } of tries) {
      const r = beside(fp.rect, sides[(start + i) % 4] as Side, length, gap);
      // Operating areas join the fire lane in practice: they may touch roads, never buildings.
      if (fits(r, OPERATING_AREA_GAP_M - 0.1, -0.01)) {
        areas.push({ kind: 'operating_area', name: '登高操作场地', keep: false, demolish: false, note: '', rect: r });
        break;
      }
    }
  });

  const f = axisFrame(c.parcel.rect);
  const corridors = gaps(buildings.map(f.acrossOf), f.across);
  const place = (depth: [number, number], length: [number, number], margin: number): Rect | null => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const g = rng.pick(corridors);
      const room = g.hi - g.lo - 2 * margin;
      if (room < depth[0]) continue;
      const d = Math.min(room, rng.range(depth[0], depth[1]));
      const len = rng.range(length[0], length[1]);
      const v0 = g.lo + margin + rng.range(0, room - d);
      const u0 = rng.range(f.along.lo + 1, Math.max(f.along.lo + 1, f.along.hi - 1 - len));
      const r = round1(f.toXY({ x0: u0, y0: v0, x1: u0 + len, y1: v0 + d }));
      if (fits(r, margin, 0.5)) return r;
    }
    return null;
  };

  if (corridors.length === 0) return areas;
  const greens = rng.int(1, 3);
  for (let i = 0; i < greens; i++) {
    const r = place([5, 12], [15, 40], 2);
    if (!r) continue;
    const keep = rng.chance(0.35);
    const note = keep ? '成片乔木，保留' : '';
    areas.push({ kind: 'green', name: keep ? '保留绿地' : '宅间绿地', keep, demolish: false, note, rect: r });
  }
  const sheds = rng.weighted([
    [0, 3],
    [1, 4],
    [2, 3],
  ]);
  for (let i = 0; i < sheds; i++) {
    const r = place([2.5, 5], [3, 8], 1);
    if (!r) continue;
    const demolish = rng.chance(0.6);
    const name = rng.pick(['违建棚房', '自建车棚', '违建杂物间', '占绿搭建']);
    areas.push({ kind: 'illegal_structure', name, keep: false, demolish, note: demolish ? '拟拆除' : '', rect: r });
  }
  return areas;
}
