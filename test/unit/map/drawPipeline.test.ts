// The draw-pipeline and draw-tree tools as state machines over the fake host (no map, no DOM).
import { describe, expect, it } from 'vitest';
import { createDrawPipelineTool, createDrawTreeTool } from '../../../renderer/src/map/tools/drawPipeline';
import { createEditLineVerticesTool } from '../../../renderer/src/map/tools/editLineVertices';
import { createMoveTool } from '../../../renderer/src/map/tools/move';
import type { ChangeOp } from '../../../shared/model/change';
import type { Pipeline, Tree } from '../../../shared/model/tables';
import { at, compound, fakeHost, pipeline, pointerAt, rectPx, settle, tree } from './fakeHost';

const putRow = (op: ChangeOp | undefined): Pipeline => {
  if (op?.op !== 'put' || op.table !== 'pipelines') throw new Error('expected a pipeline put');
  return op.row;
};

describe('drawPipeline', () => {
  it('clicks add vertices, double-click finishes one pipe with the defaults and the containing compound', async () => {
    const c = compound(rectPx(0, 0, 300, 300));
    const host = fakeHost([c]);
    host.state.snapping = false;
    host.pipeType = () => 'gas';
    const tool = createDrawPipelineTool(host);
    tool.click?.(pointerAt(10, 10));
    tool.click?.(pointerAt(100, 10));
    tool.click?.(pointerAt(100, 120));
    tool.click?.(pointerAt(100, 121)); // first half of the double-click: ignored (within 3 px)
    tool.doubleClick?.(pointerAt(100, 121));
    await settle();
    expect(host.commits).toHaveLength(1);
    const row = putRow(host.commits[0]?.ops[0]);
    expect(row.geometry.coordinates).toEqual([at(10, 10), at(100, 10), at(100, 120)]);
    expect(row).toMatchObject({
      type: 'gas',
      gas_pressure: 'low',
      laying: null,
      diameter_mm: 200,
      depth_start_m: 1,
      depth_end_m: 1,
      status: 'new',
      code: '',
      compound_id: c.id,
    });
    expect(host.state.selection).toEqual([{ table: 'pipelines', id: row.id }]);
  });

  it('snaps a vertex onto an existing pipe’s vertex exactly', async () => {
    const existing = pipeline([
      [0, 0],
      [200, 0],
    ]);
    const host = fakeHost([], [], [existing]);
    const tool = createDrawPipelineTool(host);
    tool.click?.(pointerAt(196, 4)); // 5.6 px from the existing end vertex
    tool.click?.(pointerAt(200, 150));
    expect(tool.keyDown?.({ key: 'Enter', shift: false, ctrl: false })).toBe(true);
    await settle();
    const row = putRow(host.commits[0]?.ops[0]);
    expect(row.geometry.coordinates[0]).toEqual(existing.geometry.coordinates[1]);
    expect(row.type).toBe('water_supply'); // the default when the host has no picker
    expect(row.compound_id).toBeNull();
  });

  it('refuses a one-point pipe with a message, Backspace removes a vertex and Esc cancels', async () => {
    const host = fakeHost();
    host.state.snapping = false;
    const tool = createDrawPipelineTool(host);
    tool.click?.(pointerAt(10, 10));
    tool.doubleClick?.(pointerAt(10, 10));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors).toHaveLength(1);
    tool.click?.(pointerAt(50, 10));
    expect(tool.keyDown?.({ key: 'Backspace', shift: false, ctrl: false })).toBe(true);
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(false); // nothing left: the shell's
  });
});

describe('drawTree', () => {
  it('a click places a 3 m tree in the compound under it', async () => {
    const c = compound(rectPx(0, 0, 100, 100));
    const host = fakeHost([c]);
    createDrawTreeTool(host).click?.(pointerAt(50, 50));
    await settle();
    const op = host.commits[0]?.ops[0];
    if (op?.op !== 'put' || op.table !== 'trees') throw new Error('expected a tree put');
    const row: Tree = op.row;
    expect(row).toMatchObject({ crown_radius_m: 3, compound_id: c.id, geometry: { coordinates: at(50, 50) } });
    expect(host.state.selection).toEqual([{ table: 'trees', id: row.id }]);
  });
});

describe('editing pipelines', () => {
  it('dragging a shared endpoint moves it in both pipes, one change', async () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const b = pipeline([
      [100, 0],
      [100, 100],
    ]);
    const host = fakeHost([], [], [a, b]);
    host.state.snapping = false;
    host.state.selection = [{ table: 'pipelines', id: a.id }];
    const tool = createEditLineVerticesTool(host);
    expect(tool.pointerDown?.(pointerAt(101, 1))).toBe(true);
    tool.pointerMove?.(pointerAt(120, 20));
    tool.pointerUp?.(pointerAt(120, 20));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.commits[0]?.ops).toHaveLength(2);
    expect(host.state.pipelines[a.id]?.geometry.coordinates[1]).toEqual(at(120, 20));
    expect(host.state.pipelines[b.id]?.geometry.coordinates[0]).toEqual(at(120, 20));
  });

  it('a midpoint drag inserts a vertex into that pipe only; right-click deletes it again', async () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const host = fakeHost([], [], [a]);
    host.state.snapping = false;
    host.state.selection = [{ table: 'pipelines', id: a.id }];
    const tool = createEditLineVerticesTool(host);
    expect(tool.pointerDown?.(pointerAt(50, 0))).toBe(true);
    tool.pointerMove?.(pointerAt(50, 30));
    tool.pointerUp?.(pointerAt(50, 30));
    await settle();
    expect(host.state.pipelines[a.id]?.geometry.coordinates).toEqual([at(0, 0), at(50, 30), at(100, 0)]);
    tool.contextMenu?.(pointerAt(50, 30));
    await settle();
    expect(host.state.pipelines[a.id]?.geometry.coordinates).toEqual([at(0, 0), at(100, 0)]);
    tool.contextMenu?.(pointerAt(0, 0)); // two vertices left: a pipe cannot lose one
    await settle();
    expect(host.commits).toHaveLength(2);
  });

  it('the move tool drags a pipe and a tree by the same offset', async () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const t = tree(50, 50);
    const host = fakeHost([], [], [a], [t]);
    host.state.selection = [
      { table: 'pipelines', id: a.id },
      { table: 'trees', id: t.id },
    ];
    const tool = createMoveTool(host);
    expect(tool.pointerDown?.(pointerAt(50, 2))).toBe(true);
    tool.pointerMove?.(pointerAt(60, 12));
    tool.pointerUp?.(pointerAt(60, 12));
    await settle();
    expect(host.commits[0]?.ops).toHaveLength(2);
    const moved = host.state.pipelines[a.id]?.geometry.coordinates[0] ?? [0, 0];
    expect(moved[0]).toBeCloseTo(at(10, 10)[0], 9);
    expect(moved[1]).toBeCloseTo(at(10, 10)[1], 9);
    expect(host.state.trees[t.id]?.geometry.coordinates[0]).toBeCloseTo(at(60, 60)[0], 9);
  });
});
