// The compound table's join, filter and sort helpers over plain (frozen) rows.
import { describe, expect, it } from 'vitest';
import {
  buildCompoundRows,
  type CompoundRow,
  compareRows,
  distinctValues,
  EMPTY_FILTER,
  filterRows,
} from '../../../renderer/src/tables/compoundRows';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Package, PackageMember } from '../../../shared/model/tables';
import { C1, C2, compound, deepFreeze } from '../app/fixtures';

const C3 = '00000000-0000-4000-8000-000000000003';
const P1 = '00000000-0000-4000-8000-0000000000a1';

const compounds = deepFreeze({
  [C1]: compound(C1, { name: '幸福里', build_year: 1990, households: 300 }),
  [C2]: compound(C2, { name: '新华苑', build_year: 2008, sub_district: '北门街道', community: '北门社区' }),
  [C3]: compound(C3, { name: '安居小区', build_year: null, households: null, condition_notes: '屋面漏水' }),
});
const pkg = { id: P1, name: '中华路街道-1' } as Package;
const packages = deepFreeze({ [P1]: pkg });
const members: Record<string, PackageMember> = deepFreeze({
  m1: { id: 'm1', package_id: P1, compound_id: C1 },
});

const rows = (): CompoundRow[] =>
  buildCompoundRows(compounds, packages, members, DEFAULT_SETTINGS, {
    priority: (c) => (c.build_year === null ? null : 2000 - c.build_year),
    estimate: (c) => (c.id === C1 ? 1_000_000 : 0),
  });

describe('compound table rows', () => {
  it('joins eligibility, package name, priority and estimate', () => {
    const byId = new Map(rows().map((r) => [r.id, r]));
    expect(byId.get(C1)).toMatchObject({
      eligibility: 'eligible',
      packageId: P1,
      packageName: '中华路街道-1',
      priority: 10,
    });
    expect(byId.get(C2)).toMatchObject({ eligibility: 'tooNew', packageId: null, packageName: '' });
    expect(byId.get(C3)).toMatchObject({ eligibility: 'unknownYear', priority: null });
  });

  it('filters by text (name, notes, package), eligibility, 街道, 社区 and package', () => {
    const ids = (f: Partial<typeof EMPTY_FILTER>) =>
      filterRows(rows(), { ...EMPTY_FILTER, ...f })
        .map((r) => r.id)
        .sort();
    expect(ids({})).toHaveLength(3);
    expect(ids({ text: '新华' })).toEqual([C2]);
    expect(ids({ text: '漏水' })).toEqual([C3]);
    expect(ids({ text: '中华路街道-1' })).toEqual([C1]);
    expect(ids({ eligibility: 'tooNew' })).toEqual([C2]);
    expect(ids({ subDistrict: '北门街道' })).toEqual([C2]);
    expect(ids({ community: '东门社区' })).toEqual([C1, C3].sort());
    expect(ids({ packageId: P1 })).toEqual([C1]);
    expect(ids({ packageId: 'none' })).toEqual([C2, C3].sort());
    expect(ids({ packageId: 'none', eligibility: 'eligible' })).toEqual([]);
  });

  it('sorts numbers and Chinese text ascending, not-surveyed values last', () => {
    const byYear = [...rows()].sort(compareRows('build_year')).map((r) => r.compound.build_year);
    expect(byYear).toEqual([1990, 2008, null]);
    const byHouseholds = [...rows()].sort(compareRows('households')).map((r) => r.id);
    expect(byHouseholds[2]).toBe(C3);
    const byName = [...rows()].sort(compareRows('name')).map((r) => r.compound.name);
    expect(byName).toEqual(['安居小区', '新华苑', '幸福里']);
    const byEstimate = [...rows()].sort(compareRows('estimate')).map((r) => r.id);
    expect(byEstimate[2]).toBe(C1);
  });

  it('lists distinct 街道 for the filter menu', () => {
    expect(distinctValues(rows(), (c) => c.sub_district)).toEqual(
      ['北门街道', '中华路街道'].sort((a, b) => a.localeCompare(b, 'zh')),
    );
  });
});
