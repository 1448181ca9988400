import { describe, expect, it } from 'vitest';
import { deriveCompounds } from '../../../shared/analysis/derived';
import { findOverlaps } from '../../../shared/analysis/overlap';
import { indexPolygons } from '../../../shared/analysis/polygon-index';
import { generateDemoDistrict } from '../../../shared/demo/index';
import { createRng } from '../../../shared/demo/prng';
import { createMetricFrame } from '../../../shared/geo/crs';
import { pointInRings, signedRingArea } from '../../../shared/geo/ring';
import { validatePolygon } from '../../../shared/geo/validate';
import type { Position } from '../../../shared/model/geometry';
import { settingsSchema } from '../../../shared/model/settings';
import { buildingSchema, compoundSchema } from '../../../shared/model/tables';

const demo = generateDemoDistrict();
const frame = createMetricFrame(demo.settings.metric_epsg ?? 4544);
const edgeKey = (a: Position, b: Position): string => {
  const [p, q] = [`${a[0]},${a[1]}`, `${b[0]},${b[1]}`].sort();
  return `${p}|${q}`;
};

describe('generateDemoDistrict', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateDemoDistrict())).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateDemoDistrict({ seed: 7 }))).not.toBe(JSON.stringify(demo));
  });

  it('makes about 80 compounds in 2 街道 and 6 社区, with 3–5 excluded', () => {
    expect(demo.compounds).toHaveLength(80);
    expect(new Set(demo.compounds.map((c) => c.sub_district)).size).toBe(2);
    expect(new Set(demo.compounds.map((c) => c.community)).size).toBe(6);
    const excluded = demo.compounds.filter((c) => c.excluded);
    expect(excluded.length).toBeGreaterThanOrEqual(3);
    expect(excluded.length).toBeLessThanOrEqual(5);
    for (const c of excluded) expect(c.excluded_reason).not.toBe('');
    expect(new Set(demo.compounds.map((c) => c.name)).size).toBe(80);
    expect(demo.buildings.length).toBeGreaterThan(600);
    expect(demo.settings).toMatchObject({
      project_name: '示例片区（南明河片区）',
      cutoff_year: 2000,
      metric_epsg: 4544,
    });
    expect(settingsSchema.partial().safeParse(demo.settings).success).toBe(true);
  });

  it('has believable attributes', () => {
    const years = demo.compounds.map((c) => c.build_year).filter((y): y is number => y !== null);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1980);
    expect(Math.max(...years)).toBeLessThanOrEqual(2012);
    expect(years.some((y) => y > 2000)).toBe(true); // some too new for the default cut-off
    for (const c of demo.compounds) {
      expect(c.consent_ratio).toBeGreaterThanOrEqual(0.4);
      expect(c.consent_ratio).toBeLessThanOrEqual(0.98);
    }
    const floors = demo.buildings.map((b) => b.floors);
    const low = floors.filter((f) => f >= 4 && f <= 7).length;
    expect(low / floors.length).toBeGreaterThan(0.7); // mostly 4–7-floor slabs
    expect(floors.some((f) => f >= 9)).toBe(true); // some towers
    const towers = demo.buildings.filter((b) => b.floors >= 9);
    expect(towers.filter((b) => b.has_elevator).length / towers.length).toBeGreaterThan(0.7);
    const perCompound = new Map<string, number>();
    for (const b of demo.buildings)
      perCompound.set(b.compound_id ?? '', (perCompound.get(b.compound_id ?? '') ?? 0) + 1);
    expect([...perCompound.values()].filter((n) => n === 1).length).toBeGreaterThan(2); // 单栋 compounds
  });

  it('gives compounds totals that agree with their buildings within ±3 %', () => {
    const derived = deriveCompounds(demo.compounds, demo.buildings, frame);
    for (const c of demo.compounds) {
      const d = derived.get(c.id);
      expect(Math.abs((c.floor_area_m2 ?? 0) / (d?.floorAreaM2 ?? 1) - 1)).toBeLessThan(0.031);
      const own = demo.buildings.filter((b) => b.compound_id === c.id);
      expect(c.building_count).toBe(own.length);
      const households = own.reduce((s, b) => s + (b.households ?? 0), 0);
      expect(Math.abs((c.households ?? 0) - households)).toBeLessThanOrEqual(Math.ceil(households * 0.03) + 1);
    }
  });

  it('passes the row schemas with closed counter-clockwise valid rings', () => {
    for (const c of demo.compounds) {
      expect(compoundSchema.safeParse(c).success).toBe(true);
      expect(validatePolygon(c.geometry)).toEqual({ valid: true });
      expect(signedRingArea(c.geometry.coordinates[0] as Position[])).toBeGreaterThan(0);
    }
    for (const b of demo.buildings) {
      expect(buildingSchema.safeParse(b).success).toBe(true);
      expect(signedRingArea(b.geometry.coordinates[0] as Position[])).toBeGreaterThan(0);
    }
  });

  it('lies around 27.4°N 106.2°E', () => {
    const xs = demo.compounds.flatMap((c) => (c.geometry.coordinates[0] as Position[]).map((p) => p[0]));
    const ys = demo.compounds.flatMap((c) => (c.geometry.coordinates[0] as Position[]).map((p) => p[1]));
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(106.2, 2);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(27.4, 2);
  });

  it('has no overlapping compounds and no overlapping buildings', () => {
    const compounds = indexPolygons(demo.compounds);
    for (const c of demo.compounds) expect(findOverlaps(c.geometry, compounds, frame, { ignoreId: c.id })).toEqual([]);
    const buildings = indexPolygons(demo.buildings);
    for (const b of demo.buildings) expect(findOverlaps(b.geometry, buildings, frame, { ignoreId: b.id })).toEqual([]);
  });

  it('puts every building inside the compound it names', () => {
    const byId = new Map(demo.compounds.map((c) => [c.id, c]));
    for (const b of demo.buildings) {
      const c = b.compound_id ? byId.get(b.compound_id) : undefined;
      expect(c).toBeDefined();
      for (const p of b.geometry.coordinates[0] as Position[])
        expect(pointInRings(p, c?.geometry.coordinates ?? [])).toBe(true);
    }
  });

  it('has adjacent compounds sharing boundaries vertex for vertex, and gaps elsewhere', () => {
    const owners = new Map<string, Set<string>>();
    for (const c of demo.compounds) {
      const ring = c.geometry.coordinates[0] as Position[];
      for (let i = 0; i + 1 < ring.length; i++) {
        const k = edgeKey(ring[i] as Position, ring[i + 1] as Position);
        owners.set(k, (owners.get(k) ?? new Set()).add(c.id));
      }
    }
    const sharedEdges = [...owners.values()].filter((ids) => ids.size === 2);
    const pairs = new Set(sharedEdges.map((ids) => [...ids].sort().join('|')));
    expect(pairs.size).toBeGreaterThanOrEqual(15);
    const sharing = new Set(sharedEdges.flatMap((ids) => [...ids]));
    expect(sharing.size).toBeLessThan(demo.compounds.length); // some compounds stand alone (gaps around them)
  });

  it('scales to the benchmark size', () => {
    const big = generateDemoDistrict({ compounds: 5000 });
    expect(big.compounds).toHaveLength(5000);
    expect(big.buildings.length).toBeGreaterThan(50_000);
    expect(big.buildings.length).toBeLessThan(75_000);
    expect(new Set(big.compounds.map((c) => c.id)).size).toBe(5000);
  });
});

describe('createRng', () => {
  it('repeats for a seed and makes v4-formatted UUIDs', () => {
    const a = createRng(42);
    const b = createRng(42);
    const ids = Array.from({ length: 50 }, () => a.uuid());
    expect(Array.from({ length: 50 }, () => b.uuid())).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
  });
});
