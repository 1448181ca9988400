import { describe, expect, it } from 'vitest';
import { clipToNeighbours, findOverlaps } from '../../../shared/analysis/overlap';
import { indexPolygons } from '../../../shared/analysis/polygon-index';
import { polygonAreaM2 } from '../../../shared/geo/measure';
import { signedRingArea } from '../../../shared/geo/ring';
import { validatePolygon } from '../../../shared/geo/validate';
import type { Polygon, Position } from '../../../shared/model/geometry';
import { deepFreeze, frame, polygonFromMetres, rectFromMetres } from './helpers';

const item = (id: string, geometry: Polygon) => ({ id, geometry });
const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

describe('findOverlaps', () => {
  const others = deepFreeze([
    item('west', rectFromMetres(0, 0, 100, 100)),
    item('east', rectFromMetres(100, 0, 200, 100)), // shares an edge with west
    item('far', rectFromMetres(1000, 1000, 1100, 1100)),
  ]);

  it('reports the overlapped polygons with their overlap areas, largest first', () => {
    const candidate = deepFreeze(rectFromMetres(80, 40, 130, 60)); // 20×20 into west, 30×20 into east
    const found = findOverlaps(candidate, others, frame);
    expect(found.map((o) => o.id)).toEqual(['east', 'west']);
    expect(found[0]?.areaM2).toBeCloseTo(600, 1);
    expect(found[1]?.areaM2).toBeCloseTo(400, 1);
  });

  it('does not count a shared edge or a gap as an overlap', () => {
    expect(findOverlaps(deepFreeze(rectFromMetres(200, 0, 250, 100)), others, frame)).toEqual([]);
    expect(findOverlaps(deepFreeze(rectFromMetres(300, 0, 350, 100)), others, frame)).toEqual([]);
  });

  it('can ignore the candidate itself and use a prebuilt index over many polygons', () => {
    const many = deepFreeze(
      Array.from({ length: 100 }, (_, i) =>
        item(
          `c${i}`,
          rectFromMetres((i % 10) * 50, Math.floor(i / 10) * 50, (i % 10) * 50 + 50, Math.floor(i / 10) * 50 + 50),
        ),
      ),
    );
    const index = indexPolygons(many);
    const candidate = (many[55] as { geometry: Polygon }).geometry;
    expect(findOverlaps(candidate, index, frame, { ignoreId: 'c55' })).toEqual([]);
    const straddling = deepFreeze(rectFromMetres(240, 240, 260, 260)); // corners of c44, c45, c54, c55
    const found = findOverlaps(straddling, index, frame);
    expect(found.map((o) => o.id).sort()).toEqual(['c44', 'c45', 'c54', 'c55']);
    for (const o of found) expect(o.areaM2).toBeCloseTo(100, 1);
  });
});

