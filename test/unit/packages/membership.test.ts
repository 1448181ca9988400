import { beforeAll, describe, expect, it } from 'vitest';
import { membersAsMultiPolygon } from '../../../renderer/src/packages/boundary';
import {
  deletePackage,
  editPackage,
  mergePackages,
  splitPackage,
  toggleMember,
} from '../../../renderer/src/packages/membership';
import { registerPackageMessages } from '../../../renderer/src/packages/messages';
import type { PackageRows } from '../../../renderer/src/packages/rows';
import type { Change } from '../../../shared/model/change';
import type { Package, PackageMember, Pipeline, ReviewMeeting, ReviewOpinion } from '../../../shared/model/tables';
import { compound, deepFreeze } from '../app/fixtures';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [C1, C2, C3, C4] = [1, 2, 3, 4].map(id) as [string, string, string, string];
const [PA, PB] = [id(101), id(102)];
const NEW = id(999);
const newId = () => NEW;

const pkg = (pid: string, name: string, patch: Partial<Package> = {}): Package => ({
  id: pid,
  name,
  sub_district: '中华路街道',
  status: 'reserve',
  plan_year: 2026,
  start_year: null,
  completion_year: null,
  locked: false,
  funding: null,
  notes: '',
  geometry: { type: 'MultiPolygon', coordinates: [] },
  ...patch,
});
const member = (n: number, pid: string, cid: string): PackageMember => ({
  id: id(200 + n),
  package_id: pid,
  compound_id: cid,
});

/** A: C1, C2 (中华路街道); B: C3 (延安路街道); C4 in no package. */
function rows(patchA: Partial<Package> = {}, patchB: Partial<Package> = {}): PackageRows {
  return deepFreeze({
    compounds: {
      [C1]: compound(C1, { name: '一号院' }),
      [C2]: compound(C2, { name: '二号院' }),
      [C3]: compound(C3, { name: '三号院', sub_district: '延安路街道' }),
      [C4]: compound(C4, { name: '四号院', sub_district: '延安路街道' }),
    },
    packages: { [PA]: pkg(PA, '甲片区', patchA), [PB]: pkg(PB, '乙片区', { sub_district: '延安路街道', ...patchB }) },
    package_members: Object.fromEntries(
      [member(1, PA, C1), member(2, PA, C2), member(3, PB, C3)].map((m) => [m.id, m]),
    ),
  });
}

/** Applies a change to a copy of the rows, as the backend and the mirror would. */
function apply(r: PackageRows, change: Change): PackageRows {
  const next: Record<string, Record<string, unknown>> = {};
  for (const [name, table] of Object.entries(r)) next[name] = { ...table };
  for (const op of change.ops) {
    next[op.table] ??= {};
    const table = next[op.table] as Record<string, unknown>;
    if (op.op === 'put') table[op.row.id] = op.row;
    else delete table[op.id];
  }
  return next as unknown as PackageRows;
}

const membersOf = (r: PackageRows, pid: string) =>
  Object.values(r.package_members)
    .filter((m) => m.package_id === pid)
    .map((m) => m.compound_id)
    .sort();

function ok(result: ReturnType<typeof toggleMember>): Change {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.change;
}

beforeAll(() => registerPackageMessages());

