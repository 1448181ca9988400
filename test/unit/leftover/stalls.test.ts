import { Clipper, ClipType, FillRule, type PathD, type PathsD } from 'clipper2-ts';
import { describe, expect, it } from 'vitest';
import { cachedFrame, localFrame } from '../../../shared/analysis/facilities/frames';
import { compoundPiecesMetric, indexObstacles } from '../../../shared/analysis/leftover';
import { parkingStalls } from '../../../shared/analysis/leftover/fits';
import { collectObstacles } from '../../../shared/analysis/leftover/obstacles';
import { bestRectangle } from '../../../shared/analysis/leftover/rectangle';
import { bandLayouts, pieceStalls } from '../../../shared/analysis/leftover/stalls';
import { openRing, orientRings, toPath } from '../../../shared/geo/clipper';
import { PARKING } from '../../../shared/standards/facilities';
import { generateDistrict } from '../../fixtures/leftover/generate';

// Stalls counted across a piece (shared/analysis/leftover/stalls.ts) must all really be there: on every piece of a
// generated district, every module band stretch of every layout (its two rows of stalls with their aisle) lies inside
// the piece, and the count is what those stretches hold (hand-checked cases are in the golden fixtures).

const DEPTH = 2 * PARKING.stall_depth_m + PARKING.aisle_m;
const path = (pts: [number, number][]): PathD => pts.map(([x, y]) => ({ x, y }));

function districtPieces(): PathsD[] {
  const { site } = generateDistrict(30, 7);
  const origin = site.compounds[0]?.geometry.coordinates[0]?.[0] ?? [0, 0];
  const frame = localFrame(cachedFrame(site.settings.metric_epsg), [origin[0], origin[1]]);
  const index = indexObstacles(collectObstacles(site, frame));
  return site.compounds.flatMap((c) => {
    const paths = orientRings(c.geometry.coordinates.map((r) => toPath(frame.ringToMetric(openRing(r)))));
    return compoundPiecesMetric(paths, index, { minAreaM2: 100, minWidthM: 4 }).map((p) =>
      Clipper.simplifyPathsD([p.outer, ...p.holes], 0.05, true),
    );
  });
}

describe('parking stalls across a piece', () => {
  it('counts only stretches that lie inside the piece, and at least what the best rectangle holds', () => {
    const pieces = districtPieces();
    expect(pieces.length).toBeGreaterThan(100);
    let beyondRectangle = 0;
    for (const rings of pieces) {
      const rect = bestRectangle(rings);
      if (!rect) continue;
      let best = parkingStalls(rect.width, rect.length);
      const inRect = best;
      for (const layout of bandLayouts(rings, rect)) {
        const [ax, ay] = layout.along;
        const [cx, cy] = layout.across;
        const at = (s: number, t: number) => ({ x: s * ax + t * cx, y: s * ay + t * cy });
        let stalls = 0;
        const modules: PathsD = [];
        for (const band of layout.bands) {
          expect(band.hi - band.lo).toBeCloseTo(DEPTH, 9);
          for (const [a, b] of band.stretches) {
            const n = Math.floor((b - a + 0.01) / PARKING.stall_width_m);
            stalls += 2 * n;
            if (n > 0) {
              const end = a + n * PARKING.stall_width_m - 0.01;
              modules.push([at(a, band.lo), at(end, band.lo), at(end, band.hi), at(a, band.hi)]);
            }
          }
        }
        // The stall rows and aisles outside the piece: none, up to the 1 mm an edge may touch a band's side.
        const outside = Clipper.areaPathsD(
          Clipper.booleanOpD(ClipType.Difference, modules, rings as PathsD, FillRule.NonZero, 4),
        );
        expect(Math.abs(outside)).toBeLessThan(0.05);
        best = Math.max(best, stalls);
      }
      expect(pieceStalls(rings, rect)).toBe(best);
      if (best > inRect) beyondRectangle++;
    }
    expect(beyondRectangle).toBeGreaterThan(10); // pieces where the whole piece holds more than its rectangle
  });

  it('a plain 40 × 60 m rectangle holds what its best rectangle holds', () => {
    const rings = [
      path([
        [0, 0],
        [60, 0],
        [60, 40],
        [0, 40],
      ]),
    ];
    const rect = bestRectangle(rings);
    if (!rect) throw new Error('no rectangle');
    expect(pieceStalls(rings, rect)).toBe(parkingStalls(40, 60)); // 96: two double rows of 24
  });
});
