import { describe, expect, it } from 'vitest';
import { suggestQuantities } from '../../../../shared/analysis/suggest';
import type { Building, Pipeline } from '../../../../shared/model/tables';
import { deepFreeze, frame, ORIGIN, rectFromMetres } from '../helpers';

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
  it("sums the lengths of the compound's new pipes per network; existing and abandoned pipes are no work", () => {
    type PipeFacts = Pick<Pipeline, 'compound_id' | 'type' | 'status' | 'geometry'>;
    // A straight run of `m` metres eastwards from ORIGIN, in lon/lat.
    const run = (m: number): Pipeline['geometry'] => ({
      type: 'LineString',
      coordinates: [
        [...frame.toLngLat(ORIGIN as never)] as [number, number],
        [...frame.toLngLat([ORIGIN[0] + m, ORIGIN[1]] as never)] as [number, number],
      ],
    });
    const pipe = (over: Partial<PipeFacts>): PipeFacts => ({
      compound_id: 'c1',
      type: 'water_supply',
      status: 'new',
      geometry: run(100),
      ...over,
    });
    const pipes = deepFreeze([
      pipe({}), // 100 m of new water supply
      pipe({ type: 'reclaimed', geometry: run(20) }), // reclaimed water counts with water supply: +20
      pipe({ type: 'storm', geometry: run(30) }), // storm and sewer are one drainage quantity
      pipe({ type: 'sewer', geometry: run(45) }),
      pipe({ type: 'gas', geometry: run(12) }),
      pipe({ type: 'power', geometry: run(7) }),
      pipe({ type: 'telecom', geometry: run(9) }),
      pipe({ status: 'existing' }), // existing: not a quantity of work
      pipe({ status: 'abandon' }),
      pipe({ compound_id: 'c2' }), // another compound's
    ]);
    const q = suggestQuantities(compound, buildings, frame, settings, pipes);
    expect(q.water_pipe_length).toBeCloseTo(120, 2);
    expect(q.drain_pipe_length).toBeCloseTo(75, 2);
    expect(q.gas_pipe_length).toBeCloseTo(12, 2);
    expect(q.power_cable_length).toBeCloseTo(7, 2);
    expect(q.telecom_line_length).toBeCloseTo(9, 2);
    expect(suggestQuantities(compound, buildings, frame, settings).water_pipe_length).toBe(0);
  });
  it('gives zeros for a compound without buildings', () => {
    const q = suggestQuantities({ ...compound, id: 'none' }, buildings, frame, settings);
    expect([q.roof_area, q.facade_area, q.elevators, q.stair_entrances, q.building_count, q.households]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
  });
});