describe('toggleMember', () => {
  it('adds a free compound to the active package and recomputes its boundary and 街道', () => {
    const r = rows();
    const change = ok(toggleMember(r, PA, C4, membersAsMultiPolygon, newId));
    expect(change.ops).toHaveLength(2);
    expect(change.summary).toBe('将小区“四号院”加入片区“甲片区”');
    const after = apply(r, change);
    expect(membersOf(after, PA)).toEqual([C1, C2, C4].sort());
    expect(after.packages[PA]?.sub_district).toBe(''); // mixed 街道
    expect(after.packages[PA]?.geometry.coordinates).toHaveLength(3);
  });

  it('removes a member when it already is in the active package', () => {
    const r = rows();
    const after = apply(r, ok(toggleMember(r, PA, C2, membersAsMultiPolygon, newId)));
    expect(membersOf(after, PA)).toEqual([C1]);
    expect(after.packages[PA]?.geometry.coordinates).toHaveLength(1);
    expect(after.packages[PA]?.sub_district).toBe('中华路街道');
  });

  it('moves a compound out of its old package, keeping one membership row', () => {
    const r = rows();
    const change = ok(toggleMember(r, PB, C1, membersAsMultiPolygon, newId));
    expect(change.summary).toContain('从片区“甲片区”移入“乙片区”');
    const after = apply(r, change);
    expect(membersOf(after, PB)).toEqual([C1, C3].sort());
    expect(membersOf(after, PA)).toEqual([C2]);
    expect(Object.values(after.package_members).filter((m) => m.compound_id === C1)).toHaveLength(1);
  });

  it('deletes a package emptied by the edit, after its member ops', () => {
    const r = rows();
    const change = ok(toggleMember(r, PA, C3, membersAsMultiPolygon, newId));
    const after = apply(r, change);
    expect(after.packages[PB]).toBeUndefined();
    expect(change.ops.at(-1)).toEqual({ op: 'delete', table: 'packages', id: PB });
    // Removing the last member of the active package deletes it too.
    const single = apply(r, ok(toggleMember(r, PB, C3, membersAsMultiPolygon, newId)));
    expect(single.packages[PB]).toBeUndefined();
    expect(membersOf(single, PB)).toEqual([]);
  });

  it('refuses edits touching a locked package, and clicks without an active package', () => {
    expect(toggleMember(rows({ locked: true }), PA, C4, membersAsMultiPolygon, newId)).toMatchObject({
      ok: false,
      reason: 'locked',
      params: { name: '甲片区' },
    });
    // Moving a compound out of a locked package is refused as well.
    expect(toggleMember(rows({ locked: true }), PB, C1, membersAsMultiPolygon, newId)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(toggleMember(rows(), null, C4, membersAsMultiPolygon, newId)).toMatchObject({
      ok: false,
      reason: 'noPackage',
    });
  });
});

describe('merge, split, delete, edit', () => {
  it('merges: the kept package keeps its name and takes every member; the other is deleted', () => {
    const r = rows();
    const result = mergePackages(r, PA, PB, membersAsMultiPolygon);
    const after = apply(r, ok(result));
    expect(after.packages[PA]?.name).toBe('甲片区');
    expect(after.packages[PB]).toBeUndefined();
    expect(membersOf(after, PA)).toEqual([C1, C2, C3].sort());
    expect(mergePackages(r, PA, PA, membersAsMultiPolygon)).toMatchObject({ ok: false, reason: 'samePackage' });
    expect(mergePackages(rows({}, { locked: true }), PA, PB, membersAsMultiPolygon)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });

  it('splits the chosen members into a new unlocked package', () => {
    const r = rows({ status: 'new_start' });
    const after = apply(r, ok(splitPackage(r, PA, [C2, C4], membersAsMultiPolygon, newId)));
    expect(membersOf(after, PA)).toEqual([C1]);
    expect(membersOf(after, NEW)).toEqual([C2]);
    expect(after.packages[NEW]).toMatchObject({ name: '甲片区-拆分', status: 'new_start', locked: false });
    expect(splitPackage(r, PA, [C1, C2], membersAsMultiPolygon, newId)).toMatchObject({ reason: 'splitAll' });
    expect(splitPackage(r, PA, [C3], membersAsMultiPolygon, newId)).toMatchObject({ reason: 'splitNone' });
  });

  it('deletes a package and frees its compounds; locked packages refuse', () => {
    const r = rows();
    const change = ok(deletePackage(r, PA));
    const after = apply(r, change);
    expect(after.packages[PA]).toBeUndefined();
    expect(membersOf(after, PA)).toEqual([]);
    expect(change.ops.at(-1)).toEqual({ op: 'delete', table: 'packages', id: PA });
    expect(deletePackage(rows({ locked: true }), PA)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('a deleted package takes its review records along; a merged one hands them over', () => {
    const opinion = (n: number, pid: string) =>
      ({ id: id(300 + n), package_id: pid, department: '消防' }) as unknown as ReviewOpinion;
    const meeting = { id: id(400), agenda: [PB, PA] } as unknown as ReviewMeeting;
    const pipe = { id: id(500), package_id: PB } as unknown as Pipeline;
    const r: PackageRows = {
      ...rows(),
      review_opinions: { [id(301)]: opinion(1, PA), [id(302)]: opinion(2, PB) },
      pipelines: { [pipe.id]: pipe },
      review_meetings: { [meeting.id]: meeting },
    };
    // Delete B: its opinion goes, the pipe and the agenda let go of it, all before the package itself.
    const deleted = ok(deletePackage(r, PB));
    const afterDelete = apply(r, deleted);
    expect(Object.keys(afterDelete.review_opinions ?? {})).toEqual([id(301)]);
    expect(afterDelete.pipelines?.[pipe.id]?.package_id).toBeNull();
    expect(afterDelete.review_meetings?.[meeting.id]?.agenda).toEqual([PA]);
    expect(deleted.ops.at(-1)).toEqual({ op: 'delete', table: 'packages', id: PB });
    // Merge B into A: A takes B's opinion and pipe, and B's place on the agenda is A's (once).
    const afterMerge = apply(r, ok(mergePackages(r, PA, PB, membersAsMultiPolygon)));
    expect(Object.values(afterMerge.review_opinions ?? {}).map((o) => o.package_id)).toEqual([PA, PA]);
    expect(afterMerge.pipelines?.[pipe.id]?.package_id).toBe(PA);
    expect(afterMerge.review_meetings?.[meeting.id]?.agenda).toEqual([PA]);
  });

  it('edits fields in one put and names lock changes', () => {
    const p = rows().packages[PA] as Package;
    expect(editPackage(p, { locked: true }, '锁定').summary).toBe('锁定片区“甲片区”');
    const rename = editPackage(p, { name: '新名' }, '名称');
    expect(rename.ops).toEqual([{ op: 'put', table: 'packages', row: { ...p, name: '新名' } }]);
    expect(rename.summary).toBe('修改片区“甲片区”的名称');
  });
});
