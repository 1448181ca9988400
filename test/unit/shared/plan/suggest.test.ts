import { describe, expect, it } from 'vitest';
import { suggestQuantities } from '../../../../shared/analysis/suggest';
import type { Building } from '../../../../shared/model/tables';
import { deepFreeze, frame, rectFromMetres } from '../helpers';

type Facts = Pick<
  Building,
  'compound_id' | 'floors' | 'height_m' | 'use' | 'entrances' | 'households' | 'has_elevator' | 'geometry'
>;
const b = (over: Partial<Facts> & Pick<Facts, 'geometry'>): Facts => ({
  compound_id: 'c1',
  floors: 6,
  height_m: null,
  use: 'residential',
  entrances: 1,
  households: null,
  has_elevator: false,
  ...over,
});

describe('suggestQuantities', () => {
  const compound = deepFreeze({ id: 'c1', households: null, geometry: rectFromMetres(0, 0, 200, 100) });
  const buildings = deepFreeze([
    // 50 × 12 m: 600 m², perimeter 124 m, 6 floors × 3 m = 18 m → façade 2232 m²; 3 entrances without a lift.
    b({ geometry: rectFromMetres(10, 10, 60, 22), entrances: 3, households: 36 }),
    // 20 × 20 m tower with a lift, surveyed 55 m high → façade 80 × 55 = 4400 m².
    b({ geometry: rectFromMetres(100, 50, 120, 70), floors: 18, height_m: 55, entrances: 2, has_elevator: true }),
    // 3 floors: below the lift threshold; 10 × 10 m → façade 40 × 9 = 360 m².
    b({ geometry: rectFromMetres(150, 10, 160, 20), floors: 3, households: 10 }),
    // 5-floor public building without a lift: not residential, no lift suggested; façade 80 × 15 = 1200 m².
    b({ geometry: rectFromMetres(150, 60, 170, 80), floors: 5, use: 'public' }),
    // Another compound's building is ignored.
    b({ geometry: rectFromMetres(300, 0, 340, 12), compound_id: 'c2', entrances: 4 }),
  ]);
  const settings = deepFreeze({ storey_height_m: 3 });

  it('derives every quantity from footprints, floors and entrances (hand-computed)', () => {
    const q = suggestQuantities(compound, buildings, frame, settings);
    expect(q.roof_area).toBeCloseTo(1500, 4);
    expect(q.facade_area).toBeCloseTo(2232 + 4400 + 360 + 1200, 3);
    expect(q.elevators).toBe(3);
    expect(q.stair_entrances).toBe(7);
    expect(q.building_count).toBe(4);
    expect(q.households).toBe(46);
    expect(q.site_area).toBeCloseTo(20_000, 3);
    expect(q.boundary_length).toBeCloseTo(600, 4);
  });
  it("prefers the compound's surveyed households and follows the storey height", () => {
    const surveyed = deepFreeze({ ...compound, households: 50 });
    const q = suggestQuantities(surveyed, buildings, frame, deepFreeze({ storey_height_m: 2.8 }));
    expect(q.households).toBe(50);
    expect(q.facade_area).toBeCloseTo(124 * 16.8 + 4400 + 40 * 8.4 + 80 * 14, 3);
  });
  it('gives zeros for a compound without buildings', () => {
    const q = suggestQuantities({ ...compound, id: 'none' }, buildings, frame, settings);
    expect([q.roof_area, q.facade_area, q.elevators, q.stair_entrances, q.building_count, q.households]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });
});
