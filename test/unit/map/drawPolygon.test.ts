import { beforeAll, describe, expect, it } from 'vitest';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { createDrawTool } from '../../../renderer/src/map/tools/drawPolygon';
import { at, compound, fakeHost, lastOverlay, pointerAt, rectPx, settle } from './fakeHost';

beforeAll(registerMapMessages);

const clickAt = (tool: ReturnType<typeof createDrawTool>, x: number, y: number) => {
  tool.pointerMove?.(pointerAt(x, y));
  tool.click?.(pointerAt(x, y));
};

describe('draw compound', () => {
  it('adds vertices on click, ignores the double-click’s second click, saves on double-click', async () => {
    const host = fakeHost();
    const tool = createDrawTool(host, 'compounds');
    clickAt(tool, 0, 0);
    clickAt(tool, 100, 0);
    clickAt(tool, 100, 100);
    clickAt(tool, 0, 100);
    clickAt(tool, 0.5, 100.5); // second click of the double-click
    tool.doubleClick?.(pointerAt(0, 100));
    await settle();
    expect(host.commits).toHaveLength(1);
    const op = host.commits[0]?.ops[0];
    expect(host.commits[0]?.summary).toBe('绘制小区');
    expect(op?.op === 'put' && op.table).toBe('compounds');
    const row = op?.op === 'put' ? op.row : null;
    expect(row && 'geometry' in row ? row.geometry.coordinates[0] : []).toHaveLength(5);
    expect(host.state.selection).toEqual([{ table: 'compounds', id: row?.id }]);
    expect(lastOverlay(host).sketch ?? []).toEqual([]);
  });

  it('snaps a vertex placed 4 px off an existing vertex onto it exactly', async () => {
    const existing = compound(rectPx(200, 0, 300, 100));
    const host = fakeHost([existing]);
    const tool = createDrawTool(host, 'compounds');
    clickAt(tool, 100, 0);
    clickAt(tool, 196, 2); // 4.5 px from (200,0)
    expect(lastOverlay(host).snap).toEqual(at(200, 0));
    clickAt(tool, 200, 100);
    clickAt(tool, 100, 100);
    tool.keyDown?.({ key: 'Enter', shift: false, ctrl: false });
    await settle();
    const op = host.commits[0]?.ops[0];
    const ring = op?.op === 'put' && op.table === 'compounds' ? op.row.geometry.coordinates[0] : [];
    expect(ring?.[1]).toEqual(existing.geometry.coordinates[0]?.[0]);
    expect(ring?.[2]).toEqual(existing.geometry.coordinates[0]?.[3]);
  });

  it('does not snap when snapping is off', () => {
    const host = fakeHost([compound(rectPx(200, 0, 300, 100))]);
    host.state.snapping = false;
    const tool = createDrawTool(host, 'compounds');
    clickAt(tool, 196, 2);
    expect(lastOverlay(host).snap).toBeNull();
    expect(lastOverlay(host).sketch?.[0]).toEqual(at(196, 2));
  });

  it('refuses a self-intersecting polygon with a message and keeps the sketch', async () => {
    const host = fakeHost();
    const tool = createDrawTool(host, 'compounds');
    for (const [x, y] of [
      [0, 0],
      [100, 100],
      [100, 0],
      [0, 60], // a lopsided bow-tie (a symmetric one has zero area and fails on that first)
    ] as const)
      clickAt(tool, x, y);
    tool.doubleClick?.(pointerAt(0, 60));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors[0]).toContain('自相交');
    expect(lastOverlay(host).sketch?.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses too few points; Backspace removes the last vertex; Esc cancels', async () => {
    const host = fakeHost();
    const tool = createDrawTool(host, 'compounds');
    clickAt(tool, 0, 0);
    clickAt(tool, 100, 0);
    tool.keyDown?.({ key: 'Enter', shift: false, ctrl: false });
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors).toHaveLength(1);
    expect(tool.keyDown?.({ key: 'Backspace', shift: false, ctrl: false })).toBe(true);
    tool.pointerMove?.(pointerAt(50, 50));
    expect(lastOverlay(host).sketch).toEqual([at(0, 0), at(50, 50)]);
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    expect(lastOverlay(host).sketch).toEqual([]);
    // With nothing drawn, Esc is left to the shell (back to the select tool).
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(false);
    expect(tool.keyDown?.({ key: 'x', shift: false, ctrl: false })).toBe(false);
  });

  it('keeps the sketch when the backend refuses the change', async () => {
    const host = fakeHost();
    host.refuseNext = true;
    const tool = createDrawTool(host, 'compounds');
    for (const [x, y] of [
      [0, 0],
      [100, 0],
      [100, 100],
    ] as const)
      clickAt(tool, x, y);
    tool.keyDown?.({ key: 'Enter', shift: false, ctrl: false });
    await settle();
    expect(host.commits).toHaveLength(0);
    tool.pointerMove?.(pointerAt(50, 150));
    expect(lastOverlay(host).sketch).toHaveLength(4);
  });

  it('flags a new compound overlapping others', async () => {
    const other = compound(rectPx(50, 50, 150, 150), { name: '幸福小区' });
    const host = fakeHost([other]);
    host.state.snapping = false;
    const tool = createDrawTool(host, 'compounds');
    for (const [x, y] of [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ] as const)
      clickAt(tool, x, y);
    tool.doubleClick?.(pointerAt(0, 100));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.overlaps).toHaveLength(1);
    expect(host.overlaps[0]?.overlapped.map((c) => c.name)).toEqual(['幸福小区']);
  });
});

describe('draw building', () => {
  it('assigns the containing compound, numbers it and fills defaults', async () => {
    const c = compound(rectPx(0, 0, 400, 400));
    const host = fakeHost([c]);
    host.state.snapping = false;
    const tool = createDrawTool(host, 'buildings');
    for (const [x, y] of [
      [100, 100],
      [200, 100],
      [200, 150],
      [100, 150],
    ] as const)
      clickAt(tool, x, y);
    tool.doubleClick?.(pointerAt(100, 150));
    await settle();
    const op = host.commits[0]?.ops[0];
    expect(host.commits[0]?.summary).toBe('绘制楼栋');
    if (op?.op !== 'put' || op.table !== 'buildings') throw new Error('expected a building put');
    expect(op.row).toMatchObject({
      compound_id: c.id,
      name: '1#',
      floors: 6,
      use: 'residential',
      entrances: 1,
      has_elevator: false,
    });
  });

  it('leaves compound_id null outside every compound', async () => {
    const host = fakeHost([compound(rectPx(0, 0, 50, 50))]);
    host.state.snapping = false;
    const tool = createDrawTool(host, 'buildings');
    for (const [x, y] of [
      [100, 100],
      [200, 100],
      [200, 150],
    ] as const)
      clickAt(tool, x, y);
    tool.keyDown?.({ key: 'Enter', shift: false, ctrl: false });
    await settle();
    const op = host.commits[0]?.ops[0];
    expect(op?.op === 'put' && op.table === 'buildings' ? op.row.compound_id : 'x').toBeNull();
  });
});
