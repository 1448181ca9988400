// The building an elevator retrofit is attached to: the one of its compound nearest to the footprint, if within
// reach. Runs per pointer move over one compound's buildings (tens), in the project's metric frame.
import { cachedFrame } from '../../../shared/analysis/facilities/frames';
import type { Polygon, Position } from '../../../shared/model/geometry';
import type { Building } from '../../../shared/model/tables';

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Least distance (m) between the vertices of one ring and the edges of the other, both ways. */
function ringDistance(r1: readonly Position[], r2: readonly Position[]): number {
  let best = Number.POSITIVE_INFINITY;
  const oneWay = (pts: readonly Position[], ring: readonly Position[]) => {
    for (const p of pts)
      for (let i = 1; i < ring.length; i++)
        best = Math.min(best, segmentDistance(p, ring[i - 1] as Position, ring[i] as Position));
  };
  oneWay(r1, r2);
  oneWay(r2, r1);
  return best;
}

export function nearestBuilding(
  footprint: Polygon,
  buildings: readonly Building[],
  epsg: number,
  withinM = 1,
): string | null {
  const frame = cachedFrame(epsg);
  const f = frame.ringToMetric(footprint.coordinates[0] ?? []);
  let best: { id: string; d: number } | null = null;
  for (const b of buildings) {
    const d = ringDistance(f, frame.ringToMetric(b.geometry.coordinates[0] ?? []));
    if (d <= withinM && (!best || d < best.d)) best = { id: b.id, d };
  }
  return best?.id ?? null;
}
