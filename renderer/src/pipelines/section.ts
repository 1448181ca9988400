// The cross-section (断面) geometry, pure and in metres (a project metric frame, x east / y north). A section is
// a short straight line centred on the clicked point, perpendicular to the nearest pipe; every pipe crossing it is
// placed at its offset along the line and its cover depth interpolated along the pipe (the ground is level, as
// everywhere in issue 5). Clearances are outer wall to outer wall: centre distance minus half of each width.
import type { Position } from '../../../shared/model/geometry';
import type { Pipeline } from '../../../shared/model/tables';

export type SectionPipe = Pick<
  Pipeline,
  'id' | 'code' | 'type' | 'gas_pressure' | 'laying' | 'diameter_mm' | 'depth_start_m' | 'depth_end_m'
> & {
  /** The pipe's line in metres. */
  line: readonly Position[];
};

export const SECTION_LENGTH_M = 20;

export interface SectionLine {
  start: Position;
  end: Position;
  /** The pipe the section is perpendicular to. */
  pipeId: string;
}

export interface SectionCrossing {
  pipe: SectionPipe;
  /** Distance from the section's start to the pipe's centre line, m. */
  offset_m: number;
  /** Cover depth (surface to pipe top) at the crossing, m. */
  cover_m: number;
  /** Outer diameter or trench width, m. */
  width_m: number;
  /** What the pipe occupies along the section, m: its width around the offset, or for a pipe running along
   *  the section (a crossing pipe at right angles to the one the section is cut across) the stretch it lies in. */
  span_m: [number, number];
  along: boolean;
}

/** Within this angle a pipe segment counts as running along the section, not across it. */
const ALONG_SIN = Math.sin((5 * Math.PI) / 180);

interface Nearest {
  pipe: SectionPipe;
  distance: number;
  direction: Position;
}

function nearestPipe(p: Position, pipes: readonly SectionPipe[]): Nearest | null {
  let best: Nearest | null = null;
  for (const pipe of pipes) {
    for (let i = 1; i < pipe.line.length; i++) {
      const a = pipe.line[i - 1] as Position;
      const b = pipe.line[i] as Position;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      if (len2 === 0) continue;
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
      const distance = Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
      if (!best || distance < best.distance) best = { pipe, distance, direction: [dx, dy] };
    }
  }
  return best;
}

/** The section line at `click`: SECTION_LENGTH_M long, centred, perpendicular to the nearest pipe segment. */
export function sectionLineAt(
  click: Position,
  pipes: readonly SectionPipe[],
  length = SECTION_LENGTH_M,
): SectionLine | null {
  const near = nearestPipe(click, pipes);
  if (!near) return null;
  const [dx, dy] = near.direction;
  const len = Math.hypot(dx, dy);
  // The normal, oriented so the section always reads left to right when the pipe runs north (stable drawings).
  const nx = dy / len;
  const ny = -dx / len;
  const half = length / 2;
  return {
    start: [click[0] - nx * half, click[1] - ny * half],
    end: [click[0] + nx * half, click[1] + ny * half],
    pipeId: near.pipe.id,
  };
}

/** Parameters (s on p1→p2, t on q1→q2, both 0..1) of a proper or touching intersection; null when apart. */
function intersect(p1: Position, p2: Position, q1: Position, q2: Position): [number, number] | null {
  const rx = p2[0] - p1[0];
  const ry = p2[1] - p1[1];
  const sx = q2[0] - q1[0];
  const sy = q2[1] - q1[1];
  const denom = rx * sy - ry * sx;
  if (denom === 0) return null; // parallel: a pipe along the section line has no single crossing
  const qpx = q1[0] - p1[0];
  const qpy = q1[1] - p1[1];
  const s = (qpx * sy - qpy * sx) / denom;
  const t = (qpx * ry - qpy * rx) / denom;
  return s >= 0 && s <= 1 && t >= 0 && t <= 1 ? [s, t] : null;
}

/** Cover depth at `chainage` metres along a pipe of `total` metres, linear between the two ends. */
export function coverAt(pipe: SectionPipe, chainage: number, total: number): number {
  const f = total > 0 ? chainage / total : 0;
  return pipe.depth_start_m + (pipe.depth_end_m - pipe.depth_start_m) * f;
}

/** Distance along the section (from its start) of the foot of `p` on the section line. */
function projectOn(section: SectionLine, length: number, p: Position): number {
  const ux = (section.end[0] - section.start[0]) / length;
  const uy = (section.end[1] - section.start[1]) / length;
  return (p[0] - section.start[0]) * ux + (p[1] - section.start[1]) * uy;
}