describe('clipToNeighbours', () => {
  it('cuts the overlap away and shares the neighbour boundary exactly, T-junction vertices included', () => {
    // The neighbour has an extra vertex in the middle of its east edge (where another compound meets it).
    const neighbour = deepFreeze(
      polygonFromMetres([
        [0, 0],
        [100, 0],
        [100, 50],
        [100, 100],
        [0, 100],
      ]),
    );
    const drawn = deepFreeze(rectFromMetres(70, 10, 170, 90));
    const clipped = clipToNeighbours(drawn, [neighbour], frame);
    expect(clipped).not.toBeNull();
    if (!clipped) return;
    expect(validatePolygon(clipped)).toEqual({ valid: true });
    expect(polygonAreaM2(clipped, frame)).toBeCloseTo(70 * 80, 0);
    expect(findOverlaps(clipped, [item('n', neighbour)], frame)).toEqual([]);
    const exterior = clipped.coordinates[0] as Position[];
    expect(signedRingArea(exterior)).toBeGreaterThan(0);
    const neighbourVertices = new Set((neighbour.coordinates[0] as Position[]).map(keyOf));
    // The T-junction (100, 50) of the neighbour is in the clipped ring with its exact stored coordinates.
    const junction = (neighbour.coordinates[0] as Position[])[2] as Position;
    expect(exterior.map(keyOf)).toContain(keyOf(junction));
    // Vertices are either exact source vertices (neighbour or drawn) or new crossings rounded to 1e-8°.
    const sourceVertices = new Set([...neighbourVertices, ...(drawn.coordinates[0] as Position[]).map(keyOf)]);
    const created = exterior.filter((p) => !sourceVertices.has(keyOf(p)));
    expect(new Set(created.map(keyOf)).size).toBe(2); // where the drawn edges cross the neighbour's east edge
    for (const p of created) {
      expect(Math.round(p[0] * 1e8) / 1e8).toBe(p[0]);
      expect(Math.round(p[1] * 1e8) / 1e8).toBe(p[1]);
    }
  });

  it('inserts a neighbour vertex that lies on an edge drawn along the neighbour (snapped to its corners only)', () => {
    const neighbour = deepFreeze(
      polygonFromMetres([
        [0, 0],
        [100, 0],
        [100, 50],
        [100, 100],
        [0, 100],
      ]),
    );
    const ring = neighbour.coordinates[0] as Position[];
    // Drawn by snapping to the neighbour's corners (100,0) and (100,100): its west edge skips (100,50).
    const drawn = deepFreeze(
      polygonFromMetres([
        [100, 0],
        [200, 0],
        [200, 100],
        [100, 100],
      ]),
    );
    const west: Position[] = [ring[1] as Position, ring[3] as Position];
    const snappedDrawn = deepFreeze<Polygon>({
      type: 'Polygon',
      coordinates: [
        [
          west[0] as Position,
          ...(drawn.coordinates[0] as Position[]).slice(1, 3),
          west[1] as Position,
          west[0] as Position,
        ],
      ],
    });
    const clipped = clipToNeighbours(snappedDrawn, [neighbour], frame);
    const keys = clipped?.coordinates[0]?.map(keyOf) ?? [];
    expect(keys).toContain(keyOf(ring[2] as Position));
    expect(keys).toContain(keyOf(ring[1] as Position));
    expect(keys).toContain(keyOf(ring[3] as Position));
  });

  it('keeps the largest piece when the neighbours cut the candidate in two', () => {
    const wall = deepFreeze(rectFromMetres(60, -10, 70, 110));
    const drawn = deepFreeze(rectFromMetres(0, 0, 100, 100));
    const clipped = clipToNeighbours(drawn, [wall], frame);
    expect(clipped && polygonAreaM2(clipped, frame)).toBeCloseTo(60 * 100, 0);
  });

  it('keeps a hole when a neighbour lies inside the candidate, and returns null when nothing is left', () => {
    const inner = deepFreeze(rectFromMetres(40, 40, 60, 60));
    const clipped = clipToNeighbours(deepFreeze(rectFromMetres(0, 0, 100, 100)), [inner], frame);
    expect(clipped?.coordinates.length).toBe(2);
    expect(clipped && polygonAreaM2(clipped, frame)).toBeCloseTo(10_000 - 400, 0);
    expect(signedRingArea(clipped?.coordinates[1] as Position[])).toBeLessThan(0);
    expect(clipToNeighbours(deepFreeze(rectFromMetres(45, 45, 55, 55)), [inner], frame)).toBeNull();
  });

  it('returns the candidate unchanged (same vertices) when nothing overlaps', () => {
    const drawn = deepFreeze(rectFromMetres(0, 0, 50, 50));
    const clipped = clipToNeighbours(drawn, [rectFromMetres(50, 0, 100, 50)], frame);
    expect(new Set(clipped?.coordinates[0]?.map(keyOf))).toEqual(new Set(drawn.coordinates[0]?.map(keyOf)));
  });
});
