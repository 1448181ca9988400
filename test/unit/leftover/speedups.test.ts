import { describe, expect, it } from 'vitest';
import { cachedFrame, localFrame } from '../../../shared/analysis/facilities/frames';
import { largestAxisBox } from '../../../shared/analysis/leftover/axis-box';
import { flatRings } from '../../../shared/analysis/leftover/flat';
import { localToLngLat } from '../../../shared/analysis/leftover/lnglat';

// The shortcuts of the leftover engine's hot paths must not change its answers: the lon/lat expansion stays far
// below the 1e-8° output rounding, and the search-skipping bound of axis-box.ts never skips a box that could win.

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
