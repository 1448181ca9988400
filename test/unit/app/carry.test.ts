// Delete for every selectable kind, and what a compound carries when it is deleted or moved (state/carry.ts): the
// rows that point at it by compound_id among buildings, facilities, site areas, roads and leftover pieces — never
// pipelines or trees — in the same change.
import { beforeAll, describe, expect, it } from 'vitest';
import { carriedText, type DeleteRelated, planDelete } from '../../../renderer/src/app/deleteSelection';
import { deleteChange } from '../../../renderer/src/facilities/facilityRows';
import { editMessages } from '../../../renderer/src/i18n/edit';
import { registerMapMessages } from '../../../renderer/src/map/messages';
import { createMoveTool } from '../../../renderer/src/map/tools/move';
import { carryOps } from '../../../renderer/src/state/carry';
import { registerMessages } from '../../../shared/i18n';
import type { ChangeOp } from '../../../shared/model/change';
import type { LineString, Polygon } from '../../../shared/model/geometry';
import type { Facility, LeftoverPieceRow, Road, SiteArea } from '../../../shared/model/tables';
import { at, building, compound, fakeHost, pipeline, pointerAt, rectPx, settle, tree, uuid } from '../map/fakeHost';
import { facility as fixtureFacility } from './fixtures';

beforeAll(() => {
  registerMessages(editMessages);
  registerMapMessages();
});

const facility = (compoundId: string | null, name = '充电车棚', geometry = rectPx(20, 20, 40, 40)): Facility =>
  fixtureFacility(uuid(), compoundId, geometry, name);
const siteArea = (compoundId: string | null): SiteArea => ({
  id: uuid(),
  kind: 'green',
  name: '',
  keep: false,
  demolish: false,
  compound_id: compoundId,
  note: '',
  geometry: rectPx(120, 120, 150, 150),
});
const line = (points: [number, number][]): LineString => ({
  type: 'LineString',
  coordinates: points.map(([x, y]) => at(x, y)),
});
const road = (compoundId: string | null): Road => ({
  id: uuid(),
  name: '',
  kind: 'fire_lane',
  width_m: 4,
  compound_id: compoundId,
  geometry: line([
    [10, 180],
    [190, 180],
  ]),
});
const piece = (compoundId: string): LeftoverPieceRow => ({
  id: uuid(),
  compound_id: compoundId,
  area_m2: 400,
  min_width_m: 12,
  fits: [],
  computed_at: '2026-01-01T00:00:00Z',
  geometry: rectPx(150, 20, 190, 60),
});
const byId = <T extends { id: string }>(rows: T[]): Record<string, T> => Object.fromEntries(rows.map((r) => [r.id, r]));
const noPackages: Omit<DeleteRelated, 'facilities'> = {
  packages: {},
  package_members: {},
  compound_items: {},
  boundaryOf: () => {
    throw new Error('no packages here');
  },
};

describe('Delete deletes every selectable kind', () => {
  it('a selected facility is deleted as its form deletes it: same op, same journal line', () => {
    const f = facility(null);
    const plan = planDelete([{ table: 'facilities', id: f.id }], {}, {}, () => 'x', {
      ...noPackages,
      facilities: { [f.id]: f },
    });
    expect(plan?.change).toEqual(deleteChange(f));
    expect(plan?.change.summary).toBe('删除设施 充电车棚');
  });

  it('several facilities, roads and site areas go in one change; stale refs are dropped', () => {
    const [f1, f2] = [facility(null, 'A'), facility(null, 'B')];
    const r = road(null);
    const a = siteArea(null);
    const plan = planDelete(
      [
        { table: 'facilities', id: f1.id },
        { table: 'roads', id: r.id },
        { table: 'facilities', id: f2.id },
        { table: 'site_areas', id: a.id },
        { table: 'facilities', id: uuid() }, // deleted meanwhile (another window)
      ],
      {},
      {},
      () => 'x',
      { ...noPackages, facilities: byId([f1, f2]), roads: byId([r]), site_areas: byId([a]) },
    );
    expect(plan?.change.ops).toEqual([
      { op: 'delete', table: 'facilities', id: f1.id },
      { op: 'delete', table: 'facilities', id: f2.id },
      { op: 'delete', table: 'roads', id: r.id },
      { op: 'delete', table: 'site_areas', id: a.id },
    ]);
    expect(plan?.change.summary).toBe('删除道路/场地要素 2 个；删除设施 2 个');
  });
});

