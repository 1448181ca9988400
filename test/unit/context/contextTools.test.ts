// The site-context tools over the fake host (no map, no DOM): draw road and draw site area (the shared sketch), and
// the generic select / move / edit-vertices / delete serving roads and site areas.
import { beforeAll, describe, expect, it } from 'vitest';
import { planDelete } from '../../../renderer/src/app/deleteSelection';
import { newRoad, newSiteArea } from '../../../renderer/src/context/contextRows';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { createDrawRoadTool } from '../../../renderer/src/map/tools/drawRoad';
import { createDrawSiteAreaTool } from '../../../renderer/src/map/tools/drawSiteArea';
import { createEditAnyVerticesTool } from '../../../renderer/src/map/tools/editLineVertices';
import { createEditVerticesTool } from '../../../renderer/src/map/tools/editVertices';
import { createMoveTool } from '../../../renderer/src/map/tools/move';
import { createSelectTool } from '../../../renderer/src/map/tools/select';
import type { ChangeOp } from '../../../shared/model/change';
import type { Road, SiteArea } from '../../../shared/model/tables';
import { at, building, compound, fakeHost, lastOverlay, pointerAt, rectPx, settle, uuid } from '../map/fakeHost';

beforeAll(registerMapMessages);

const key = (k: string) => ({ key: k, shift: false, ctrl: false });
const road = (points: [number, number][], extra: Partial<Road> = {}): Road => ({
  ...newRoad(uuid(), 'road', 6, { type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) }, null),
  ...extra,
});
const area = (x0: number, y0: number, x1: number, y1: number, extra: Partial<SiteArea> = {}): SiteArea => ({
  ...newSiteArea(uuid(), 'green', rectPx(x0, y0, x1, y1), null),
  ...extra,
});
const put = <T>(op: ChangeOp | undefined, table: string): T => {
  if (op?.op !== 'put' || op.table !== table) throw new Error(`expected a ${table} put`);
  return op.row as T;
};

describe('drawRoad', () => {
  it('draws a polyline that becomes a road of the picker’s kind and width, in the compound under its midpoint', async () => {
    const c = compound(rectPx(0, 0, 400, 300));
    const host = fakeHost([c]);
    host.state.snapping = false;
    host.contextDraw = () => ({ roadKind: 'fire_lane', roadWidthM: 4, areaKind: 'green' });
    const tool = createDrawRoadTool(host);
    tool.click?.(pointerAt(20, 50));
    tool.click?.(pointerAt(200, 50));
    expect(lastOverlay(host).sketchClosed).toBeUndefined(); // a line, not an area
    tool.click?.(pointerAt(200, 150));
    tool.click?.(pointerAt(201, 151)); // the first half of the double-click
    tool.doubleClick?.(pointerAt(201, 151));
    await settle();
    expect(host.commits).toHaveLength(1);
    const row = put<Road>(host.commits[0]?.ops[0], 'roads');
    expect(row).toMatchObject({ kind: 'fire_lane', width_m: 4, name: '', compound_id: c.id });
    expect(row.geometry.coordinates).toEqual([at(20, 50), at(200, 50), at(200, 150)]);
    expect(host.commits[0]?.summary).toBe('绘制消防车道（4 m）');
    expect(host.state.selection).toEqual([{ table: 'roads', id: row.id }]);
    expect(lastOverlay(host).sketch ?? []).toHaveLength(0); // cleared after saving
  });

  it('refuses a one-point road and keeps the sketch; Esc cancels; without a picker it draws a 5 m road', async () => {
    const host = fakeHost();
    host.state.snapping = false;
    const tool = createDrawRoadTool(host);
    tool.click?.(pointerAt(10, 10));
    tool.keyDown?.(key('Enter'));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors).toEqual(['道路至少需要两个不同的点']);
    expect(tool.keyDown?.(key('Escape'))).toBe(true);
    expect(tool.keyDown?.(key('Escape'))).toBe(false); // nothing drawn: the shell's Esc
    tool.click?.(pointerAt(10, 10));
    tool.click?.(pointerAt(60, 10));
    tool.keyDown?.(key('Enter'));
    await settle();
    expect(put<Road>(host.commits[0]?.ops[0], 'roads')).toMatchObject({ kind: 'road', width_m: 5, compound_id: null });
  });
});

