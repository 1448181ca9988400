import { describe, expect, it } from 'vitest';
import { diffForChange } from '../../../renderer/src/map/diff';
import { packageCollection } from '../../../renderer/src/map/features';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Package } from '../../../shared/model/tables';

const P = '00000000-0000-4000-8000-000000000101';
const pkg = (patch: Partial<Package> = {}): Package => ({
  id: P,
  name: '甲片区',
  sub_district: '',
  status: 'reserve',
  plan_year: null,
  start_year: null,
  completion_year: null,
  locked: false,
  funding: null,
  notes: '',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [106, 27],
          [106.001, 27],
          [106.001, 27.001],
          [106, 27],
        ],
      ],
    ],
  },
  ...patch,
});

describe('package layer diffs', () => {
  it('adds a put package with its colour and label, removes a deleted one, flags membership changes', () => {
    const put = diffForChange(
      { ops: [{ op: 'put', table: 'packages', row: pkg() }], summary: '' },
      DEFAULT_SETTINGS,
      () => 3,
    );
    expect(put.packages.add[0]?.properties).toMatchObject({ id: P, name: '甲片区', color: 3 });
    expect(put.packageLabels.add[0]?.geometry.type).toBe('Point');
    expect(put.compounds).toEqual({ add: [], remove: [] }); // a package edit never redraws the compounds
    const del = diffForChange({ ops: [{ op: 'delete', table: 'packages', id: P }], summary: '' }, DEFAULT_SETTINGS);
    expect(del.packages.remove).toEqual([P]);
    const member = diffForChange(
      { ops: [{ op: 'delete', table: 'package_members', id: 'm' }], summary: '' },
      DEFAULT_SETTINGS,
    );
    expect(member.membership).toBe(true);
    expect(put.membership).toBe(false);
  });

  it('never hands the map a package without polygons', () => {
    const empty = pkg({ geometry: { type: 'MultiPolygon', coordinates: [] } });
    expect(packageCollection({ [P]: empty }, () => 0).features).toEqual([]);
    const diff = diffForChange({ ops: [{ op: 'put', table: 'packages', row: empty }], summary: '' }, DEFAULT_SETTINGS);
    expect(diff.packages.remove).toEqual([P]);
  });
});
