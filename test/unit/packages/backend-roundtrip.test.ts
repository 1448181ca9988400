// The package edits as the UI builds them, applied by the real backend to a real project file: rows pass the
// backend's validation (boundaries from packageBoundary), the file holds the result, and undo restores it.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { planDelete } from '../../../renderer/src/app/deleteSelection';
import { boundaryFor } from '../../../renderer/src/packages/boundary';
import { mergePackages, splitPackage, toggleMember } from '../../../renderer/src/packages/membership';
import { registerPackageMessages } from '../../../renderer/src/packages/messages';
import type { PackageRows } from '../../../renderer/src/packages/rows';
import type { FeatureSet, Handlers } from '../../../shared/api';
import type { Change } from '../../../shared/model/change';
import { tempDir } from '../backend/helpers';

let backend: Backend;
let h: Handlers;

beforeAll(() => registerPackageMessages());
beforeEach(async () => {
  backend = createBackend({ homeDir: tempDir(), emit: () => undefined });
  h = backend.handlers;
  await h['project.openDemo']({});
  const bundled = await h['packages.bundle']({
    options: { distance_m: 150, same: 'sub_district', only_eligible: false, max_compounds: null, max_households: null },
    dryRun: false,
  });
  expect(bundled.packages.length).toBeGreaterThanOrEqual(2);
});
afterEach(() => backend.dispose());

const byId = <T extends { id: string }>(rows: T[]): Record<string, T> => Object.fromEntries(rows.map((r) => [r.id, r]));
async function rows(): Promise<PackageRows & { features: FeatureSet }> {
  const features = await h['features.load']({});
  return {
    features,
    compounds: byId(features.compounds),
    packages: byId(features.packages),
    package_members: byId(features.package_members),
  };
}
const packageOf = (r: PackageRows, compoundId: string) =>
  Object.values(r.package_members).find((m) => m.compound_id === compoundId)?.package_id;
const settings = async () => (await h['project.current']({}))?.settings;
const boundary = async () => {
  const s = await settings();
  if (!s) throw new Error('no project');
  return boundaryFor(s);
};
const must = (r: { ok: true; change: Change } | { ok: false; reason: string }): Change => {
  if (!r.ok) throw new Error(r.reason);
  return r.change;
};

describe('package edits against the backend', () => {
  it('moves a compound between packages in one undoable change', async () => {
    const before = await rows();
    const [a, b] = Object.values(before.packages).filter((p) => !p.locked);
    if (!a || !b) throw new Error('need two packages');
    const moving = Object.values(before.package_members).find((m) => m.package_id === a.id)?.compound_id as string;
    const change = must(toggleMember(before, b.id, moving, await boundary(), () => crypto.randomUUID()));
    await h['change.apply']({ change });
    const after = await rows();
    expect(packageOf(after, moving)).toBe(b.id);
    expect(after.packages[b.id]?.geometry.coordinates.length).toBeGreaterThan(0);
    await h['history.undo']({});
    const undone = await rows();
    expect(packageOf(undone, moving)).toBe(a.id);
    expect(undone.features.packages).toEqual(before.features.packages);
    expect(undone.features.package_members.length).toBe(before.features.package_members.length);
  });

  it('merges and splits packages; deleting a member compound updates its package', async () => {
    const r0 = await rows();
    const [a, b] = Object.values(r0.packages);
    if (!a || !b) throw new Error('need two packages');
    await h['change.apply']({ change: must(mergePackages(r0, a.id, b.id, await boundary())) });
    const r1 = await rows();
    expect(r1.packages[b.id]).toBeUndefined();
    const merged = Object.values(r1.package_members).filter((m) => m.package_id === a.id);
    const first = merged[0]?.compound_id as string;
    const split = must(splitPackage(r1, a.id, [first], await boundary(), () => crypto.randomUUID()));
    await h['change.apply']({ change: split });
    const r2 = await rows();
    expect(packageOf(r2, first)).not.toBe(a.id);
    // Deleting the split-off compound empties and deletes its new package, and its membership goes with it.
    const lonePackage = packageOf(r2, first) as string;
    const plan = planDelete([{ table: 'compounds', id: first }], r2.compounds, byId(r2.features.buildings), () => 'x', {
      packages: r2.packages,
      package_members: r2.package_members,
      compound_items: byId(r2.features.compound_items),
      boundaryOf: await boundary(),
    });
    if (!plan) throw new Error('no plan');
    await h['change.apply']({ change: plan.change });
    const r3 = await rows();
    expect(r3.packages[lonePackage]).toBeUndefined();
    expect(packageOf(r3, first)).toBeUndefined();
    expect(r3.features.compound_items.filter((l) => l.compound_id === first)).toEqual([]);
    await h['history.undo']({});
    const r4 = await rows();
    expect(packageOf(r4, first)).toBe(lonePackage);
  });
});
