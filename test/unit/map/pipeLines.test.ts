// Line snapping, line/tree hit testing and shared pipe-joint moves, on the fake projection (1 px = 1e-5°).
import { describe, expect, it } from 'vitest';
import { buildIndexes } from '../../../renderer/src/map/geo/indexes';
import { lineItemAt, lineItemsInBox, movePipelineVertex } from '../../../renderer/src/map/geo/lines';
import { snapPoint } from '../../../renderer/src/map/geo/snap';
import { at, compound, fakeHost, fakeProjection, pipeline, pointerAt, rectPx, tree } from './fakeHost';

const rows = (
  pipes = [
    pipeline([
      [0, 0],
      [100, 0],
      [100, 100],
    ]),
  ],
  trees = [tree(300, 300)],
) => ({
  compounds: {},
  buildings: {},
  pipelines: Object.fromEntries(pipes.map((p) => [p.id, p])),
  trees: Object.fromEntries(trees.map((t) => [t.id, t])),
});

describe('snapping to pipelines', () => {
  it('snaps to a pipe vertex exactly, and to a pipe edge when no vertex is in reach', () => {
    const pipe = pipeline([
      [0, 0],
      [100, 0],
      [100, 100],
    ]);
    const { snap } = buildIndexes(rows([pipe]), { compounds: true, buildings: true });
    const v = snapPoint([103, 4], snap, fakeProjection, 10);
    expect(v?.kind).toBe('vertex');
    expect(v?.lngLat).toEqual(pipe.geometry.coordinates[1]);
    const e = snapPoint([50, 6], snap, fakeProjection, 10);
    expect(e?.kind).toBe('edge');
    expect(fakeProjection.project(e?.lngLat ?? [0, 0])[1]).toBeCloseTo(0, 6);
    expect(snapPoint([50, 30], snap, fakeProjection, 10)).toBeNull();
  });

  it('does not snap to an open line’s missing closing edge (first to last vertex)', () => {
    const { snap } = buildIndexes(rows(), { compounds: true, buildings: true });
    // The chord (0,0)–(100,100) passes through (50,50); the pipe itself is 50 px away there.
    expect(snapPoint([50, 50], snap, fakeProjection, 10)).toBeNull();
  });

  it('snaps to compounds and pipes together, and hidden pipes are not snapped to', () => {
    const c = compound(rectPx(200, 0, 260, 60));
    const r = { ...rows(), compounds: { [c.id]: c } };
    const { snap } = buildIndexes(r, { compounds: true, buildings: true });
    expect(snapPoint([202, 1], snap, fakeProjection, 10)?.kind).toBe('vertex');
    expect(snapPoint([99, 2], snap, fakeProjection, 10)?.kind).toBe('vertex');
    const hidden = buildIndexes(r, { compounds: true, buildings: true, pipelines: false });
    expect(snapPoint([99, 2], hidden.snap, fakeProjection, 10)).toBeNull();
  });
});

describe('hit testing lines and trees', () => {
  it('picks a pipe within 6 px of its line and not beyond', () => {
    const pipe = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const { lines } = buildIndexes(rows([pipe], []), { compounds: true, buildings: true });
    expect(lineItemAt(lines, [50, 5], fakeProjection)?.id).toBe(pipe.id);
    expect(lineItemAt(lines, [50, 7], fakeProjection)).toBeNull();
    expect(lineItemAt(lines, [106, 0], fakeProjection)?.id).toBe(pipe.id);
    expect(lineItemAt(lines, [108, 0], fakeProjection)).toBeNull();
  });

  it('picks the nearer of two pipes, and a tree inside its crown', () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const b = pipeline([
      [0, 8],
      [100, 8],
    ]);
    // Crown 30 m ≈ 2.7e-4° of latitude ≈ 27 px on the fake projection.
    const t = tree(300, 300, { crown_radius_m: 30 });
    const { lines } = buildIndexes(rows([a, b], [t]), { compounds: true, buildings: true });
    expect(lineItemAt(lines, [50, 5], fakeProjection)?.id).toBe(b.id);
    expect(lineItemAt(lines, [50, 3], fakeProjection)?.id).toBe(a.id);
    expect(lineItemAt(lines, [320, 300], fakeProjection)?.id).toBe(t.id); // 20 px from the trunk, crown ≈ 27 px
    expect(lineItemAt(lines, [340, 300], fakeProjection)).toBeNull();
    // A small crown (3 m ≈ 2.7 px here) is picked within 3 px of its trunk only, not with the pipes' 6 px.
    const small = tree(500, 500);
    const only = buildIndexes(rows([], [small]), { compounds: true, buildings: true }).lines;
    expect(lineItemAt(only, [502, 500], fakeProjection)?.id).toBe(small.id);
    expect(lineItemAt(only, [505, 500], fakeProjection)).toBeNull();
  });

  it('box-selects pipes with a vertex inside and trees whose trunk is inside', () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const t = tree(50, 50);
    const { lines } = buildIndexes(rows([a], [t]), { compounds: true, buildings: true });
    const box = [at(40, 60)[0], at(40, 60)[1], at(60, 40)[0], at(60, 40)[1]] as [number, number, number, number];
    expect(lineItemsInBox(lines, box).map((i) => i.id)).toEqual([t.id]);
  });

  it('the select tool picks a pipe over the compound under it, and the compound away from the pipe', () => {
    const c = compound(rectPx(0, -50, 200, 50));
    const pipe = pipeline([
      [0, 0],
      [200, 0],
    ]);
    const host = fakeHost([c], [], [pipe]);
    // createSelectTool is exercised through the public tool factory.
    return import('../../../renderer/src/map/tools/select').then(({ createSelectTool }) => {
      const tool = createSelectTool(host);
      tool.click?.(pointerAt(100, 4));
      expect(host.state.selection).toEqual([{ table: 'pipelines', id: pipe.id }]);
      tool.click?.(pointerAt(100, 30));
      expect(host.state.selection).toEqual([{ table: 'compounds', id: c.id }]);
    });
  });
});

describe('shared pipe joints', () => {
  it('moves the vertex in every pipe that has it, and leaves other pipes untouched', () => {
    const a = pipeline([
      [0, 0],
      [100, 0],
    ]);
    const b = pipeline([
      [100, 0],
      [100, 100],
    ]);
    const c = pipeline([
      [0, 50],
      [50, 50],
    ]);
    const moved = movePipelineVertex({ [a.id]: a, [b.id]: b, [c.id]: c }, at(100, 0), at(110, 10));
    expect(moved.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    for (const p of moved) expect(p.geometry.coordinates).toContainEqual(at(110, 10));
    expect(a.geometry.coordinates[1]).toEqual(at(100, 0)); // inputs are not mutated
  });
});