describe('drawSiteArea', () => {
  it('draws a polygon of the picker’s kind in the compound that contains it', async () => {
    const c = compound(rectPx(0, 0, 400, 300));
    const host = fakeHost([c]);
    host.state.snapping = false;
    host.contextDraw = () => ({ roadKind: 'road', roadWidthM: 5, areaKind: 'illegal_structure' });
    const tool = createDrawSiteAreaTool(host);
    for (const [x, y] of [
      [50, 50],
      [90, 50],
      [90, 80],
    ] as const)
      tool.click?.(pointerAt(x, y));
    expect(lastOverlay(host).sketchClosed).toBe(true);
    tool.keyDown?.(key('Enter'));
    await settle();
    const row = put<SiteArea>(host.commits[0]?.ops[0], 'site_areas');
    expect(row).toMatchObject({ kind: 'illegal_structure', keep: false, demolish: false, compound_id: c.id, note: '' });
    expect(row.geometry.coordinates[0]).toHaveLength(4);
    expect(host.state.selection).toEqual([{ table: 'site_areas', id: row.id }]);
  });

  it('refuses a self-intersecting polygon with the reason and keeps the sketch', async () => {
    const host = fakeHost();
    host.state.snapping = false;
    const tool = createDrawSiteAreaTool(host);
    for (const [x, y] of [
      [0, 0],
      [100, 100],
      [100, 0],
      [0, 100],
    ] as const)
      tool.click?.(pointerAt(x, y));
    tool.keyDown?.(key('Enter'));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors[0]).toMatch(/^无法保存：/);
    expect((lastOverlay(host).sketch ?? []).length).toBeGreaterThanOrEqual(4);
  });
});

