import Flatbush from 'flatbush';
import { booleanPaths, openRing, orientRings, pathsArea, toPath } from '../../geo/clipper';
import type { MetricFrame } from '../../geo/crs';
import { pointInRings, polygonRingsArea } from '../../geo/ring';
import type { Polygon, Position } from '../../model/geometry';
import type { Indicators, IndicatorsBeforeAfter } from '../../model/leftover';
import { facilityHeight, facilityType } from '../../standards/facilities';
import { isSouthOf, ringCentroidOpen, ringDistance } from '../facilities/distance';
import { cachedFrame, localFrame } from '../facilities/frames';
import { buildingHeight, isHighRise, requiredSeparation } from '../leftover/heights';
import type { SiteInput } from '../leftover/input';
import { GROUND_SILL_M, projectSunlightK } from '../sunlight';

export { INDICATOR_DEFINITIONS } from './definitions';

// Indicators of a compound or a package (issue 4 §4), before and after the proposed facilities. Their definitions
// and sources (definitions.ts) are shown to the user as tooltips.

interface Mass {
  ring: Position[]; // metric, open
  height: number;
  high: boolean;
  residential: boolean;
  centroid: Position;
}

const metricRings = (p: Polygon, frame: MetricFrame): Position[][] =>
  p.coordinates.map((ring) => frame.ringToMetric(openRing(ring)));

const metricArea = (p: Polygon, frame: MetricFrame): number =>
  polygonRingsArea(metricRings(p, frame).map((r) => [...r, r[0] as Position]));

/**
 * Indicators of the compounds `compoundIds` taken together (one compound, or a package's members). A building, green
 * area or facility belongs to them by its compound_id, or, without one, when its first vertex lies inside them.
 * @example computeIndicators(site, [compound.id], false).building_density // → 0.25
 */
export function computeIndicators(input: SiteInput, compoundIds: string[], withFacilities: boolean): Indicators {
  const s = input.settings;
  const ids = new Set(compoundIds);
  const compounds = input.compounds.filter((c) => ids.has(c.id));
  const origin = compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
  const frame = localFrame(cachedFrame(s.metric_epsg), [origin[0], origin[1]]);
  const belongs = (compoundId: string | null, geometry: Polygon): boolean => {
    if (compoundId !== null) return ids.has(compoundId);
    const p = geometry.coordinates[0]?.[0];
    return p !== undefined && compounds.some((c) => pointInRings(p, c.geometry.coordinates));
  };
  const site = compounds.reduce((sum, c) => sum + metricArea(c.geometry, frame), 0);
  let footprint = 0;
  let floorArea = 0;
  const masses: Mass[] = [];
  for (const b of input.buildings) {
    if (!belongs(b.compound_id, b.geometry)) continue;
    const a = metricArea(b.geometry, frame);
    footprint += a;
    floorArea += a * b.floors;
    const height = buildingHeight(b, s);
    const ring = metricRings(b.geometry, frame)[0] ?? [];
    const residential = b.use === 'residential' || b.use === 'mixed';
    masses.push({ ring, height, high: isHighRise(height, s), residential, centroid: ringCentroidOpen(ring) });
  }
  const greens = input.site_areas.filter((a) => a.kind === 'green' && belongs(a.compound_id, a.geometry));
  let green = greens.reduce((sum, g) => sum + metricArea(g.geometry, frame), 0);
  if (withFacilities) {
    const greenPaths = greens.flatMap((g) => orientRings(metricRings(g.geometry, frame).map(toPath)));
    for (const f of input.facilities) {
      if (!belongs(f.compound_id, f.geometry)) continue;
      const type = facilityType(f.type);
      const rings = metricRings(f.geometry, frame);
      if (greenPaths.length > 0) {
        green -= Math.abs(pathsArea(booleanPaths('intersection', orientRings(rings.map(toPath)), greenPaths)));
      }
      if (!type?.isBuilding) continue;
      const a = metricArea(f.geometry, frame);
      footprint += a;
      floorArea += a * Math.max(1, f.floors || type.floors);
      const height = facilityHeight(f, type);
      const ring = rings[0] ?? [];
      masses.push({ ring, height, high: isHighRise(height, s), residential: false, centroid: ringCentroidOpen(ring) });
    }
  }
  const lat = compounds[0]?.geometry.coordinates[0]?.[0]?.[1] ?? 30;
  const pairs = countPairs(masses, s, projectSunlightK(s, lat));
  return {
    site_area_m2: round2(site),
    footprint_m2: round2(footprint),
    floor_area_m2: round2(floorArea),
    green_m2: round2(Math.max(0, green)),
    building_density: site > 0 ? round4(footprint / site) : 0,
    floor_area_ratio: site > 0 ? round4(floorArea / site) : 0,
    green_ratio: site > 0 ? round4(Math.max(0, green) / site) : 0,
    fire_separation_pairs: pairs.fire,
    sunlight_spacing_pairs: pairs.sunlight,
  };
}

/** Pairs below fire separation and below sunlight spacing; neighbours come from a flatbush query, never all pairs. */
function countPairs(masses: readonly Mass[], s: SiteInput['settings'], k: number): { fire: number; sunlight: number } {
  if (masses.length < 2) return { fire: 0, sunlight: 0 };
  const boxes = masses.map((m) => {
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const p of m.ring) {
      minX = Math.min(minX, p[0]);
      minY = Math.min(minY, p[1]);
      maxX = Math.max(maxX, p[0]);
      maxY = Math.max(maxY, p[1]);
    }
    return [minX, minY, maxX, maxY] as const;
  });
  const index = new Flatbush(masses.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  const maxSeparation = Math.max(
    s.fire_separation_m.multi_multi,
    s.fire_separation_m.high_low,
    s.fire_separation_m.high_high,
  );
  let fire = 0;
  let sunlight = 0;
  masses.forEach((a, i) => {
    const box = boxes[i] as readonly [number, number, number, number];
    const h = Math.max(0, a.height - GROUND_SILL_M);
    const reach = Math.max(maxSeparation, k * h);
    for (const j of index.search(box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach)) {
      if (j === i) continue;
      const b = masses[j] as Mass;
      const d = ringDistance(a.ring, b.ring).d;
      // Fire: each unordered pair once (from its lower index).
      if (j > i && d < requiredSeparation(a.high, b.high, s)) fire++;
      // Sunlight: a (south) shading b (north, a dwelling).
      if (b.residential && h > 0 && isSouthOf(b.centroid, a.centroid) && d < k * h) sunlight++;
    }
  });
  return { fire, sunlight };
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
const round4 = (v: number): number => Math.round(v * 10000) / 10000;

/** Before = the existing buildings only; after = plus the proposed facilities. */
export function indicatorsBeforeAfter(input: SiteInput, compoundIds: string[]): IndicatorsBeforeAfter {
  return { before: computeIndicators(input, compoundIds, false), after: computeIndicators(input, compoundIds, true) };
}
