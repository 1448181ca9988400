import { beforeAll, describe, expect, it } from 'vitest';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { createMoveTool } from '../../../renderer/src/map/tools/move';
import { at, building, compound, fakeHost, lastOverlay, pointerAt, rectPx, settle } from './fakeHost';

beforeAll(registerMapMessages);

describe('move tool', () => {
  it('moves a compound with its buildings as one change', async () => {
    const c = compound(rectPx(0, 0, 200, 200));
    const b = building(rectPx(50, 50, 100, 100), c.id);
    const other = building(rectPx(300, 300, 350, 350), null);
    const host = fakeHost([c], [b, other]);
    host.state.selection = [{ table: 'compounds', id: c.id }];
    const tool = createMoveTool(host);
    expect(tool.pointerDown?.(pointerAt(150, 150))).toBe(true);
    tool.pointerMove?.(pointerAt(160, 170));
    expect(lastOverlay(host).previews).toHaveLength(2);
    tool.pointerUp?.(pointerAt(160, 170));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.commits[0]?.summary).toBe('移动（2 个要素）');
    const first = (id: string, table: 'compounds' | 'buildings') => host.state[table][id]?.geometry.coordinates[0]?.[0];
    const expectNear = (p: [number, number] | undefined, q: [number, number]) => {
      expect(p?.[0]).toBeCloseTo(q[0], 10);
      expect(p?.[1]).toBeCloseTo(q[1], 10);
    };
    expectNear(first(c.id, 'compounds'), at(10, 20));
    expectNear(first(b.id, 'buildings'), at(60, 70));
    expect(host.state.buildings[other.id]).toBe(other);
  });

  it('selects and drags an unselected feature; empty space is left to the map', () => {
    const c = compound(rectPx(0, 0, 200, 200));
    const host = fakeHost([c]);
    const tool = createMoveTool(host);
    expect(tool.pointerDown?.(pointerAt(500, 500))).toBe(false);
    expect(tool.pointerDown?.(pointerAt(50, 50))).toBe(true);
    expect(host.state.selection).toEqual([{ table: 'compounds', id: c.id }]);
    tool.pointerUp?.(pointerAt(50, 50));
    expect(host.commits).toHaveLength(0);
  });

  it('Esc during a drag cancels the move', async () => {
    const c = compound(rectPx(0, 0, 200, 200));
    const host = fakeHost([c]);
    const tool = createMoveTool(host);
    tool.pointerDown?.(pointerAt(50, 50));
    tool.pointerMove?.(pointerAt(80, 50));
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    tool.pointerUp?.(pointerAt(80, 50));
    await settle();
    expect(host.commits).toHaveLength(0);
  });
});
