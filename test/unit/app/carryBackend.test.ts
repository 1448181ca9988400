// A compound's delete and move as the UI builds them (planDelete, the move tool's carryOps), applied by the real
// backend to a real project file: what lies on the compound goes in the same change, the file holds it after a
// reopen, and one undo brings every row back where it was.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { deleteSummary, planDelete } from '../../../renderer/src/app/deleteSelection';
import { editMessages } from '../../../renderer/src/i18n/edit';
import { boundaryFor } from '../../../renderer/src/packages/boundary';
import { carryOps } from '../../../renderer/src/state/carry';
import type { FeatureSet, Handlers } from '../../../shared/api';
import { registerMessages } from '../../../shared/i18n';
import type { Compound, Facility } from '../../../shared/model/tables';
import { tempDir } from '../backend/helpers';
import { facility, squareAround } from './fixtures';

let backend: Backend;
let h: Handlers;
let path: string;

beforeAll(() => registerMessages(editMessages));
beforeEach(async () => {
  backend = createBackend({ homeDir: tempDir(), emit: () => undefined });
  h = backend.handlers;
  path = (await h['project.openDemo']({})).path;
});
afterEach(() => backend.dispose());

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> => Object.fromEntries(rows.map((r) => [r.id, r]));
const owned = (f: FeatureSet, id: string) => ({
  buildings: f.buildings.filter((r) => r.compound_id === id).length,
  facilities: f.facilities.filter((r) => r.compound_id === id).length,
  site_areas: f.site_areas.filter((r) => r.compound_id === id).length,
  roads: f.roads.filter((r) => r.compound_id === id).length,
});

/** A demo compound with roads and site areas on it, plus a facility placed on it. */
async function compoundWithFacility(): Promise<{ c: Compound; f: Facility }> {
  const { compounds, roads, site_areas } = await h['features.load']({});
  const c = compounds.find(
    (x) => roads.some((r) => r.compound_id === x.id) && site_areas.some((a) => a.compound_id === x.id),
  );
  if (!c) throw new Error('no demo compound with roads and site areas');
  const f = facility(crypto.randomUUID(), c.id, squareAround(c.geometry.coordinates[0]?.[0] ?? [0, 0], 5e-5));
  await h['change.apply']({ change: { ops: [{ op: 'put', table: 'facilities', row: f }], summary: 'place' } });
  return { c, f };
}

describe('compound carry against the backend', () => {
  it('deletes a compound with everything on it in one change; the file keeps it; one undo restores all', async () => {
    const { c } = await compoundWithFacility();
    const before = await h['features.load']({});
    const mine = owned(before, c.id);
    expect(mine.facilities).toBe(1);
    const settings = (await h['project.current']({}))?.settings;
    if (!settings) throw new Error('no project');
    const plan = planDelete(
      [{ table: 'compounds', id: c.id }],
      byId(before.compounds),
      byId(before.buildings),
      deleteSummary,
      {
        packages: byId(before.packages),
        package_members: byId(before.package_members),
        compound_items: byId(before.compound_items),
        facilities: byId(before.facilities),
        site_areas: byId(before.site_areas),
        roads: byId(before.roads),
        leftover_pieces: byId(before.leftover_pieces),
        boundaryOf: boundaryFor(settings),
      },
    );
    if (!plan) throw new Error('no plan');
    expect(plan.carried).toMatchObject({ facilities: 1, site_areas: mine.site_areas, roads: mine.roads });
    await h['change.apply']({ change: plan.change });
    const gone = { buildings: 0, facilities: 0, site_areas: 0, roads: 0 };
    expect(owned(await h['features.load']({}), c.id)).toEqual(gone);
    await h['history.undo']({});
    const restored = await h['features.load']({});
    expect(owned(restored, c.id)).toEqual(mine);
    expect(restored.compounds.length).toBe(before.compounds.length);
    // Redone and reopened from the file: nothing points at the deleted compound.
    await h['history.redo']({});
    await h['project.close']({});
    await h['project.open']({ path });
    const after = await h['features.load']({});
    expect(owned(after, c.id)).toEqual(gone);
    expect(after.compounds.some((x) => x.id === c.id)).toBe(false);
  });

  it('moves a compound with what lies on it in one change; one undo moves all back', async () => {
    const { c, f } = await compoundWithFacility();
    const before = await h['features.load']({});
    const d = 2e-4;
    const moved = {
      ...c,
      geometry: {
        ...c.geometry,
        coordinates: c.geometry.coordinates.map((r) => r.map(([x, y]) => [x + d, y] as [number, number])),
      },
    };
    const ops = [
      { op: 'put' as const, table: 'compounds' as const, row: moved },
      ...carryOps(
        {
          buildings: byId(before.buildings),
          facilities: byId(before.facilities),
          roads: byId(before.roads),
          site_areas: byId(before.site_areas),
          leftover_pieces: byId(before.leftover_pieces),
        },
        { compounds: new Set([c.id]) },
        { op: 'move', dLon: d, dLat: 0 },
      ),
    ];
    await h['change.apply']({ change: { ops, summary: 'move' } });
    const after = await h['features.load']({});
    const fx = (s: FeatureSet) => s.facilities.find((r) => r.id === f.id)?.geometry.coordinates[0]?.[0]?.[0] ?? NaN;
    expect(fx(after) - fx(before)).toBeCloseTo(d, 9);
    const road = before.roads.find((r) => r.compound_id === c.id);
    const rx = (s: FeatureSet) => s.roads.find((r) => r.id === road?.id)?.geometry.coordinates[0]?.[0] ?? NaN;
    expect(rx(after) - rx(before)).toBeCloseTo(d, 9);
    await h['history.undo']({});
    const back = await h['features.load']({});
    expect(fx(back)).toBeCloseTo(fx(before), 12);
    expect(rx(back)).toBeCloseTo(rx(before), 12);
  });
});
