import type { PathsD } from 'clipper2-ts';
import Flatbush from 'flatbush';
import { booleanPaths, openRing, orientRings, pathsArea, toPath } from '../../geo/clipper';
import type { MetricFrame } from '../../geo/crs';
import type { Polygon, Position } from '../../model/geometry';
import type { FacilityCheckItem } from '../../model/leftover';
import type { ProjectSettings } from '../../model/settings';
import { type FacilityType, facilityHeight, facilityType } from '../../standards/facilities';
import { buildingHeight, isHighRise, requiredSeparation } from '../leftover/heights';
import type { SiteInput } from '../leftover/input';
import { siteNear } from '../leftover/near';
import { collectObstacles, type Obstacle } from '../leftover/obstacles';
import { GROUND_SILL_M, projectSunlightK } from '../sunlight';
import { isSouthOf, type Nearest, ringCentroidOpen, ringDistance } from './distance';
import { cachedFrame, localFrame } from './frames';

// The live facility check (issue 4 §3): prepared once per compound when a drag starts (everything projected to metres,
// buildings indexed with flatbush, fire lanes buffered), then run on every pointer move against the few features
// near the facility. Rules and their order:
//   inside_compound, not_on_building — overlap of more than OVERLAP_M2;
//   the land the leftover engine takes out (AREA_RULES: fire lanes, operating areas, roads, kept green, tree crowns,
//     illegal structures not marked for demolition, pipeline easements, facilities already placed) — the same
//     outlines (leftover/obstacles.ts, buildings aside), overlap of more than OVERLAP_M2, so a facility the live check
//     passes stands on land the leftover layer shows as free;
//   fire_separation (facilities that are buildings) — one finding per building within REPORT_MARGIN_M of its
//     required separation (settings.fire_separation_m by the pair's high/low class);
//   sunlight_spacing (facilities that are buildings) — per residential building the facility stands south of (±60°):
//     L ≥ k·H with H = facility height − the northern building's 0.9 m ground-floor sill;
//   elevator retrofit — elevator_at_entrance (within ENTRANCE_M of its building), the fire-lane rule above, and
//     elevator_sunlight_study, which is always present with ok: true meaning "flagged for a sunlight study" (a lift
//     shaft shades its own and its neighbours' windows; only a sunlight simulation can judge it).
// Distance findings carry the nearest points (lon/lat) so the map can draw them.

/** Overlaps below this (m²) are snapping noise: a facility drawn against a wall is not "on" it. */
const OVERLAP_M2 = 0.5;
/** Buildings farther than required + this are not listed (they are trivially fine). */
const REPORT_MARGIN_M = 10;
/** Buildings this far around the compound are prepared (sunlight reach of a low facility, fire separations). */
const CONTEXT_MARGIN_M = 60;
/**
 * An elevator counts as "at a stair entrance" when its footprint is within this of its building's outline. Entrance
 * positions are not surveyed (only their count), so touching the building approximates "attached at a stair entrance".
 */
export const ENTRANCE_M = 1;

interface PreparedBuilding {
  id: string;
  ring: Position[]; // metric, open, exterior
  paths: PathsD;
  centroid: Position;
  height: number;
  high: boolean;
  residential: boolean;
}

export interface FacilityContext {
  readonly compoundId: string;
  readonly frame: MetricFrame;
  readonly compoundPaths: PathsD | null;
  readonly buildings: readonly PreparedBuilding[];
  readonly buildingIndex: Flatbush | null;
  /** The compound's land taken by other uses (leftover obstacles other than buildings), in input order. */
  readonly areas: readonly Obstacle[];
  readonly settings: ProjectSettings;
  /** Sunlight spacing coefficient in force (local rule or derived from the compound's latitude). */
  readonly k: number;
}

const FALLBACK: FacilityType = {
  key: 'unknown',
  name: { zh: '设施', en: 'Facility' },
  kind: 'building',
  width_m: 3,
  length_m: 3,
  min_area_m2: 0,
  floors: 1,
  height_m: 3,
  isBuilding: true,
  item_id: null,
  source: '',
  grade: 'C',
};

const metricRings = (p: Polygon, frame: MetricFrame): Position[][] =>
  p.coordinates.map((ring) => frame.ringToMetric(openRing(ring)));

const bboxOf = (ring: readonly Position[]): [number, number, number, number] => {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of ring) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
    maxX = Math.max(maxX, p[0]);
    maxY = Math.max(maxY, p[1]);
  }
  return [minX, minY, maxX, maxY];
};

const meets = (a: [number, number, number, number], b: Obstacle): boolean =>
  b.minX <= a[2] && b.maxX >= a[0] && b.minY <= a[3] && b.maxY >= a[1];

