import {
  buffer,
  circle,
  difference,
  featureCollection,
  intersect,
  lineString,
  polygon,
  truncate,
  union,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Position } from '../../shared/model/geometry';
import type { MetricCompound } from '../fixtures/leftover/generate';

// The bench's reference: the leftover steps of shared/analysis/leftover written plainly with Turf, on the same
// generated compounds — buildings buffered by their clearance, the fire lane by max(width, 4 m)/2, the tree crown as
// a 32-step circle; compound − union(obstacles); opening by the minimum width (buffer −w/2, buffer +w/2, intersect
// with the land); pieces below the minimum area dropped. Turf's buffer is round everywhere, so the Clipper run it is
// compared with grows back with round joins too (LandOptions.regrow 'round').
// Coordinates: metric ones relative to the data's corner written as degrees on the equator (1 m = 1/111,195.08°,
// Turf's mean Earth radius), where Turf's buffer and circle measure planar metres; areas by the planar shoelace.

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
/** Segments per quarter turn: what a 5 cm arc tolerance gives at a 6 m radius (shared/geo/clipper.ts). */
const STEPS = 7;

type Poly = Feature<Polygon | MultiPolygon>;

const ringArea = (ring: readonly Position[]): number => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(a / 2) * METRES_PER_DEGREE * METRES_PER_DEGREE;
};

const polygonsOf = (f: Poly | null | undefined): Position[][][] =>
  !f
    ? []
    : f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates as Position[][]]
      : (f.geometry.coordinates as Position[][][]);

const netArea = (rings: Position[][]): number =>
  rings.reduce((s, ring, i) => s + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);

export function turfLeftover(
  compounds: readonly MetricCompound[],
  opts: { clearance: number; highClearance: number; fireLaneWidth: number; minAreaM2: number; minWidthM: number },
): number[] {
  const x0 = Math.min(...compounds.map((c) => (c.ring[0] as Position)[0]));
  const y0 = Math.min(...compounds.map((c) => (c.ring[0] as Position)[1]));
  const deg = (p: Position): Position => [(p[0] - x0) / METRES_PER_DEGREE, (p[1] - y0) / METRES_PER_DEGREE];
  const closedDeg = (ring: Position[]): Position[] => [...ring.map(deg), deg(ring[0] as Position)];
  const m = { units: 'meters' as const, steps: STEPS };
  return compounds.map((c) => {
    const site = polygon([closedDeg(c.ring)]);
    const obstacles: Poly[] = [];
    for (const b of c.buildings) {
      const grown = buffer(polygon([closedDeg(b.ring)]), b.high ? opts.highClearance : opts.clearance, m);
      if (grown) obstacles.push(grown);
    }
    const lane = buffer(lineString(c.fireLane.map(deg)), opts.fireLaneWidth / 2, m);
    if (lane) obstacles.push(lane);
    obstacles.push(circle(deg(c.tree.at), c.tree.r, { units: 'meters', steps: 32 }));
    const blocked = union(featureCollection(obstacles));
    const land = blocked ? difference(featureCollection<Polygon | MultiPolygon>([site, blocked])) : site;
    if (!land) return 0;
    const eroded = buffer(land, -opts.minWidthM / 2, m);
    if (!eroded || polygonsOf(eroded).length === 0) return 0;
    const regrown = buffer(eroded, opts.minWidthM / 2, m);
    if (!regrown) return 0;
    // polyclip (Turf's booleans) cannot close rings where the regrown edges run within nanodegrees of the land's;
    // rounding both to 1e-8° (≈ 1 mm) first avoids that.
    const r8 = { precision: 8, mutate: true } as const;
    const opened = intersect(featureCollection<Polygon | MultiPolygon>([truncate(regrown, r8), truncate(land, r8)]));
    return polygonsOf(opened)
      .map(netArea)
      .filter((a) => a >= opts.minAreaM2)
      .reduce((s, a) => s + a, 0);
  });
}
