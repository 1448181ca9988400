import { describe, expect, it } from 'vitest';
import { createSelectTool } from '../../../renderer/src/map/tools/select';
import { building, compound, fakeHost, lastOverlay, pointerAt, rectPx } from './fakeHost';

const c1 = compound(rectPx(0, 0, 200, 200));
const c2 = compound(rectPx(300, 0, 500, 200));
const b1 = building(rectPx(50, 50, 100, 100), c1.id);

describe('select tool', () => {
  it('selects the topmost feature, Shift toggles, empty click clears', () => {
    const host = fakeHost([c1, c2], [b1]);
    const tool = createSelectTool(host);
    tool.click?.(pointerAt(60, 60));
    expect(host.state.selection).toEqual([{ table: 'buildings', id: b1.id }]);
    tool.click?.(pointerAt(150, 150));
    expect(host.state.selection).toEqual([{ table: 'compounds', id: c1.id }]);
    tool.click?.(pointerAt(400, 100, { shift: true }));
    expect(host.state.selection).toEqual([
      { table: 'compounds', id: c1.id },
      { table: 'compounds', id: c2.id },
    ]);
    tool.click?.(pointerAt(150, 150, { shift: true }));
    expect(host.state.selection).toEqual([{ table: 'compounds', id: c2.id }]);
    tool.click?.(pointerAt(250, 250, { shift: true }));
    expect(host.state.selection).toHaveLength(1);
    tool.click?.(pointerAt(250, 250));
    expect(host.state.selection).toEqual([]);
  });

  it('box-selects with Shift+drag, drawing the box meanwhile', () => {
    const host = fakeHost([c1, c2], [b1]);
    const tool = createSelectTool(host);
    expect(tool.pointerDown?.(pointerAt(40, 40))).toBe(false); // plain drag pans the map
    expect(tool.pointerDown?.(pointerAt(40, 40, { shift: true }))).toBe(true);
    tool.pointerMove?.(pointerAt(120, 120, { shift: true }));
    expect(lastOverlay(host).box).toBeDefined();
    tool.pointerUp?.(pointerAt(120, 120, { shift: true }));
    expect(host.state.selection.map((r) => r.id).sort()).toEqual([b1.id, c1.id].sort());
    expect(lastOverlay(host).box).toBeUndefined();
  });
});
