// Pipeline/tree field edits (validation in Chinese by default), the map features and per-change diffs of pipes.
import { describe, expect, it } from 'vitest';
import { editPipelineField, editTreeField } from '../../../renderer/src/app/attributes/pipeFields';
import { planDelete } from '../../../renderer/src/app/deleteSelection';
import { diffForChange } from '../../../renderer/src/map/diff';
import { conflictCollection, crownPxAtReference, pipelineFeature } from '../../../renderer/src/map/pipeFeatures';
import type { PipeConflict } from '../../../shared/model/pipelines';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { pipeline, tree } from './fakeHost';

describe('pipeline field edits', () => {
  it('sets the diameter, refuses a negative one with a Chinese message, and skips an unchanged value', () => {
    const p = pipeline([
      [0, 0],
      [10, 0],
    ]);
    const ok = editPipelineField(p, 'diameter_mm', 300);
    expect(ok.kind === 'ok' && ok.row.diameter_mm).toBe(300);
    const bad = editPipelineField(p, 'diameter_mm', -5);
    expect(bad.kind).toBe('invalid');
    expect(bad.kind === 'invalid' && bad.message).toMatch(/请输入/);
    expect(editPipelineField(p, 'diameter_mm', 200).kind).toBe('unchanged');
    expect(editPipelineField(p, 'depth_start_m', null).kind).toBe('invalid');
  });

  it('changing the type sets gas pressure or laying and clears them otherwise', () => {
    const p = pipeline([
      [0, 0],
      [10, 0],
    ]);
    const gas = editPipelineField(p, 'type', 'gas');
    if (gas.kind !== 'ok') throw new Error('expected ok');
    expect(gas.row).toMatchObject({ type: 'gas', gas_pressure: 'low', laying: null });
    const power = editPipelineField(gas.row, 'type', 'power');
    if (power.kind !== 'ok') throw new Error('expected ok');
    expect(power.row).toMatchObject({ type: 'power', gas_pressure: null, laying: 'direct_buried' });
    expect(p.type).toBe('water_supply'); // not mutated
  });

  it('tree crown radius is bounded to 0–30 m', () => {
    const t = tree(0, 0);
    expect(editTreeField(t, 'crown_radius_m', 31).kind).toBe('invalid');
    const ok = editTreeField(t, 'species', '国槐');
    expect(ok.kind === 'ok' && ok.row.species).toBe('国槐');
  });
});

describe('pipes on the map', () => {
  it('labels a pipe with its code, type and DN, and classes its width by diameter', () => {
    const p = pipeline(
      [
        [0, 0],
        [10, 0],
      ],
      { code: 'JS-3', diameter_mm: 600, status: 'abandon' },
    );
    const f = pipelineFeature(p);
    expect(f.properties).toMatchObject({
      label: 'JS-3 给水 DN600',
      widthClass: 2,
      status: 'abandon',
      type: 'water_supply',
    });
  });

  it('a tree of 3 m crown at the equator is 3 / (78271.517 / 2^22) px at zoom 22', () => {
    expect(crownPxAtReference(3, 0)).toBeCloseTo(3 / (78271.517 / 2 ** 22), 6);
    expect(crownPxAtReference(3, 60)).toBeCloseTo(2 * crownPxAtReference(3, 0), 6);
  });

  it('diffs pipeline and tree puts and deletes', () => {
    const p = pipeline([
      [0, 0],
      [10, 0],
    ]);
    const t = tree(5, 5);
    const diff = diffForChange(
      {
        ops: [
          { op: 'put', table: 'pipelines', row: p },
          { op: 'delete', table: 'trees', id: t.id },
        ],
        summary: '',
      },
      DEFAULT_SETTINGS,
    );
    expect(diff.pipelines.add.map((f) => f.id)).toEqual([p.id]);
    expect(diff.trees.remove).toEqual([t.id]);
  });

  it('conflict markers hide accepted ones unless asked, and flag the focused one', () => {
    const base: PipeConflict = {
      key: 'k1',
      rule: 'horizontal_pipe',
      a: { table: 'pipelines', id: 'a', code: '', type: 'gas' },
      b: null,
      measured_m: 0.2,
      required_m: 0.5,
      length_m: null,
      standard: 'GB 50289-2016',
      clause: '表4.1.9',
      confidence: 'C',
      location: [106.2, 27.4],
      compound_id: null,
      package_id: null,
    };
    const accepted = { ...base, key: 'k2', review: { accepted: true, note: '', reviewed_at: '' } };
    const view = { conflicts: [{ ...base, review: null }, accepted], focusedKey: 'k1', showAccepted: false };
    expect(conflictCollection(view).features.map((f) => [f.id, f.properties.focused])).toEqual([['k1', true]]);
    expect(conflictCollection({ ...view, showAccepted: true }).features).toHaveLength(2);
  });

  it('delete builds delete ops for selected pipes and trees', () => {
    const p = pipeline([
      [0, 0],
      [10, 0],
    ]);
    const t = tree(5, 5);
    const plan = planDelete(
      [
        { table: 'pipelines', id: p.id },
        { table: 'trees', id: t.id },
      ],
      {},
      {},
      () => 'x',
    );
    expect(plan?.change.ops).toEqual([
      { op: 'delete', table: 'pipelines', id: p.id },
      { op: 'delete', table: 'trees', id: t.id },
    ]);
  });
});