/** The stretch [from, to] of the section a segment lies in when it runs along it (within half its width). */
function alongSection(
  section: SectionLine,
  length: number,
  q1: Position,
  q2: Position,
  width: number,
): [number, number] | null {
  const ux = (section.end[0] - section.start[0]) / length;
  const uy = (section.end[1] - section.start[1]) / length;
  const qx = q2[0] - q1[0];
  const qy = q2[1] - q1[1];
  const ql = Math.hypot(qx, qy);
  if (ql === 0 || Math.abs(ux * qy - uy * qx) / ql > ALONG_SIN) return null;
  const offLine = Math.abs(ux * (q1[1] - section.start[1]) - uy * (q1[0] - section.start[0]));
  if (offLine > width / 2 + 0.05) return null;
  const a = projectOn(section, length, q1);
  const b = projectOn(section, length, q2);
  const from = Math.max(0, Math.min(a, b));
  const to = Math.min(length, Math.max(a, b));
  return to > from ? [from, to] : null;
}

/** Every place a pipe crosses the section, sorted by offset (a pipe crossing twice appears twice). */
export function sectionCrossings(section: SectionLine, pipes: readonly SectionPipe[]): SectionCrossing[] {
  const length = Math.hypot(section.end[0] - section.start[0], section.end[1] - section.start[1]);
  const out: SectionCrossing[] = [];
  for (const pipe of pipes) {
    const segLengths = pipe.line.slice(1).map((b, i) => {
      const a = pipe.line[i] as Position;
      return Math.hypot(b[0] - a[0], b[1] - a[1]);
    });
    const total = segLengths.reduce((s, l) => s + l, 0);
    let chainage = 0;
    let lastOffset: number | null = null;
    const width = pipe.diameter_mm / 1000;
    for (let i = 1; i < pipe.line.length; i++) {
      const q1 = pipe.line[i - 1] as Position;
      const q2 = pipe.line[i] as Position;
      const segLength = segLengths[i - 1] as number;
      const along = alongSection(section, length, q1, q2, width);
      if (along) {
        const [from, to] = along;
        const mid = (from + to) / 2;
        out.push({
          pipe,
          offset_m: mid,
          cover_m: coverAt(pipe, chainage + Math.abs(mid - projectOn(section, length, q1)), total),
          width_m: width,
          span_m: [from, to],
          along: true,
        });
      } else {
        const hit = intersect(section.start, section.end, q1, q2);
        const offset = hit ? hit[0] * length : null;
        // A crossing exactly at a shared vertex is found on both segments; keep it once.
        if (hit && offset !== null && (lastOffset === null || Math.abs(offset - lastOffset) > 1e-6)) {
          out.push({
            pipe,
            offset_m: offset,
            cover_m: coverAt(pipe, chainage + hit[1] * segLength, total),
            width_m: width,
            span_m: [offset - width / 2, offset + width / 2],
            along: false,
          });
          lastOffset = offset;
        }
      }
      chainage += segLength;
    }
  }
  return out.sort((a, b) => a.offset_m - b.offset_m);
}

export interface SectionGap {
  a: SectionCrossing;
  b: SectionCrossing;
  kind: 'horizontal' | 'vertical';
  /** Outer wall to outer wall, m (negative when the walls overlap). */
  clear_m: number;
}

/**
 * Horizontal clear distances between neighbours along the section, and vertical clearances between every pair
 * that overlaps in plan (their widths overlap along the section): the deeper one's top minus the upper one's bottom.
 */
export function sectionGaps(crossings: readonly SectionCrossing[]): SectionGap[] {
  const gaps: SectionGap[] = [];
  // Side by side: neighbours among the pipes cut across (a pipe lying along the section has no side).
  const across = crossings.filter((c) => !c.along);
  for (let i = 1; i < across.length; i++) {
    const a = across[i - 1] as SectionCrossing;
    const b = across[i] as SectionCrossing;
    const clear = b.span_m[0] - a.span_m[1];
    if (clear > 0) gaps.push({ a, b, kind: 'horizontal', clear_m: clear });
  }
  for (let i = 0; i < crossings.length; i++) {
    for (let j = i + 1; j < crossings.length; j++) {
      const a = crossings[i] as SectionCrossing;
      const b = crossings[j] as SectionCrossing;
      if (b.span_m[0] >= a.span_m[1] || a.span_m[0] >= b.span_m[1]) continue; // apart in plan
      const [upper, lower] = a.cover_m <= b.cover_m ? [a, b] : [b, a];
      gaps.push({ a: upper, b: lower, kind: 'vertical', clear_m: lower.cover_m - (upper.cover_m + upper.width_m) });
    }
  }
  return gaps;
}
