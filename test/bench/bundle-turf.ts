import { booleanIntersects, lineString, pointToLineDistance, polygon as turfPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import { type BundleInput, bundleCandidates, metricBBox, toMetricRings } from '../../shared/analysis/bundle/index';
import { UnionFind } from '../../shared/analysis/bundle/union-find';
import type { MetricFrame } from '../../shared/geo/crs';
import type { BundleOptions } from '../../shared/model/bundle';
import type { Position } from '../../shared/model/geometry';

// The bench's reference: the same single-linkage written plainly with Turf. Candidates come from the same bbox
// test (metric boxes grown by D, flatbush); each candidate pair is measured with Turf: 0 when booleanIntersects,
// else the smallest vertex-to-boundary distance both ways (for segments that do not cross, the closest pair of
// points always has a vertex at one end). No size limits (the bench does not set them).
//
// To judge the same distances, Turf measures in the same metric frame: metric coordinates relative to the data's
// corner are written as degrees on the equator (1 m = 1 / 111,195.08°, Turf's mean Earth radius), where Turf's
// great-circle distance equals planar distance to well under a millimetre over a city district.

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

export function turfClusters(input: BundleInput, options: BundleOptions, frame: MetricFrame): string[][] {
  const compounds = bundleCandidates(input, options);
  const rings = compounds.map((c) => toMetricRings(c.geometry, frame));
  const boxes = rings.map(metricBBox);
  const x0 = Math.min(...boxes.map((b) => b.minX));
  const y0 = Math.min(...boxes.map((b) => b.minY));
  const asDegrees = (p: Position): Position => [(p[0] - x0) / METRES_PER_DEGREE, (p[1] - y0) / METRES_PER_DEGREE];
  const polygons = rings.map((r) => turfPolygon(r.map((ring) => ring.map(asDegrees))));
  const lines = polygons.map((p) => p.geometry.coordinates.map((ring) => lineString(ring)));
  const key = (i: number): string =>
    options.same === 'none'
      ? ''
      : options.same === 'sub_district'
        ? (compounds[i]?.sub_district ?? '')
        : `${compounds[i]?.sub_district}/${compounds[i]?.community}`;

  const distanceM = (a: number, b: number): number => {
    const pa = polygons[a] as ReturnType<typeof turfPolygon>;
    const pb = polygons[b] as ReturnType<typeof turfPolygon>;
    if (booleanIntersects(pa, pb)) return 0;
    let best = Number.POSITIVE_INFINITY;
    for (const [from, to] of [
      [pa, lines[b]],
      [pb, lines[a]],
    ] as const) {
      for (const ring of from.geometry.coordinates)
        for (const v of ring)
          for (const line of to ?? []) best = Math.min(best, pointToLineDistance(v, line, { units: 'meters' }));
    }
    return best;
  };

  const reach = options.distance_m + 0.005;
  const tree = new Flatbush(compounds.length);
  for (const b of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
  tree.finish();
  const sets = new UnionFind(compounds.length);
  boxes.forEach((box, a) => {
    for (const b of tree.search(box.minX - reach, box.minY - reach, box.maxX + reach, box.maxY + reach)) {
      if (b <= a || key(a) !== key(b) || sets.find(a) === sets.find(b)) continue;
      if (distanceM(a, b) <= reach) sets.union(a, b);
    }
  });
  return sets.groups().map((g) => g.map((i) => (compounds[i] as { id: string }).id).sort());
}

/** Compounds whose cluster differs between two partitions (clusters compared as sets of ids). */
export function partitionMismatches(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number {
  const clusterOf = (p: readonly (readonly string[])[]): Map<string, string> => {
    const m = new Map<string, string>();
    for (const c of p) {
      const k = [...c].sort().join(',');
      for (const id of c) m.set(id, k);
    }
    return m;
  };
  const ma = clusterOf(a);
  const mb = clusterOf(b);
  let n = 0;
  for (const id of new Set([...ma.keys(), ...mb.keys()])) if (ma.get(id) !== mb.get(id)) n++;
  return n;
}