describe('a compound carries what lies on it', () => {
  const c = compound(rectPx(0, 0, 200, 200));
  const other = compound(rectPx(300, 0, 500, 200));
  const b = building(rectPx(50, 50, 100, 100), c.id);
  const own = { f: facility(c.id), a: siteArea(c.id), r: road(c.id), p: piece(c.id) };
  const foreign = { f: facility(other.id), a: siteArea(null), r: road(other.id), p: piece(other.id) };
  const rows = {
    compounds: byId([c, other]),
    buildings: byId([b]),
    facilities: byId([own.f, foreign.f]),
    site_areas: byId([own.a, foreign.a]),
    roads: byId([own.r, foreign.r]),
    leftover_pieces: byId([own.p, foreign.p]),
    pipelines: byId([
      pipeline(
        [
          [0, 100],
          [200, 100],
        ],
        { compound_id: c.id },
      ),
    ]),
    trees: byId([tree(60, 60, { compound_id: c.id })]),
  };

  it('delete: its buildings, facilities, site areas, roads and leftover pieces, before it; not pipes or trees', () => {
    const plan = planDelete([{ table: 'compounds', id: c.id }], rows.compounds, rows.buildings, () => '删除小区', {
      ...noPackages,
      ...rows,
    });
    expect(plan?.change.ops).toEqual([
      { op: 'delete', table: 'facilities', id: own.f.id },
      { op: 'delete', table: 'roads', id: own.r.id },
      { op: 'delete', table: 'site_areas', id: own.a.id },
      { op: 'delete', table: 'leftover_pieces', id: own.p.id },
      { op: 'delete', table: 'buildings', id: b.id },
      { op: 'delete', table: 'compounds', id: c.id },
    ]);
    expect(plan?.cascadedBuildings).toBe(1);
    expect(plan?.carried).toEqual({ facilities: 1, roads: 1, site_areas: 1, leftover_pieces: 1 });
    expect(carriedText(plan?.carried ?? {})).toBe('设施 1 个、道路 1 条、场地要素 1 个、存量用地 1 块');
    expect(plan?.change.summary).toBe('删除小区；删除道路/场地要素 2 个；删除设施 充电车棚');
  });

  it('a carried row also selected is deleted once and not counted as carried', () => {
    const plan = planDelete(
      [
        { table: 'facilities', id: own.f.id },
        { table: 'compounds', id: c.id },
      ],
      rows.compounds,
      rows.buildings,
      () => 'x',
      { ...noPackages, ...rows },
    );
    expect(plan?.change.ops.filter((o) => o.table === 'facilities')).toHaveLength(1);
    expect(plan?.carried.facilities).toBeUndefined();
  });

  it('move: the move tool puts the carried rows moved by the drag offset, in the one change', async () => {
    const host = fakeHost([c, other], [b], [], [], { roads: [...Object.values(rows.roads)] });
    Object.assign(host.state, {
      facilities: rows.facilities,
      site_areas: rows.site_areas,
      leftover_pieces: rows.leftover_pieces,
      pipelines: rows.pipelines,
      trees: rows.trees,
    });
    host.state.selection = [{ table: 'compounds', id: c.id }];
    const tool = createMoveTool(host);
    expect(tool.pointerDown?.(pointerAt(110, 30))).toBe(true);
    tool.pointerMove?.(pointerAt(120, 50));
    tool.pointerUp?.(pointerAt(120, 50));
    await settle();
    expect(host.commits).toHaveLength(1);
    const ops = host.commits[0]?.ops ?? [];
    const keys = ops.map((o) => `${o.table}:${o.op === 'put' ? o.row.id : o.id}`).sort();
    expect(keys).toEqual(
      [
        `compounds:${c.id}`,
        `buildings:${b.id}`,
        `facilities:${own.f.id}`,
        `site_areas:${own.a.id}`,
        `roads:${own.r.id}`,
        `leftover_pieces:${own.p.id}`,
      ].sort(),
    );
    const first = (op: ChangeOp | undefined) => {
      if (op?.op !== 'put') throw new Error('expected a put');
      const g = (op.row as { geometry: Polygon | LineString }).geometry;
      return (g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]) as [number, number];
    };
    const expectNear = (p: [number, number], q: [number, number]) => {
      expect(p[0]).toBeCloseTo(q[0], 10);
      expect(p[1]).toBeCloseTo(q[1], 10);
    };
    expectNear(first(ops.find((o) => o.table === 'facilities')), at(30, 40));
    expectNear(first(ops.find((o) => o.table === 'roads')), at(20, 200));
    expectNear(first(ops.find((o) => o.table === 'leftover_pieces')), at(160, 40));
    expect(host.commits[0]?.summary).toBe('移动（6 个要素）');
  });

  it('a building deleted or moved on its own carries the facilities attached to it, not its neighbours', () => {
    const elevator = { ...facility(c.id, '加装电梯'), building_id: b.id };
    const withElevator = { ...rows, facilities: { ...rows.facilities, [elevator.id]: elevator } };
    const deleted = carryOps(withElevator, { compounds: new Set(), buildings: new Set([b.id]) }, { op: 'delete' });
    expect(deleted).toEqual([{ op: 'delete', table: 'facilities', id: elevator.id }]);
    const moved = carryOps(
      withElevator,
      { compounds: new Set(), buildings: new Set([b.id]) },
      {
        op: 'move',
        dLon: 1e-5,
        dLat: 0,
      },
    );
    expect(moved.map((o) => (o.op === 'put' ? o.row.id : o.id))).toEqual([elevator.id]);
  });

  it('carryOps skips what the change already writes', () => {
    const skip = new Set([`buildings:${b.id}`, `roads:${own.r.id}`]);
    const ops = carryOps(rows, { compounds: new Set([c.id]) }, { op: 'delete' }, skip);
    expect(ops.map((o) => o.table)).toEqual(['facilities', 'site_areas', 'leftover_pieces']);
  });
});
