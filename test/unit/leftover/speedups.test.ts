import { describe, expect, it } from 'vitest';
import { cachedFrame, localFrame } from '../../../shared/analysis/facilities/frames';
import { computeLeftover } from '../../../shared/analysis/leftover';
import { largestAxisBox } from '../../../shared/analysis/leftover/axis-box';
import { flatRings } from '../../../shared/analysis/leftover/flat';
import { localToLngLat } from '../../../shared/analysis/leftover/lnglat';
import { largestInscribedCircle } from '../../../shared/analysis/leftover/width';
import { generateDistrict } from '../../fixtures/leftover/generate';

// The shortcuts of the leftover engine's hot paths must not change its answers: the lon/lat expansion stays far
// below the 1e-8° output rounding, the search-skipping bound of axis-box.ts never skips a box that could win, and
// the least-width search's two-edge bound (width.ts pairBound) never prunes the widest place.

describe('local lon/lat expansion', () => {
  const frame = localFrame(cachedFrame(4544), [106.2, 27.4]);

  it('agrees with the exact inverse to 1e-11° within its reach, and is exact beyond it', () => {
    for (const [cx, cy] of [
      [0, 0],
      [5000, -3000],
    ] as const) {
      const toLngLat = localToLngLat(frame, cx, cy);
      for (const [dx, dy] of [
        [0, 0],
        [120, -80],
        [-299, 299],
        [250, 10],
        [800, -20], // beyond the reach: the exact inverse
      ] as const) {
        const exact = frame.ringToLngLat([[cx + dx, cy + dy]])[0] as [number, number];
        const fast = toLngLat(cx + dx, cy + dy);
        expect(Math.abs(fast[0] - exact[0])).toBeLessThan(1e-11);
        expect(Math.abs(fast[1] - exact[1])).toBeLessThan(1e-11);
      }
    }
  });
});

describe('largest axis box', () => {
  const ring = (pts: [number, number][]) => pts.map(([x, y]) => ({ x, y }));
  const rotated = (pts: [number, number][], deg: number): [number, number][] => {
    const a = (deg * Math.PI) / 180;
    return pts.map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]);
  };
  const shapes: [string, [number, number][][]][] = [
    [
      'strip at 6°',
      [
        rotated(
          [
            [0, 0],
            [63, 0],
            [63, 6],
            [0, 6],
          ],
          6,
        ),
      ],
    ],
    [
      'strip at 84°',
      [
        rotated(
          [
            [0, 0],
            [63, 0],
            [63, 6],
            [0, 6],
          ],
          84,
        ),
      ],
    ],
    [
      'L',
      [
        [
          [0, 0],
          [30, 0],
          [30, 10],
          [10, 10],
          [10, 30],
          [0, 30],
        ],
      ],
    ],
    [
      'square with a hole',
      [
        [
          [0, 0],
          [30, 0],
          [30, 30],
          [0, 30],
        ],
        [
          [10, 10],
          [10, 20],
          [20, 20],
          [20, 10],
        ],
      ],
    ],
    [
      'notched strip at 19°',
      [
        rotated(
          [
            [0, 0],
            [40, 0],
            [40, 9],
            [22, 9],
            [20, 4],
            [18, 9],
            [0, 9],
          ],
          19,
        ),
      ],
    ],
  ];

  for (const [name, rings] of shapes) {
    it(`searches on when the bound says a box could still win (${name})`, () => {
      const { x, y, ends } = flatRings(rings.map(ring));
      const box = new Float64Array(4);
      expect(largestAxisBox(x, y, ends, box, -1)).toBe(true);
      const area = ((box[2] as number) - (box[0] as number)) * ((box[3] as number) - (box[1] as number));
      expect(area).toBeGreaterThan(0);
      // Just below its own answer the bound must not skip, and the answer is the same box.
      const again = new Float64Array(4);
      expect(largestAxisBox(x, y, ends, again, area * (1 - 1e-9))).toBe(true);
      expect([...again]).toEqual([...box]);
    });
  }

  it('skips a skewed strip when a far larger box is already known', () => {
    const { x, y, ends } = flatRings([
      ring(
        rotated(
          [
            [0, 0],
            [63, 0],
            [63, 6],
            [0, 6],
          ],
          6,
        ),
      ),
    ]);
    // The strip's own orientation gives 63 × 6 = 378 m²; at 6° no axis box comes near it.
    expect(largestAxisBox(x, y, ends, new Float64Array(4), 300)).toBe(false);
  });
});

describe('least width search', () => {
  type Pt = { x: number; y: number };
  /** Signed distance to the rings' boundary (positive inside, even–odd): the brute-force reference. */
  const signedDistance = (rings: Pt[][], x: number, y: number): number => {
    let best = Number.POSITIVE_INFINITY;
    let inside = false;
    for (const r of rings) {
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        const a = r[i] as Pt;
        const b = r[j] as Pt;
        if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len2)) : 0;
        best = Math.min(best, Math.hypot(a.x + t * dx - x, a.y + t * dy - y));
      }
    }
    return inside ? best : -best;
  };
  /** The largest distance on a 0.25 m grid, then climbed on a 1 cm grid around the best few grid points. */
  const bruteRadius = (rings: Pt[][]): number => {
    const xs = rings[0]?.map((p) => p.x) ?? [];
    const ys = rings[0]?.map((p) => p.y) ?? [];
    const top: [number, number, number][] = [];
    for (let x = Math.min(...xs); x <= Math.max(...xs); x += 0.25)
      for (let y = Math.min(...ys); y <= Math.max(...ys); y += 0.25) top.push([signedDistance(rings, x, y), x, y]);
    top.sort((a, b) => b[0] - a[0]);
    let best = top[0]?.[0] ?? 0;
    for (const [, x0, y0] of top.slice(0, 5))
      for (let dx = -0.2; dx <= 0.2; dx += 0.01)
        for (let dy = -0.2; dy <= 0.2; dy += 0.01) best = Math.max(best, signedDistance(rings, x0 + dx, y0 + dy));
    return best;
  };

  it('finds the widest place of real pieces within its 0.05 m tolerance (strips, where the bound prunes most)', () => {
    const { site } = generateDistrict(3, 5);
    const pieces = computeLeftover(site, { minAreaM2: 30, minWidthM: 3 }).flatMap((c) => c.pieces);
    expect(pieces.length).toBeGreaterThan(6);
    const frame = localFrame(cachedFrame(4544), [105.6, 29.5]);
    for (const p of pieces) {
      const rings = p.geometry.coordinates.map((r) => frame.ringToMetric(r.slice(0, -1)).map(([x, y]) => ({ x, y })));
      const found = largestInscribedCircle(rings).r;
      const brute = bruteRadius(rings);
      // (The search's answer is a real point's distance, so it may also beat the grid's.)
      expect(found).toBeGreaterThan(brute - 0.05);
    }
  });
});
