import { beforeAll, describe, expect, it } from 'vitest';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { createEditVerticesTool } from '../../../renderer/src/map/tools/editVertices';
import type { Compound } from '../../../shared/model/tables';
import { at, compound, fakeHost, lastOverlay, pointerAt, rectPx, settle } from './fakeHost';

beforeAll(registerMapMessages);

const setup = () => {
  const left = compound(rectPx(100, 100, 200, 200));
  const right = compound(rectPx(200, 100, 300, 200));
  const far = compound(rectPx(400, 100, 500, 200));
  const host = fakeHost([left, right, far]);
  host.state.selection = [{ table: 'compounds', id: left.id }];
  const tool = createEditVerticesTool(host);
  tool.refresh?.();
  return { left, right, far, host, tool };
};

const ringOf = (c: Compound | undefined) => c?.geometry.coordinates[0] ?? [];

describe('edit vertices', () => {
  it('shows vertex and midpoint handles for the selection', () => {
    const { host } = setup();
    const handles = lastOverlay(host).handles ?? [];
    expect(handles.filter((h) => h.kind === 'vertex')).toHaveLength(4);
    expect(handles.filter((h) => h.kind === 'midpoint')).toHaveLength(4);
  });

  it('drags a shared vertex in both compounds as one change, previewing meanwhile', async () => {
    const { host, tool, left, right } = setup();
    expect(tool.pointerDown?.(pointerAt(202, 101))).toBe(true);
    tool.pointerMove?.(pointerAt(230, 80));
    expect(lastOverlay(host).previews).toHaveLength(2);
    expect(host.commits).toHaveLength(0); // nothing committed during the drag
    tool.pointerMove?.(pointerAt(240, 70));
    tool.pointerUp?.(pointerAt(240, 70));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.commits[0]?.summary).toBe('移动顶点（2 个要素）');
    expect(host.commits[0]?.ops.map((o) => (o.op === 'put' ? o.row.id : '')).sort()).toEqual(
      [left.id, right.id].sort(),
    );
    const to = at(240, 70);
    expect(ringOf(host.state.compounds[left.id])).toContainEqual(to);
    expect(ringOf(host.state.compounds[right.id])).toContainEqual(to);
  });

  it('snaps the dragged vertex to another feature but not to the features being moved', async () => {
    const { host, tool, left } = setup();
    const below = compound(rectPx(60, 300, 160, 400));
    host.state.compounds = { ...host.state.compounds, [below.id]: below };
    tool.pointerDown?.(pointerAt(100, 200)); // left's bottom-left corner
    tool.pointerMove?.(pointerAt(64, 297)); // 5 px from below's corner (60,300)
    expect(lastOverlay(host).snap).toEqual(at(60, 300));
    tool.pointerMove?.(pointerAt(101, 202)); // near its own old position: nothing of the moving feature snaps
    expect(lastOverlay(host).snap).toBeNull();
    tool.pointerMove?.(pointerAt(64, 297));
    tool.pointerUp?.(pointerAt(64, 297));
    await settle();
    expect(ringOf(host.state.compounds[left.id])).toContainEqual(ringOf(below)[0]);
  });

  it('refuses a drag that makes a ring self-intersect', async () => {
    const { host, tool } = setup();
    tool.pointerDown?.(pointerAt(100, 100));
    tool.pointerMove?.(pointerAt(150, 250));
    tool.pointerUp?.(pointerAt(150, 250));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors).toHaveLength(1);
  });

  it('inserts a vertex from a midpoint handle into both compounds sharing the edge', async () => {
    const { host, tool, left, right } = setup();
    expect(tool.pointerDown?.(pointerAt(200, 150))).toBe(true);
    tool.pointerMove?.(pointerAt(215, 150));
    tool.pointerUp?.(pointerAt(215, 150));
    await settle();
    expect(host.commits[0]?.summary).toBe('插入顶点（2 个要素）');
    expect(ringOf(host.state.compounds[left.id])).toHaveLength(6);
    expect(ringOf(host.state.compounds[right.id])).toContainEqual(at(215, 150));
  });

  it('deletes a vertex with Alt+click (and right-click) only while rings stay valid', async () => {
    const { host, tool, left } = setup();
    // Add a fifth vertex first, then delete it again with alt.
    tool.pointerDown?.(pointerAt(150, 100));
    tool.pointerMove?.(pointerAt(150, 90));
    tool.pointerUp?.(pointerAt(150, 90));
    await settle();
    expect(ringOf(host.state.compounds[left.id])).toHaveLength(6);
    expect(tool.pointerDown?.(pointerAt(150, 90, { alt: true }))).toBe(true);
    await settle();
    expect(ringOf(host.state.compounds[left.id])).toHaveLength(5);
    tool.contextMenu?.(pointerAt(100, 100, { button: 2 })); // a triangle is still valid
    await settle();
    expect(ringOf(host.state.compounds[left.id])).toHaveLength(4);
    tool.contextMenu?.(pointerAt(100, 200, { button: 2 })); // would leave 2 vertices
    await settle();
    expect(ringOf(host.state.compounds[left.id])).toHaveLength(4);
    expect(host.errors).toHaveLength(1);
  });

  it('Esc during a drag cancels it', async () => {
    const { host, tool } = setup();
    tool.pointerDown?.(pointerAt(100, 100));
    tool.pointerMove?.(pointerAt(120, 90));
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    tool.pointerUp?.(pointerAt(120, 90));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(lastOverlay(host).handles).toHaveLength(8);
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(false);
  });

  it('a press without a move changes nothing; a click off the handles selects', async () => {
    const { host, tool, far } = setup();
    tool.pointerDown?.(pointerAt(100, 100));
    tool.pointerUp?.(pointerAt(100, 100));
    await settle();
    expect(host.commits).toHaveLength(0);
    tool.click?.(pointerAt(450, 150));
    expect(host.state.selection).toEqual([{ table: 'compounds', id: far.id }]);
  });
});
