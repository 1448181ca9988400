import { describe, expect, it } from 'vitest';
import { createMeasureTool, measureText } from '../../../renderer/src/map/tools/measure';
import { fakeHost, lastOverlay, pointerAt } from './fakeHost';

describe('measure', () => {
  it('formats a distance in metres and an area in m² and 公顷', () => {
    // 0.001° of longitude at 27.4°N ≈ 98.8 m.
    expect(
      measureText(
        'distance',
        [
          [106.2, 27.4],
          [106.201, 27.4],
        ],
        4544,
      ),
    ).toMatch(/^98\.\d+ 米$/);
    const square: [number, number][] = [
      [106.2, 27.4],
      [106.202, 27.4],
      [106.202, 27.402],
      [106.2, 27.402],
    ];
    expect(measureText('area', square, 4544)).toMatch(/m²（4\.\d\d 公顷）$/);
    expect(measureText('area', square.slice(0, 2), 4544)).toBeNull();
  });

  it('shows the running result, freezes it on double-click and starts anew on the next click', () => {
    const host = fakeHost();
    const tool = createMeasureTool(host, 'distance');
    tool.click?.(pointerAt(0, 0));
    tool.pointerMove?.(pointerAt(1000, 0));
    expect(lastOverlay(host).label?.text).toMatch(/米/);
    tool.click?.(pointerAt(1000, 0));
    tool.doubleClick?.(pointerAt(1000, 0));
    tool.pointerMove?.(pointerAt(2000, 0));
    expect(lastOverlay(host).sketch).toHaveLength(2);
    tool.click?.(pointerAt(0, 500));
    expect(lastOverlay(host).sketch?.[0]).toEqual(pointerAt(0, 500).lngLat);
    expect(lastOverlay(host).label).toBeDefined(); // the new first point to the pointer
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    expect(lastOverlay(host).sketch).toEqual([]);
  });
});
