import { booleanIntersects } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../../shared/demo/index';
import { createMetricFrame } from '../../../shared/geo/crs';
import type { Position } from '../../../shared/model/geometry';
import { roadSchema, siteAreaSchema } from '../../../shared/model/tables';
import { lngLat } from '../../../shared/model/units';
import { rasterLeftover } from './leftoverRaster';

// The demo district's site context (issue 4 §1): deterministic, valid rows, every road and area inside its compound
// and clear of the buildings, an operating area beside each high-rise, and real leftover land left over.

const demo = generateDemoDistrict();
const frame = createMetricFrame(demo.settings.metric_epsg ?? 4544);
const m = (p: Position): [number, number] => frame.toMetric(lngLat(p[0], p[1])) as unknown as [number, number];
const compoundOf = new Map(demo.compounds.map((c) => [c.id, c]));
const feature = (geometry: GeoJSON.Geometry) => ({ type: 'Feature' as const, properties: {}, geometry });

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

describe('demo site context', () => {
  it('is deterministic, passes the row schemas and has unique ids', () => {
    const again = generateDemoDistrict();
    expect(again.roads).toEqual(demo.roads);
    expect(again.site_areas).toEqual(demo.site_areas);
    for (const r of demo.roads) expect(roadSchema.parse(r)).toEqual(r);
    for (const a of demo.site_areas) expect(siteAreaSchema.parse(a)).toEqual(a);
    const ids = [...demo.roads, ...demo.site_areas].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const earlier = new Set([...demo.compounds, ...demo.buildings, ...demo.pipelines, ...demo.trees].map((r) => r.id));
    expect(ids.some((id) => earlier.has(id))).toBe(false);
  });

  it('gives large compounds a 4 m fire lane and roads of 4–6 m, labelled in Chinese', () => {
    const lanes = demo.roads.filter((r) => r.kind === 'fire_lane');
    expect(lanes.length).toBeGreaterThan(demo.compounds.length / 3);
    for (const l of lanes) expect(l).toMatchObject({ width_m: 4, name: '消防车道' });
    const roads = demo.roads.filter((r) => r.kind === 'road');
    expect(roads.length).toBeGreaterThan(20);
    for (const r of roads) {
      expect(r.width_m).toBeGreaterThanOrEqual(4);
      expect(r.width_m).toBeLessThanOrEqual(6);
    }
  });

  it('has green (some kept) and illegal structures (some to demolish); keep and demolish only where they mean something', () => {
    const kinds = (k: string) => demo.site_areas.filter((a) => a.kind === k);
    expect(kinds('green').some((a) => a.keep)).toBe(true);
    expect(kinds('green').some((a) => !a.keep)).toBe(true);
    expect(kinds('illegal_structure').some((a) => a.demolish)).toBe(true);
    expect(kinds('illegal_structure').some((a) => !a.demolish)).toBe(true);
    for (const a of demo.site_areas) {
      if (a.kind !== 'green') expect(a.keep).toBe(false);
      if (a.kind !== 'illegal_structure') expect(a.demolish).toBe(false);
    }
    const perCompound = new Map<string, number>();
    for (const a of kinds('illegal_structure'))
      perCompound.set(a.compound_id ?? '', (perCompound.get(a.compound_id ?? '') ?? 0) + 1);
    expect(Math.max(...perCompound.values())).toBeLessThanOrEqual(2);
  });

  it('puts every area inside its compound and off the buildings', () => {
    for (const a of demo.site_areas) {
      const c = compoundOf.get(a.compound_id ?? '');
      if (!c) throw new Error(`area ${a.id} has no compound`);
      for (const p of a.geometry.coordinates[0] ?? [])
        expect(booleanIntersects(feature({ type: 'Point', coordinates: p }), feature(c.geometry))).toBe(true);
      for (const b of demo.buildings.filter((x) => x.compound_id === c.id))
        expect(booleanIntersects(feature(a.geometry), feature(b.geometry)), `${a.kind} ${a.id} on a building`).toBe(
          false,
        );
    }
  });

  it('keeps every road inside its compound and at least its half width (plus 1 m) from every building', () => {
    for (const r of demo.roads) {
      const c = compoundOf.get(r.compound_id ?? '');
      if (!c) throw new Error(`road ${r.id} has no compound`);
      const [a, b] = r.geometry.coordinates.map(m) as [[number, number], [number, number]];
      for (const p of r.geometry.coordinates)
        expect(booleanIntersects(feature({ type: 'Point', coordinates: p }), feature(c.geometry))).toBe(true);
      for (const bld of demo.buildings.filter((x) => x.compound_id === c.id)) {
        const ring = (bld.geometry.coordinates[0] ?? []).map(m);
        // Axis-aligned rectangles and an axis-aligned centre line: the nearest points are corners or end points.
        const d = Math.min(
          ...ring.map((p) => segmentDistance(p, a, b)),
          ...ring
            .slice(1)
            .flatMap((q, i) => [
              segmentDistance(a, ring[i] as [number, number], q),
              segmentDistance(b, ring[i] as [number, number], q),
            ]),
        );
        const crosses = booleanIntersects(feature(r.geometry), feature(bld.geometry));
        expect(crosses, `road ${r.id} crosses a building`).toBe(false);
        expect(d).toBeGreaterThanOrEqual(r.width_m / 2 + 0.99);
      }
    }
  });

  it('places a 15 × 10 or 20 × 10 m operating area 5–10 m from each high-rise (> 27 m as the project reads it)', () => {
    const areas = demo.site_areas
      .filter((a) => a.kind === 'operating_area')
      .map((a) => (a.geometry.coordinates[0] ?? []).map(m));
    for (const area of areas) {
      const xs = area.map((p) => p[0]);
      const ys = area.map((p) => p[1]);
      const sides = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)].sort((p, q) => p - q);
      expect(sides[0]).toBeCloseTo(10, 1);
      expect([15, 20].some((s) => Math.abs((sides[1] as number) - s) < 0.05)).toBe(true);
    }
    const high = demo.buildings.filter((b) => (b.height_m ?? b.floors * 3) > 27);
    expect(high.length).toBeGreaterThan(10);
    for (const b of high) {
      const ring = (b.geometry.coordinates[0] ?? []).map(m);
      const near = areas.some((area) => {
        const d = Math.min(
          ...area.flatMap((p) => ring.slice(1).map((q, i) => segmentDistance(p, ring[i] as [number, number], q))),
        );
        return d >= 4.9 && d <= 10.1;
      });
      expect(near, `high-rise ${b.id} has no operating area`).toBe(true);
    }
  });

  it('leaves real leftover land (≥ 30 m², ≥ 3 m wide) in most compounds after the context is taken out', () => {
    const withLand = demo.compounds.filter((c) => rasterLeftover(c, demo, frame) >= 30);
    expect(withLand.length).toBeGreaterThanOrEqual(demo.compounds.length * 0.8);
  });

  it('draws every compound with some context', () => {
    const touched = new Set([...demo.roads, ...demo.site_areas].map((r) => r.compound_id));
    expect(touched.size).toBeGreaterThanOrEqual(demo.compounds.length * 0.9);
  });
});
