import { describe, expect, it } from 'vitest';
import { selectionTotals } from '../../../renderer/src/app/attributes/selectionTotals';
import { B1, B3, building, C1, C2, compound, deepFreeze } from './fixtures';

describe('multi-selection totals', () => {
  const compounds = deepFreeze({ [C1]: compound(C1), [C2]: compound(C2, { households: null, floor_area_m2: 1000 }) });
  const buildings = deepFreeze({ [B1]: building(B1, C1), [B3]: building(B3, C2, { households: 12 }) });
  it('sums entered values without counting a building inside a selected compound twice', () => {
    const totals = selectionTotals(
      [
        { table: 'compounds', id: C1 },
        { table: 'compounds', id: C2 },
        { table: 'buildings', id: B1 },
        { table: 'buildings', id: B3 },
      ],
      compounds,
      buildings,
    );
    expect(totals).toEqual({ compounds: 2, buildings: 2, households: 320, floorAreaM2: 25_000, buildingCount: 16 });
  });
  it('counts buildings of unselected compounds', () => {
    const totals = selectionTotals([{ table: 'buildings', id: B3 }], compounds, buildings);
    expect(totals.households).toBe(12);
  });
});