describe('select, move, edit vertices and delete for roads and site areas', () => {
  it('a click on a road’s surface picks the road; inside a site area picks the area over its compound', () => {
    const c = compound(rectPx(0, 0, 400, 300));
    const r = road(
      [
        [0, 100],
        [400, 100],
      ],
      { width_m: 20 }, // ±10 m ≈ ±9 px of the fake projection
    );
    const g = area(200, 150, 260, 200);
    const host = fakeHost([c], [], [], [], { roads: [r], site_areas: [g] });
    const tool = createSelectTool(host);
    tool.click?.(pointerAt(150, 107)); // on the surface, 7 px off the centre line
    expect(host.state.selection).toEqual([{ table: 'roads', id: r.id }]);
    tool.click?.(pointerAt(230, 170));
    expect(host.state.selection).toEqual([{ table: 'site_areas', id: g.id }]);
    tool.click?.(pointerAt(100, 250));
    expect(host.state.selection).toEqual([{ table: 'compounds', id: c.id }]);
  });

  it('moves a selected road and site area in one change', async () => {
    const r = road([
      [0, 100],
      [100, 100],
    ]);
    const g = area(200, 150, 260, 200);
    const host = fakeHost([], [], [], [], { roads: [r], site_areas: [g] });
    host.state.selection = [
      { table: 'roads', id: r.id },
      { table: 'site_areas', id: g.id },
    ];
    const tool = createMoveTool(host);
    expect(tool.pointerDown?.(pointerAt(230, 170))).toBe(true);
    tool.pointerMove?.(pointerAt(240, 190));
    tool.pointerUp?.(pointerAt(240, 190));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.state.roads[r.id]?.geometry.coordinates[0]?.[0]).toBeCloseTo(at(10, 120)[0], 9);
    expect(host.state.roads[r.id]?.geometry.coordinates[0]?.[1]).toBeCloseTo(at(10, 120)[1], 9);
    expect(host.state.site_areas[g.id]?.geometry.coordinates[0]?.[0]?.[0]).toBeCloseTo(at(210, 170)[0], 9);
  });

  it('drags a road junction: every road meeting there follows; the pipe tool’s midpoints insert into roads', async () => {
    const a = road([
      [0, 0],
      [100, 0],
    ]);
    const b = road([
      [100, 0],
      [100, 100],
    ]);
    const host = fakeHost([], [], [], [], { roads: [a, b] });
    host.state.snapping = false;
    host.state.selection = [{ table: 'roads', id: a.id }];
    const tool = createEditAnyVerticesTool(host, createEditVerticesTool(host));
    tool.refresh?.();
    expect(tool.pointerDown?.(pointerAt(100, 0))).toBe(true);
    tool.pointerMove?.(pointerAt(110, 10));
    tool.pointerUp?.(pointerAt(110, 10));
    await settle();
    expect(host.state.roads[a.id]?.geometry.coordinates[1]).toEqual(at(110, 10));
    expect(host.state.roads[b.id]?.geometry.coordinates[0]).toEqual(at(110, 10));
    expect(host.commits[0]?.ops).toHaveLength(2);

    expect(tool.pointerDown?.(pointerAt(55, 5))).toBe(true); // the midpoint of a's segment
    tool.pointerMove?.(pointerAt(55, 30));
    tool.pointerUp?.(pointerAt(55, 30));
    await settle();
    expect(host.state.roads[a.id]?.geometry.coordinates).toHaveLength(3);
  });

  it('edits a site area’s own vertices, refuses an invalid shape, and deletes a vertex while the ring stays valid', async () => {
    const g = area(0, 0, 100, 100);
    const other = area(100, 0, 200, 100); // shares an edge; must not follow
    const host = fakeHost([], [], [], [], { site_areas: [g, other] });
    host.state.snapping = false;
    host.state.selection = [{ table: 'site_areas', id: g.id }];
    const tool = createEditAnyVerticesTool(host, createEditVerticesTool(host));
    tool.refresh?.();
    expect((lastOverlay(host).handles ?? []).length).toBe(8);
    tool.pointerDown?.(pointerAt(100, 100));
    tool.pointerMove?.(pointerAt(120, 120));
    tool.pointerUp?.(pointerAt(120, 120));
    await settle();
    expect(host.state.site_areas[g.id]?.geometry.coordinates[0]).toContainEqual(at(120, 120));
    expect(host.state.site_areas[other.id]).toEqual(other);
    // Dragging a corner across the opposite edge makes a bow-tie: refused.
    tool.pointerDown?.(pointerAt(0, 0));
    tool.pointerMove?.(pointerAt(200, 50));
    tool.pointerUp?.(pointerAt(200, 50));
    await settle();
    expect(host.commits).toHaveLength(1);
    expect(host.errors).toHaveLength(1);
    tool.contextMenu?.(pointerAt(0, 100));
    await settle();
    expect(host.state.site_areas[g.id]?.geometry.coordinates[0]).toHaveLength(4); // a triangle, closed
    tool.contextMenu?.(pointerAt(0, 0));
    await settle();
    expect(host.state.site_areas[g.id]?.geometry.coordinates[0]).toHaveLength(4); // two vertices would not be a ring
  });

  it('deletes selected roads and site areas in one change, undoable by its inverse', () => {
    const r = road([
      [0, 0],
      [100, 0],
    ]);
    const g = area(0, 0, 10, 10);
    const c = compound(rectPx(0, 0, 300, 300));
    const b = building(rectPx(10, 10, 50, 50), c.id);
    const plan = planDelete(
      [
        { table: 'roads', id: r.id },
        { table: 'site_areas', id: g.id },
        { table: 'site_areas', id: g.id },
        { table: 'buildings', id: b.id },
      ],
      { [c.id]: c },
      { [b.id]: b },
      () => '删除楼栋 1 栋',
    );
    expect(plan?.change.ops).toEqual([
      { op: 'delete', table: 'roads', id: r.id },
      { op: 'delete', table: 'site_areas', id: g.id },
      { op: 'delete', table: 'buildings', id: b.id },
    ]);
    expect(plan?.change.summary).toBe('删除楼栋 1 栋；删除道路/场地要素 2 个');
  });
});
