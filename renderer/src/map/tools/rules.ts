// The project rules a drawing tool applies, over the shared analyses (validation, containment, overlap). Kept in
// one place so the tools read as state machines and the analyses' signatures are adapted here only.
import { findContainingCompound } from '../../../../shared/analysis/containing';
import { clipToNeighbours, findOverlaps } from '../../../../shared/analysis/overlap';
import { createMetricFrame, type MetricFrame } from '../../../../shared/geo/crs';
import { validatePolygon } from '../../../../shared/geo/validate';
import { t } from '../../../../shared/i18n';
import type { Change } from '../../../../shared/model/change';
import type { Polygon } from '../../../../shared/model/geometry';
import type { Compound } from '../../../../shared/model/tables';
import type { FeatureRows } from '../geo/sharedVertices';

/** The translated reason a polygon cannot be saved, or null when it is valid. */
export function polygonProblem(p: Polygon): string | null {
  const v = validatePolygon(p);
  return v.valid ? null : t(`geo.invalid.${v.reason}`);
}

/** The compound a new building belongs to (the one containing its centroid), or null. */
export function containingCompoundId(p: Polygon, rows: FeatureRows): string | null {
  return findContainingCompound(p, Object.values(rows.compounds))?.id ?? null;
}

const frames = new Map<number, MetricFrame>();
export function metricFrame(epsg: number): MetricFrame {
  const known = frames.get(epsg);
  if (known) return known;
  const frame = createMetricFrame(epsg);
  frames.set(epsg, frame);
  return frame;
}

/** The other compounds `c` overlaps (by area, in the project's metric frame). */
export function overlappingCompounds(c: Compound, rows: FeatureRows, epsg: number): Compound[] {
  const others = Object.values(rows.compounds).filter((o) => o.id !== c.id);
  return findOverlaps(c.geometry, others, metricFrame(epsg))
    .map((o) => rows.compounds[o.id])
    .filter((o): o is Compound => o !== undefined);
}

/** `c` clipped to its neighbours: its geometry minus theirs, or null when nothing would remain. */
export function clippedToNeighbours(c: Compound, neighbours: Compound[], epsg: number): Compound | null {
  const geometry = clipToNeighbours(c.geometry, neighbours, metricFrame(epsg));
  return geometry ? { ...c, geometry } : null;
}

export type ClipResult = { ok: true; change: Change } | { ok: false; reason: string };

/**
 * The change that clips compound `id` to the compounds it overlaps (the "裁剪到相邻小区" action), from the rows as
 * they are now (the user may have edited since the notice appeared). Refused, with a translated reason, when
 * the compound is gone, nothing would remain, or the clipped shape would not be a valid polygon.
 */
export function clipChange(
  id: string,
  overlappedIds: readonly string[],
  rows: FeatureRows,
  epsg: number,
  summary: string,
): ClipResult {
  const current = rows.compounds[id];
  const neighbours = overlappedIds.map((o) => rows.compounds[o]).filter((c): c is Compound => c !== undefined);
  const clipped = current ? clippedToNeighbours(current, neighbours, epsg) : null;
  if (!clipped) return { ok: false, reason: t('map.error.clipEmpty') };
  const problem = polygonProblem(clipped.geometry);
  if (problem) return { ok: false, reason: t('map.error.invalidPolygon', { reason: problem }) };
  return { ok: true, change: { ops: [{ op: 'put', table: 'compounds', row: clipped }], summary } };
}
