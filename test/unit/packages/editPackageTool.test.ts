// The package-edit tool driven like the map drives it (fake projection, plain rows; see test/unit/map/fakeHost).
import { beforeAll, describe, expect, it } from 'vitest';
import { createEditPackageTool } from '../../../renderer/src/map/tools/editPackage';
import { membersAsMultiPolygon } from '../../../renderer/src/packages/boundary';
import { registerPackageMessages } from '../../../renderer/src/packages/messages';
import type { PackageRows } from '../../../renderer/src/packages/rows';
import type { Package, PackageMember } from '../../../shared/model/tables';
import { compound, fakeHost, pointerAt, rectPx, settle, uuid } from '../map/fakeHost';

beforeAll(() => registerPackageMessages());

const pkg = (id: string, name: string, locked = false): Package => ({
  id,
  name,
  sub_district: '',
  status: 'reserve',
  plan_year: null,
  start_year: null,
  completion_year: null,
  locked,
  funding: null,
  notes: '',
  geometry: membersAsMultiPolygon([]),
});

function setup(lockedB = false) {
  const c1 = compound(rectPx(0, 0, 100, 100), { name: '一号院' });
  const c2 = compound(rectPx(200, 0, 300, 100), { name: '二号院' });
  const host = fakeHost([c1, c2]);
  const [A, B] = [uuid(), uuid()];
  const members: PackageMember[] = [
    { id: uuid(), package_id: A, compound_id: c1.id },
    { id: uuid(), package_id: B, compound_id: c2.id },
  ];
  let active: string | null = null;
  const rows = (): PackageRows => ({
    compounds: host.rows().compounds,
    packages: {
      [A]: { ...pkg(A, '甲'), geometry: membersAsMultiPolygon([c1]) },
      [B]: { ...pkg(B, '乙', lockedB), geometry: membersAsMultiPolygon([c2]) },
    },
    package_members: Object.fromEntries(members.map((m) => [m.id, m])),
  });
  host.packages = {
    rows,
    activeId: () => active,
    setActive: (id) => (active = id),
    boundaryOf: () => membersAsMultiPolygon,
  };
  return { host, tool: createEditPackageTool(host), A, B, c1, active: () => active };
}

describe('package-edit tool', () => {
  it('first click chooses the package of the compound, the next click moves a compound into it', async () => {
    const s = setup();
    s.tool.click?.(pointerAt(250, 50)); // a compound of B, none active
    expect(s.active()).toBe(s.B);
    expect(s.host.commits).toHaveLength(0);
    s.tool.click?.(pointerAt(50, 50)); // a compound of A → moves to B, in one change
    await settle();
    expect(s.host.commits).toHaveLength(1);
    const ops = s.host.commits[0]?.ops ?? [];
    expect(ops.some((o) => o.op === 'put' && o.table === 'package_members' && o.row.package_id === s.B)).toBe(true);
    expect(ops.some((o) => o.op === 'delete' && o.table === 'packages' && o.id === s.A)).toBe(true); // A emptied
  });

  it('refuses to edit a locked package with a message and commits nothing', async () => {
    const s = setup(true);
    s.tool.click?.(pointerAt(250, 50));
    s.tool.click?.(pointerAt(50, 50));
    await settle();
    expect(s.host.commits).toHaveLength(0);
    expect(s.host.errors).toEqual(['片区“乙”已锁定，不能修改。']);
  });
});
