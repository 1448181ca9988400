import { describe, expect, test } from 'vitest';
import { bundleChange, clusterCompounds, packageBoundary, planBundle } from '../../../shared/analysis/bundle/index';
import { DEFAULT_BUNDLE_OPTIONS } from '../../../shared/model/bundle';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Compound, Package, PackageMember } from '../../../shared/model/tables';
import { deepFreeze, frame, rectFromMetres } from '../shared/helpers';

// From clusters to rows and one Change: names per 街道 skipping locked names, deletes before puts, options in
// settings, a deterministic cluster order whatever the input order, and packages that survive a re-bundle keep
// their identity (inherit.ts).

const compound = (id: string, x: number, sub_district = '东街道'): Compound => ({
  id,
  name: id,
  sub_district,
  community: '一社区',
  build_year: 1990,
  households: 100,
  building_count: null,
  floor_area_m2: null,
  property_type: null,
  management_mode: null,
  consent_ratio: 0.9,
  excluded: false,
  excluded_reason: '',
  code: '',
  condition_notes: '',
  geometry: rectFromMetres(x, 0, x + 100, 100),
});

const pkg = (id: string, name: string, locked: boolean): Package => ({
  id,
  name,
  sub_district: '东街道',
  status: 'reserve',
  plan_year: null,
  start_year: null,
  completion_year: null,
  locked,
  funding: null,
  notes: '',
  geometry: packageBoundary([rectFromMetres(0, 0, 100, 100)], 150, frame),
});

const settings = { ...DEFAULT_SETTINGS, metric_epsg: 4544 };
const counter = (): (() => string) => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('bundleChange', () => {
  const compounds = [compound('a', 0), compound('b', 150), compound('c', 1000), compound('d', 1150, '西街道')];
  const packages = [pkg('locked', '东街道1号片区', true), pkg('old', '东街道7号片区', false)];
  const members: PackageMember[] = [
    { id: 'm1', package_id: 'locked', compound_id: 'a' },
    { id: 'm2', package_id: 'old', compound_id: 'b' },
    { id: 'm3', package_id: 'gone', compound_id: 'c' }, // orphan: its package no longer exists
  ];
  const input = deepFreeze({ compounds, packages, package_members: members, settings });

  test('deletes unlocked members first, then puts packages (the surviving one under its id) and the options', () => {
    const clusters = clusterCompounds(input, DEFAULT_BUNDLE_OPTIONS, frame);
    expect(clusters).toEqual([['b'], ['c'], ['d']]); // a is locked; c and d are in different 街道
    const change = bundleChange(input, clusters, DEFAULT_BUNDLE_OPTIONS, counter());
    expect(change.summary).toBe('自动打包（3 个片区）');
    const kinds = change.ops.map((op) => `${op.op} ${op.table}`);
    expect(kinds.slice(0, 3)).toEqual(['delete package_members', 'delete package_members', 'put packages']);
    expect(change.ops.slice(0, 2)).toMatchObject([{ id: 'm2' }, { id: 'm3' }]);
    // ['b'] is all of 'old': it carries on as 'old' (same id and name); no package is deleted.
    expect(change.ops.some((op) => op.op === 'delete' && op.table === 'packages')).toBe(false);
    const puts = change.ops.flatMap((op) => (op.op === 'put' && op.table === 'packages' ? [op.row] : []));
    expect(puts.map((p) => p.id)).toEqual(['old', 'id-2', 'id-4']);
    // New names skip 1 (the locked package's) and 7 (the surviving one's).
    expect(puts.map((p) => p.name)).toEqual(['东街道7号片区', '东街道2号片区', '西街道1号片区']);
    const settingIds = change.ops.flatMap((op) => (op.op === 'put' && op.table === 'settings' ? [op.row.id] : []));
    expect(settingIds.sort()).toEqual([
      'bundle_distance_m',
      'bundle_max_compounds',
      'bundle_max_households',
      'bundle_only_eligible',
      'bundle_same',
    ]);
    expect(change.ops.some((op) => op.op === 'delete' && op.id === 'locked')).toBe(false);
  });

  test('new packages: reserve, unlocked, no years, members as listed', () => {
    const plan = planBundle(input, [['c', 'd']], { distance_m: 150 }, counter());
    expect(plan.packages).toHaveLength(1);
    expect(plan.packages[0]).toMatchObject({
      id: 'id-1',
      status: 'reserve',
      locked: false,
      plan_year: null,
      start_year: null,
      completion_year: null,
      funding: null,
      notes: '',
    });
    expect(plan.members).toEqual([
      { id: 'id-2', package_id: 'id-1', compound_id: 'c' },
      { id: 'id-3', package_id: 'id-1', compound_id: 'd' },
    ]);
  });

  test('a re-bundle keeps what the designer gave a surviving package; a split lives on in its larger half', () => {
    const row = ['p', 'q', 'r', 's', 't', 'u'].map((id, i) => compound(id, i * 150));
    const given = {
      ...pkg('big', '东街道3号片区', false),
      status: 'new_start' as const,
      plan_year: 2027,
      notes: '先行启动',
    };
    const other = pkg('small', '东街道4号片区', false);
    const base = deepFreeze({
      compounds: row,
      packages: [given, other],
      package_members: [
        ...['p', 'q', 'r', 's'].map((c, i) => ({ id: `b${i}`, package_id: 'big', compound_id: c })),
        ...['t', 'u'].map((c, i) => ({ id: `s${i}`, package_id: 'small', compound_id: c })),
      ],
      settings,
    });
    // 'big' split 3 + 1; 'small' merged with the 1: the 3 carry 'big' on, the merged cluster carries 'small' on.
    const plan = planBundle(
      base,
      [
        ['p', 'q', 'r'],
        ['s', 't', 'u'],
      ],
      { distance_m: 150 },
      counter(),
    );
    expect(plan.packages.map((p) => [p.id, p.name])).toEqual([
      ['big', '东街道3号片区'],
      ['small', '东街道4号片区'],
    ]);
    expect(plan.packages[0]).toMatchObject({ status: 'new_start', plan_year: 2027, notes: '先行启动' });
    // Halves do not carry on: 2 of 'big''s 4 is not more than half.
    const halves = planBundle(base, [['p', 'q'], ['r', 's'], ['t'], ['u']], { distance_m: 150 }, counter());
    expect(halves.packages.map((p) => p.id)).toEqual(['id-1', 'id-4', 'id-7', 'id-9']);
    // Merging both: the cluster carries on the package it shares more with.
    const merged = planBundle(base, [['p', 'q', 'r', 's', 't', 'u']], { distance_m: 150 }, counter());
    expect(merged.packages.map((p) => p.id)).toEqual(['big']);
  });

  test('cluster order is west to east whatever the input order; members sorted by id', () => {
    const row = ['e', 'f', 'g', 'h'].map((id, i) => compound(id, i * 400));
    const base = { packages: [], package_members: [], settings };
    const forward = clusterCompounds({ ...base, compounds: row }, DEFAULT_BUNDLE_OPTIONS, frame);
    const backward = clusterCompounds({ ...base, compounds: [...row].reverse() }, DEFAULT_BUNDLE_OPTIONS, frame);
    expect(forward).toEqual([['e'], ['f'], ['g'], ['h']]);
    expect(backward).toEqual(forward);
  });
});
