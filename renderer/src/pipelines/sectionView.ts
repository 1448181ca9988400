// Builds the cross-section at a clicked point from the mirrored rows: pipes near the point in the project's
// metric frame, the section line, the crossings, the gaps between them and the clearance each gap requires.
import type { MetricFrame } from '../../../shared/geo/crs';
import type { Position } from '../../../shared/model/geometry';
import type { ClearanceRule, Pipeline } from '../../../shared/model/tables';
import { type RequiredClearance, requiredBetween } from './pipeKeys';
import {
  SECTION_LENGTH_M,
  type SectionCrossing,
  type SectionGap,
  type SectionLine,
  type SectionPipe,
  sectionCrossings,
  sectionGaps,
  sectionLineAt,
} from './section';

export interface SectionGapView extends SectionGap {
  required: RequiredClearance | null;
  /** The gap is smaller than the required clearance (a conflict in the drawing). */
  short: boolean;
}

export interface SectionView {
  line: SectionLine;
  crossings: SectionCrossing[];
  gaps: SectionGapView[];
}

/** Pipes with a vertex or segment within `radius` m of `centre` (bbox test), converted to metres. */
function nearbyPipes(pipes: readonly Pipeline[], frame: MetricFrame, centre: Position, radius: number): SectionPipe[] {
  const out: SectionPipe[] = [];
  for (const p of pipes) {
    const line = frame.ringToMetric(p.geometry.coordinates);
    const xs = line.map((q) => q[0]);
    const ys = line.map((q) => q[1]);
    if (
      Math.min(...xs) > centre[0] + radius ||
      Math.max(...xs) < centre[0] - radius ||
      Math.min(...ys) > centre[1] + radius ||
      Math.max(...ys) < centre[1] - radius
    )
      continue;
    out.push({ ...p, line });
  }
  return out;
}

export function buildSectionView(
  clickLngLat: Position,
  pipes: readonly Pipeline[],
  rules: Record<string, ClearanceRule>,
  frame: MetricFrame,
): SectionView | null {
  const centre = frame.ringToMetric([clickLngLat])[0] as Position;
  const near = nearbyPipes(pipes, frame, centre, SECTION_LENGTH_M);
  const line = sectionLineAt(centre, near);
  if (!line) return null;
  const crossings = sectionCrossings(line, near);
  const gaps = sectionGaps(crossings).map((g) => {
    const required = requiredBetween(rules, g.kind, g.a.pipe, g.b.pipe);
    return { ...g, required, short: required !== null && g.clear_m < required.metres - 1e-9 };
  });
  return { line, crossings, gaps };
}
