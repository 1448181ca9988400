import { describe, expect, it } from 'vitest';
import { planDelete } from '../../../renderer/src/app/deleteSelection';
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
});