/**
 * Which rule a footprint on each kind of taken land breaks. Fire lanes and operating areas are always listed; the
 * others only where the compound has such land (a ✓ "not on a tree" in a compound without trees says nothing).
 * Pipeline easements bind buildings only: GB 50289's clearances are to buildings and structures, and surface uses
 * (parking, a fitness ground) over a pipe are normal practice; the leftover layer still leaves the easement out.
 */
const AREA_RULES: readonly {
  rule: FacilityCheckItem['rule'];
  kind: Obstacle['kind'];
  always?: true;
  buildingsOnly?: true;
}[] = [
  { rule: 'not_on_fire_lane', kind: 'fire_lane', always: true },
  { rule: 'not_on_operating_area', kind: 'operating_area', always: true },
  { rule: 'not_on_road', kind: 'road' },
  { rule: 'not_on_kept_green', kind: 'green' },
  { rule: 'not_on_tree', kind: 'tree' },
  { rule: 'not_on_illegal_structure', kind: 'illegal_structure' },
  { rule: 'not_on_pipeline', kind: 'pipeline', buildingsOnly: true },
  { rule: 'not_on_facility', kind: 'facility' },
];

/** Rules a footprint breaks by standing where it must not (the map draws it red): overlaps, not distances. */
export const OVERLAP_RULES: ReadonlySet<FacilityCheckItem['rule']> = new Set([
  'inside_compound',
  'not_on_building',
  ...AREA_RULES.map((r) => r.rule),
]);

/** The finding of a footprint in no compound: it fails inside_compound and has nothing else to be held to. */
export const IN_NO_COMPOUND: FacilityCheckItem = {
  rule: 'inside_compound',
  ok: false,
  otherId: null,
  actual_m: null,
  required_m: null,
  line: null,
};

