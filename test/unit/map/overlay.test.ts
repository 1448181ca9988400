import { describe, expect, it } from 'vitest';
import { overlayFeatures } from '../../../renderer/src/map/overlay';
import { at, rectPx } from './fakeHost';

const roles = (o: Parameters<typeof overlayFeatures>[0]) =>
  overlayFeatures(o).map((f) => `${f.properties.role}:${f.geometry.type}`);

describe('overlayFeatures', () => {
  it('draws a closed sketch as polygon + closed line + vertex handles', () => {
    const sketch = [at(0, 0), at(10, 0), at(10, 10)];
    const fs = overlayFeatures({ sketch, sketchClosed: true });
    expect(roles({ sketch, sketchClosed: true })).toEqual([
      'sketch:Polygon',
      'sketch:LineString',
      'handle:Point',
      'handle:Point',
      'handle:Point',
    ]);
    const line = fs[1]?.geometry.coordinates as number[][];
    expect(line[0]).toEqual(line[line.length - 1]);
  });

  it('draws previews, box, snap and label', () => {
    expect(
      roles({
        previews: [rectPx(0, 0, 1, 1)],
        box: [at(0, 0), at(5, 5)],
        snap: at(1, 1),
        label: { pos: at(2, 2), text: '5 米' },
      }),
    ).toEqual(['preview:Polygon', 'box:Polygon', 'snap:Point', 'label:Point']);
    expect(overlayFeatures({})).toEqual([]);
  });
});
