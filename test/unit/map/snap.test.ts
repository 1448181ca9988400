import { describe, expect, it } from 'vitest';
import { buildSnapIndex, featureKey, snapPoint } from '../../../renderer/src/map/geo/snap';
import { at, fakeProjection, rectPx } from './fakeHost';

const square = rectPx(100, 100, 200, 200);
const index = buildSnapIndex([{ table: 'compounds', id: 'a', rings: square.coordinates }]);

describe('snapPoint', () => {
  it('snaps to a vertex within the tolerance and returns its stored coordinates exactly', () => {
    const hit = snapPoint([104, 97], index, fakeProjection, 10);
    expect(hit?.kind).toBe('vertex');
    expect(hit?.lngLat).toEqual(square.coordinates[0]?.[0]);
    expect(hit?.distance).toBeCloseTo(5, 6);
  });

  it('prefers a vertex over a nearer edge point', () => {
    // 8 px from the corner (100,100), 2 px from the top edge.
    const hit = snapPoint([107.7, 98], index, fakeProjection, 10);
    expect(hit?.kind).toBe('vertex');
  });

  it('snaps to the nearest point on an edge when no vertex is in reach', () => {
    const hit = snapPoint([150, 106], index, fakeProjection, 10);
    expect(hit?.kind).toBe('edge');
    const [x, y] = fakeProjection.project(hit?.lngLat ?? [0, 0]);
    expect(x).toBeCloseTo(150, 6);
    expect(y).toBeCloseTo(100, 6);
    // On the stored segment itself: its latitude equals the edge's.
    expect(hit?.lngLat[1]).toBeCloseTo(at(0, 100)[1], 12);
  });

  it('returns null beyond the tolerance, for an empty index, and for excluded features', () => {
    expect(snapPoint([150, 120], index, fakeProjection, 10)).toBeNull();
    expect(snapPoint([100, 100], buildSnapIndex([]), fakeProjection, 10)).toBeNull();
    expect(snapPoint([100, 100], index, fakeProjection, 10, new Set([featureKey('compounds', 'a')]))).toBeNull();
  });

  it('picks the nearest of several vertices', () => {
    const two = buildSnapIndex([
      { table: 'compounds', id: 'a', rings: rectPx(100, 100, 200, 200).coordinates },
      { table: 'buildings', id: 'b', rings: rectPx(106, 100, 150, 150).coordinates },
    ]);
    const hit = snapPoint([105, 101], two, fakeProjection, 10);
    expect(fakeProjection.project(hit?.lngLat ?? [0, 0])[0]).toBeCloseTo(106, 6);
  });
});