/** Prepares the compound's context for a drag. An unknown compound id gives a context without a boundary. */
export function prepareFacilityContext(input: SiteInput, compoundId: string): FacilityContext {
  const s = input.settings;
  const compound = input.compounds.find((c) => c.id === compoundId);
  const origin = compound?.geometry.coordinates[0]?.[0] ?? input.buildings[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
  const frame = localFrame(cachedFrame(s.metric_epsg), [origin[0], origin[1]]);
  const compoundRings = compound ? metricRings(compound.geometry, frame) : null;
  const box = compoundRings ? bboxOf(compoundRings[0] ?? []) : null;
  const inReach = (ring: Position[]): boolean => {
    if (!box) return true;
    const b = bboxOf(ring);
    const m = CONTEXT_MARGIN_M;
    return b[0] <= box[2] + m && b[2] >= box[0] - m && b[1] <= box[3] + m && b[3] >= box[1] - m;
  };
  const buildings: PreparedBuilding[] = [];
  // Only the features near the compound are projected (siteNear's reach, ~100 m, exceeds CONTEXT_MARGIN_M).
  const near = compound ? siteNear(input, [compound]) : input;
  for (const b of near.buildings) {
    const rings = metricRings(b.geometry, frame);
    const ring = rings[0] ?? [];
    if (ring.length < 3 || !inReach(ring)) continue;
    const height = buildingHeight(b, s);
    buildings.push({
      id: b.id,
      ring,
      paths: orientRings(rings.map(toPath)),
      centroid: ringCentroidOpen(ring),
      height,
      high: isHighRise(height, s),
      residential: b.use === 'residential' || b.use === 'mixed',
    });
  }
  let buildingIndex: Flatbush | null = null;
  if (buildings.length > 0) {
    buildingIndex = new Flatbush(buildings.length);
    for (const b of buildings) buildingIndex.add(...bboxOf(b.ring));
    buildingIndex.finish();
  }
  // Land taken by other uses, outlined as the leftover engine outlines it (features near the compound only).
  const areas = collectObstacles({ ...near, buildings: [] }, frame);
  const lat = compound?.geometry.coordinates[0]?.[0]?.[1] ?? 30;
  return {
    compoundId,
    frame,
    compoundPaths: compoundRings ? orientRings(compoundRings.map(toPath)) : null,
    buildings,
    buildingIndex,
    areas,
    settings: s,
    k: projectSunlightK(s, lat),
  };
}

const overlapArea = (a: PathsD, b: PathsD): number => Math.abs(pathsArea(booleanPaths('intersection', a, b)));

/**
 * Checks a facility footprint (lon/lat) against the prepared compound; `id`, for a facility already placed, keeps it
 * from standing on itself; `height_m`, when set, is its own height (else its type's: facilityHeight).
 * @example checkFacility(ctx, { type: 'parking', geometry, building_id: null }).filter((i) => !i.ok) // violations
 */
export function checkFacility(
  ctx: FacilityContext,
  f: { id?: string; type: string; geometry: Polygon; building_id: string | null; height_m?: number },
): FacilityCheckItem[] {
  const type = facilityType(f.type) ?? FALLBACK;
  const height = facilityHeight(f, type);
  const frame = ctx.frame;
  const rings = metricRings(f.geometry, frame);
  const ring = rings[0] ?? [];
  if (ring.length < 3) return [];
  const paths = orientRings(rings.map(toPath));
  const box = bboxOf(ring);
  const toLL = (n: Nearest): [Position, Position] => {
    const [p, q] = frame.ringToLngLat([n.p, n.q]);
    return [p as Position, q as Position];
  };
  const items: FacilityCheckItem[] = [];
  const item = (
    rule: FacilityCheckItem['rule'],
    ok: boolean,
    otherId: string | null,
    extra: Partial<Pick<FacilityCheckItem, 'actual_m' | 'required_m' | 'line'>> = {},
  ): void => {
    items.push({ rule, ok, otherId, actual_m: null, required_m: null, line: null, ...extra });
  };

  // inside_compound: nothing of the footprint outside the compound.
  if (ctx.compoundPaths) {
    const outside = Math.abs(pathsArea(booleanPaths('difference', paths, ctx.compoundPaths)));
    item('inside_compound', outside <= OVERLAP_M2, ctx.compoundId);
  }

  // Buildings near enough to matter for any rule.
  const reach = REPORT_MARGIN_M + Math.max(ctx.settings.fire_separation_m.high_high, ctx.k * height);
  const nearby = ctx.buildingIndex
    ? ctx.buildingIndex
        .search(box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach)
        .sort((a, b) => a - b)
        .map((i) => ctx.buildings[i] as PreparedBuilding)
    : [];

  const onBuildings = nearby.filter((b) => overlapArea(paths, b.paths) > OVERLAP_M2);
  if (onBuildings.length === 0) item('not_on_building', true, null);
  for (const b of onBuildings) item('not_on_building', false, b.id);

  for (const { rule, kind, always, buildingsOnly } of AREA_RULES) {
    if (buildingsOnly && !type.isBuilding) continue;
    // A placed facility checked where it stands is not on itself.
    const areas = ctx.areas.filter((a) => a.kind === kind && a.id !== f.id);
    const hits = areas.filter((a) => meets(box, a) && overlapArea(paths, a.paths) > OVERLAP_M2);
    if (hits.length === 0 && (always || areas.length > 0)) item(rule, true, null);
    for (const a of hits) item(rule, false, a.id);
  }

  const centroid = ringCentroidOpen(ring);
  if (type.isBuilding) {
    const high = isHighRise(height, ctx.settings);
    let listed = 0;
    const distances = nearby.map((b) => ({ b, n: ringDistance(ring, b.ring) })).sort((p, q) => p.n.d - q.n.d);
    for (const { b, n } of distances) {
      const required = requiredSeparation(high, b.high, ctx.settings);
      if (n.d > required + REPORT_MARGIN_M) continue;
      listed++;
      item('fire_separation', n.d >= required, b.id, { actual_m: round2(n.d), required_m: required, line: toLL(n) });
    }
    if (listed === 0) item('fire_separation', true, null);

    const h = height - GROUND_SILL_M;
    if (h > 0) {
      const required = ctx.k * h;
      for (const { b, n } of distances) {
        if (!b.residential || !isSouthOf(b.centroid, centroid) || n.d > required + REPORT_MARGIN_M) continue;
        item('sunlight_spacing', n.d >= required, b.id, {
          actual_m: round2(n.d),
          required_m: round2(required),
          line: toLL(n),
        });
      }
    }
  }

  if (type.kind === 'elevator') {
    const own = f.building_id ? ctx.buildings.find((b) => b.id === f.building_id) : undefined;
    const target =
      own ??
      nearby
        .map((b) => ({ b, d: ringDistance(ring, b.ring).d }))
        .sort((p, q) => p.d - q.d)
        .map((x) => x.b)[0];
    if (target) {
      const n = ringDistance(ring, target.ring);
      item('elevator_at_entrance', n.d <= ENTRANCE_M, target.id, {
        actual_m: round2(n.d),
        required_m: ENTRANCE_M,
        line: toLL(n),
      });
    } else {
      item('elevator_at_entrance', false, null);
    }
    item('elevator_sunlight_study', true, target?.id ?? null);
  }
  return items;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
