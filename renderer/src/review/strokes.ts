// Pen strokes (pure): collected in map coordinates while the presenter draws, kept as annotation rows of the
// presented package when asked ("保存标注", one change), or dropped ("清除").
import type { Change } from '../../../shared/model/change';
import type { Position } from '../../../shared/model/geometry';
import type { Annotation } from '../../../shared/model/tables';

export interface Stroke {
  coords: Position[];
  color: string;
  width: number;
}

export const PEN_COLOR = '#ff2d2d';
export const PEN_WIDTH_PX = 5;
/** A new point is kept only this far (screen px) from the last: a mouse sends ~100 moves a second. */
export const MIN_STEP_PX = 3;

/** Whether a pointer at `px` moved far enough from `last` (both screen px) to add a point. */
export const farEnough = (last: [number, number] | null, px: [number, number], min = MIN_STEP_PX): boolean =>
  last === null || Math.hypot(px[0] - last[0], px[1] - last[1]) >= min;

/** Strokes worth keeping: at least two distinct points (a click is not a stroke). */
export function drawnStrokes(strokes: readonly Stroke[]): Stroke[] {
  return strokes.filter((s) => {
    const first = s.coords[0];
    return first !== undefined && s.coords.some((p) => p[0] !== first[0] || p[1] !== first[1]);
  });
}

export interface AnnotationContext {
  packageId: string;
  meetingId: string | null;
  now: Date;
  newId: () => string;
}

export function annotationRows(strokes: readonly Stroke[], ctx: AnnotationContext): Annotation[] {
  const at = ctx.now.toISOString();
  return drawnStrokes(strokes).map((s) => ({
    id: ctx.newId(),
    package_id: ctx.packageId,
    meeting_id: ctx.meetingId,
    color: s.color,
    width_px: Math.min(50, Math.max(0.5, s.width)),
    note: '',
    created_at: at,
    geometry: { type: 'LineString', coordinates: s.coords.map((p) => [p[0], p[1]] as Position) },
  }));
}

/** One change for all the kept strokes (one undo step), or null when there is nothing to keep. */
export function annotationChange(rows: readonly Annotation[], summary: string): Change | null {
  if (rows.length === 0) return null;
  return { ops: rows.map((row) => ({ op: 'put' as const, table: 'annotations' as const, row })), summary };
}
