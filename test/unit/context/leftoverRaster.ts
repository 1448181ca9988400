// A coarse, independent estimate of leftover land for the demo tests (not the product's analysis): a 1 m raster of
// each compound in local metres, minus buildings grown by the clearance, fire lanes, operating areas, kept green and
// tree crowns, plus freed illegal-structure land; then a 3 m-wide erosion (a cell counts only when the 3 × 3 block
// around it is free), so slivers narrower than the minimum width do not count.
import type { MetricFrame } from '../../../shared/geo/crs';
import type { Position } from '../../../shared/model/geometry';
import type { Building, Compound, Road, SiteArea, Tree } from '../../../shared/model/tables';
import { lngLat } from '../../../shared/model/units';

type XY = [number, number];

function pip(p: XY, ring: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as XY;
    const b = ring[j] as XY;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

function segDist(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

const ringDist = (p: XY, ring: readonly XY[]): number =>
  pip(p, ring) ? 0 : Math.min(...ring.slice(1).map((b, i) => segDist(p, ring[i] as XY, b)));

export interface SiteRows {
  buildings: Building[];
  roads: Road[];
  site_areas: SiteArea[];
  trees: Tree[];
}

/** Square metres of leftover land at least 3 m wide in `compound` (clearance in metres around buildings). */
export function rasterLeftover(compound: Compound, rows: SiteRows, frame: MetricFrame, clearance = 6): number {
  const m = (p: Position): XY => frame.toMetric(lngLat(p[0], p[1])) as unknown as XY;
  const ring = (compound.geometry.coordinates[0] ?? []).map(m);
  const mine = <T extends { compound_id: string | null }>(r: T[]) => r.filter((x) => x.compound_id === compound.id);
  const near = (rings: XY[][], pad: number) =>
    rings.map((r) => ({ r, box: [...bounds(r, pad)] as [number, number, number, number] }));
  const inBox = (p: XY, b: [number, number, number, number]) =>
    p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
  const buildings = near(
    mine(rows.buildings).map((b) => (b.geometry.coordinates[0] ?? []).map(m)),
    clearance,
  );
  const lanes = mine(rows.roads)
    .filter((r) => r.kind === 'fire_lane')
    .map((l) => ({ c: l.geometry.coordinates.map(m), half: l.width_m / 2 }));
  const areas = mine(rows.site_areas).map((a) => ({ a, r: (a.geometry.coordinates[0] ?? []).map(m) }));
  const freed = areas.filter(({ a }) => a.kind === 'illegal_structure' && a.demolish);
  const blocking = areas.filter(
    ({ a }) =>
      a.kind === 'operating_area' ||
      a.kind === 'fire_lane' ||
      (a.kind === 'green' && a.keep) ||
      (a.kind === 'illegal_structure' && !a.demolish),
  );
  const crowns = mine(rows.trees).map((t) => ({ c: m(t.geometry.coordinates), r: t.crown_radius_m }));
  const blocked = (p: XY): boolean => {
    if (!pip(p, ring)) return true;
    if (freed.some(({ r }) => pip(p, r))) return false;
    if (buildings.some(({ r, box }) => inBox(p, box) && ringDist(p, r) < clearance)) return true;
    if (lanes.some(({ c, half }) => c.slice(1).some((b, i) => segDist(p, c[i] as XY, b) < half))) return true;
    if (blocking.some(({ r }) => pip(p, r))) return true;
    return crowns.some(({ c, r }) => Math.hypot(c[0] - p[0], c[1] - p[1]) < r);
  };
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const x0 = Math.floor(Math.min(...xs));
  const y0 = Math.floor(Math.min(...ys));
  const w = Math.ceil(Math.max(...xs)) - x0;
  const h = Math.ceil(Math.max(...ys)) - y0;
  const free = new Uint8Array(w * h);
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) free[j * w + i] = blocked([x0 + i + 0.5, y0 + j + 0.5]) ? 0 : 1;
  let area = 0;
  for (let j = 1; j < h - 1; j++)
    for (let i = 1; i < w - 1; i++) {
      let ok = true;
      for (let dj = -1; dj <= 1 && ok; dj++)
        for (let di = -1; di <= 1 && ok; di++) ok = free[(j + dj) * w + i + di] === 1;
      if (ok) area++;
    }
  return area;
}

function bounds(r: readonly XY[], pad: number): [number, number, number, number] {
  const xs = r.map((p) => p[0]);
  const ys = r.map((p) => p[1]);
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}
