import { describe, expect, it } from 'vitest';
import { planDelete } from '../../../renderer/src/app/deleteSelection';
import type { Package, Pipeline, ReviewOpinion } from '../../../shared/model/tables';
import { B1, B2, B3, building, C1, C2, compound, deepFreeze } from './fixtures';

const compounds = deepFreeze({ [C1]: compound(C1), [C2]: compound(C2, { name: '和平小区' }) });
const buildings = deepFreeze({ [B1]: building(B1, C1), [B2]: building(B2, C1), [B3]: building(B3, C2) });
const summarise = (n: { compounds: number; buildings: number }) => `${n.compounds}/${n.buildings}`;

describe('delete selection', () => {
  it('deleting a compound deletes its buildings, buildings first', () => {
    const plan = planDelete([{ table: 'compounds', id: C1 }], compounds, buildings, summarise);
    expect(plan?.compoundCount).toBe(1);
    expect(plan?.buildingCount).toBe(2);
    expect(plan?.cascadedBuildings).toBe(2);
    expect(plan?.change.summary).toBe('1/2');
    expect(plan?.change.ops).toEqual([
      { op: 'delete', table: 'buildings', id: B1 },
      { op: 'delete', table: 'buildings', id: B2 },
      { op: 'delete', table: 'compounds', id: C1 },
    ]);
  });

  it('deletes selected buildings alone without counting them twice', () => {
    const plan = planDelete(
      [
        { table: 'buildings', id: B3 },
        { table: 'buildings', id: B1 },
        { table: 'compounds', id: C1 },
      ],
      compounds,
      buildings,
      summarise,
    );
    expect(plan?.buildingCount).toBe(3);
    expect(plan?.cascadedBuildings).toBe(1);
    expect(plan?.change.ops.filter((o) => o.table === 'buildings')).toHaveLength(3);
  });

  it('returns nothing for an empty or stale selection', () => {
    expect(planDelete([], compounds, buildings, summarise)).toBeNull();
    expect(
      planDelete([{ table: 'buildings', id: '00000000-0000-4000-8000-0000000000ff' }], compounds, buildings, summarise),
    ).toBeNull();
  });

  it('a package left without compounds goes with its opinion; a selected pipe of it is deleted, not let go', () => {
    const P = '00000000-0000-4000-8000-0000000000a1';
    const pkg = { id: P, name: '甲片区', locked: false } as Package;
    const opinion = { id: '00000000-0000-4000-8000-0000000000b1', package_id: P } as ReviewOpinion;
    const kept = { id: '00000000-0000-4000-8000-0000000000c1', package_id: P } as Pipeline;
    const picked = { id: '00000000-0000-4000-8000-0000000000c2', package_id: P } as Pipeline;
    const plan = planDelete(
      [
        { table: 'compounds', id: C1 },
        { table: 'pipelines', id: picked.id },
      ],
      compounds,
      buildings,
      summarise,
      {
        packages: { [P]: pkg },
        package_members: { m1: { id: 'm1', package_id: P, compound_id: C1 } },
        compound_items: {},
        review_opinions: { [opinion.id]: opinion },
        pipelines: { [kept.id]: kept, [picked.id]: picked },
        boundaryOf: () => ({ type: 'MultiPolygon', coordinates: [] }),
      },
    );
    expect(plan?.emptiedPackages).toEqual([
      { id: P, name: '甲片区', opinions: 1, annotations: 0, pipelines: 2, meetings: 0 },
    ]);
    const ops = plan?.change.ops ?? [];
    expect(ops).toContainEqual({ op: 'delete', table: 'review_opinions', id: opinion.id });
    expect(ops).toContainEqual({ op: 'put', table: 'pipelines', row: { ...kept, package_id: null } });
    expect(ops.filter((o) => o.table === 'pipelines' && (o.op === 'put' ? o.row.id : o.id) === picked.id)).toEqual([
      { op: 'delete', table: 'pipelines', id: picked.id },
    ]);
    // The package goes after the rows that name it (the inverse restores it first).
    const at = (pred: (o: (typeof ops)[number]) => boolean) => ops.findIndex(pred);
    expect(at((o) => o.table === 'packages')).toBeGreaterThan(at((o) => o.table === 'review_opinions'));
  });
});
