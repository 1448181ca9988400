import { describe, expect, it } from 'vitest';
import { dropBridge } from '../../../renderer/src/facilities/dropBridge';
import type { LiveCheck } from '../../../renderer/src/facilities/placementStore';
import { readRect } from '../../../renderer/src/facilities/shape';
import { createPlaceFacilityTool, type PlacementPort } from '../../../renderer/src/map/tools/placeFacility';
import type { Change } from '../../../shared/model/change';
import type { Facility } from '../../../shared/model/tables';
import { at, compound, fakeHost, lastOverlay, pointerAt, rectPx, settle } from '../map/fakeHost';
import { EPSG, type FakeDeps, fakeDeps, piece, tooClose } from './fakes';

function setup(pending: string | null = 'waste_point') {
  const site = compound(rectPx(0, 0, 400, 300));
  const host = fakeHost([site]);
  const state = {
    pending,
    published: [] as { live: LiveCheck | null; settled: boolean }[],
    facilities: {} as Record<string, Facility>,
    deps: [] as FakeDeps[],
  };
  const port: PlacementPort = {
    pending: () => state.pending,
    clearPending: () => {
      state.pending = null;
    },
    publish: (live, settled = false) => state.published.push({ live, settled }),
    deps: () => {
      const d = fakeDeps(site, [piece(site.id, 100, 100, 140, 120)], [tooClose]);
      state.deps.push(d);
      return d;
    },
    facilities: () => state.facilities,
  };
  // The fake host mirrors only compounds/buildings/pipes: facility puts and deletes are mirrored here.
  const commit = host.commit.bind(host);
  host.commit = async (change: Change) => {
    const ok = await commit(change);
    for (const op of change.ops) {
      if (op.op === 'put' && op.table === 'facilities') state.facilities[op.row.id] = op.row;
      if (op.op === 'delete' && op.table === 'facilities') delete state.facilities[op.id];
    }
    return ok;
  };
  const tool = createPlaceFacilityTool(host, port);
  return { site, host, state, tool };
}

const lastLive = (s: { published: { live: LiveCheck | null }[] }) => s.published[s.published.length - 1]?.live;

describe('place facility tool', () => {
  it('follows the pointer with a checked footprint and places one facility on click', async () => {
    const { site, host, state, tool } = setup();
    tool.pointerMove?.(pointerAt(50, 50));
    expect(lastOverlay(host).previews).toHaveLength(1);
    expect(lastLive(state)?.checks).toEqual([tooClose]);
    tool.click?.(pointerAt(60, 60));
    await settle();
    expect(host.commits).toHaveLength(1);
    const op = host.commits[0]?.ops[0];
    expect(op).toMatchObject({ op: 'put', table: 'facilities' });
    const row = Object.values(state.facilities)[0];
    expect(row).toMatchObject({ type: 'waste_point', compound_id: site.id, floors: 1, height_m: 3 });
    expect(host.state.selection).toEqual([{ table: 'facilities', id: row?.id }]);
    expect(state.pending).toBeNull();
    expect(state.published.at(-1)?.settled).toBe(true);
  });

  it('refuses to place outside every compound and says why', async () => {
    const { host, tool } = setup();
    tool.click?.(pointerAt(900, 900));
    await settle();
    expect(host.commits).toHaveLength(0);
    expect(host.errors).toHaveLength(1);
  });

  it('turns the footprint by 15° per R and back with Shift+R', async () => {
    const { state, tool } = setup();
    tool.pointerMove?.(pointerAt(50, 50));
    const before = lastLive(state)?.geometry;
    expect(tool.keyDown?.({ key: 'r', shift: false, ctrl: false })).toBe(true);
    expect(lastLive(state)?.geometry).not.toEqual(before);
    tool.keyDown?.({ key: 'r', shift: false, ctrl: false });
    tool.keyDown?.({ key: 'R', shift: true, ctrl: false });
    tool.click?.(pointerAt(50, 50));
    await settle();
    expect(Object.values(state.facilities)[0]?.rotation_deg).toBe(15);
  });

  it('places by HTML5 drop through the bridge', async () => {
    const { state, tool } = setup();
    expect(dropBridge.current).not.toBeNull();
    dropBridge.current?.hover([70, 70], at(70, 70));
    expect(lastLive(state)?.typeKey).toBe('waste_point');
    dropBridge.current?.drop([70, 70], at(70, 70));
    await settle();
    expect(Object.values(state.facilities)).toHaveLength(1);
    tool.deactivate?.();
    expect(dropBridge.current).toBeNull();
  });

  it('drags a placed facility (checked without itself), commits one move; R rotates it; Delete removes it', async () => {
    const { host, state, tool } = setup();
    tool.click?.(pointerAt(50, 50));
    await settle();
    // The designer raised it in its form: a move is checked at its own height, not the catalog's.
    const placed = { ...(Object.values(state.facilities)[0] as Facility), height_m: 7 };
    state.facilities[placed.id] = placed;
    expect(tool.pointerDown?.(pointerAt(50, 50))).toBe(true);
    expect(state.deps.at(-1)).toBeDefined();
    tool.pointerMove?.(pointerAt(70, 50));
    expect(state.deps.at(-1)?.checked.at(-1)).toMatchObject({ type: 'waste_point', height_m: 7 });
    tool.pointerMove?.(pointerAt(80, 60));
    tool.pointerUp?.(pointerAt(80, 60));
    await settle();
    expect(host.commits).toHaveLength(2);
    const moved = state.facilities[placed.id] as Facility;
    const shift = readRect(moved.geometry, EPSG).center;
    expect(shift[0]).toBeCloseTo(at(80, 60)[0], 7);
    expect(shift[1]).toBeCloseTo(at(80, 60)[1], 7);

    host.state.selection = [{ table: 'facilities', id: placed.id }];
    expect(tool.keyDown?.({ key: 'r', shift: false, ctrl: false })).toBe(true);
    await settle();
    expect((state.facilities[placed.id] as Facility).rotation_deg).toBe(15);
    const size = readRect((state.facilities[placed.id] as Facility).geometry, EPSG).size;
    expect(size.width_m).toBeCloseTo(3, 3);

    expect(tool.keyDown?.({ key: 'Delete', shift: false, ctrl: false })).toBe(true);
    await settle();
    expect(state.facilities[placed.id]).toBeUndefined();
    expect(host.commits).toHaveLength(4);
  });

  it('snaps a dragged parking lot into the piece and reports its stalls', () => {
    const { state, tool } = setup('parking');
    tool.pointerMove?.(pointerAt(121, 110));
    expect(lastLive(state)).toMatchObject({ typeKey: 'parking', snappedTo: expect.any(String), stalls: 34 });
    tool.pointerMove?.(pointerAt(300, 250));
    expect(lastLive(state)).toMatchObject({ snappedTo: null, stalls: 16 });
  });

  it('Esc drops the picked entry and clears the live check', () => {
    const { host, state, tool } = setup();
    tool.pointerMove?.(pointerAt(50, 50));
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(true);
    expect(state.pending).toBeNull();
    expect(lastLive(state)).toBeNull();
    expect(lastOverlay(host)).toEqual({});
    expect(tool.keyDown?.({ key: 'Escape', shift: false, ctrl: false })).toBe(false);
  });
});
