import type { MetricFrame } from '../geo/crs';
import { lineLengthM, polygonAreaM2 } from '../geo/measure';
import type { PipeType } from '../model/pipelines';
import type { ProjectSettings } from '../model/settings';
import type { Building, Compound, Pipeline } from '../model/tables';
import type { QuantityRuleId } from '../standards/quantity-rules';

// Quantities that follow from a compound's geometry and its buildings (issue 3 §4), keyed by the catalog's
// quantity_rule. The designer may override any of them per line; estimate.ts falls back to these when a line has
// no entered quantity. Only buildings whose compound_id is this compound count.
// Pipeline lengths per network count the compound's NEW routes (status 'new', compound_id this compound): they are
// what the renovation builds; existing and to-be-abandoned pipes are not quantities of work.
// A later issue adds road_area (Σ road polygons clipped to the compound) — see PENDING_QUANTITY_RULE_IDS.

export type SuggestedQuantities = Record<QuantityRuleId, number>;

type BuildingFacts = Pick<
  Building,
  'compound_id' | 'floors' | 'height_m' | 'use' | 'entrances' | 'households' | 'has_elevator' | 'geometry'
>;

type PipeFacts = Pick<Pipeline, 'compound_id' | 'type' | 'status' | 'geometry'>;

/** Which pipe types each length rule sums (雨污 together as drainage; 再生水 with water supply). */
const PIPE_RULES: Record<
  PipeType,
  'drain_pipe_length' | 'water_pipe_length' | 'gas_pipe_length' | 'power_cable_length' | 'telecom_line_length' | null
> = {
  storm: 'drain_pipe_length',
  sewer: 'drain_pipe_length',
  water_supply: 'water_pipe_length',
  reclaimed: 'water_pipe_length',
  gas: 'gas_pipe_length',
  heating: null,
  power: 'power_cable_length',
  telecom: 'telecom_line_length',
  utility_trench: null,
};

/** Floors from which a residential building without a lift qualifies for one (加装电梯: 4 floors and up). */
export const ELEVATOR_MIN_FLOORS = 4;

/**
 * Suggested quantities of one compound. Façade = Σ exterior perimeter × height (surveyed height_m where entered,
 * else floors × storey height); elevators = one per stair entrance of residential buildings with ≥ 4 floors and no
 * lift; households = the compound's surveyed figure where entered, else Σ its buildings' surveyed households.
 * @example suggestQuantities(compound, [{ floors: 6, entrances: 3, has_elevator: false, use: 'residential', … }],
 *   frame, { storey_height_m: 3 }).elevators // → 3
 */
export function suggestQuantities(
  compound: Pick<Compound, 'id' | 'households' | 'geometry'>,
  buildings: readonly BuildingFacts[],
  frame: MetricFrame,
  settings: Pick<ProjectSettings, 'storey_height_m'>,
  pipelines: readonly PipeFacts[] = [],
): SuggestedQuantities {
  const lengths = {
    drain_pipe_length: 0,
    water_pipe_length: 0,
    gas_pipe_length: 0,
    power_cable_length: 0,
    telecom_line_length: 0,
  };
  for (const p of pipelines) {
    const rule = PIPE_RULES[p.type];
    if (rule && p.status === 'new' && p.compound_id === compound.id)
      lengths[rule] += lineLengthM(p.geometry.coordinates, frame);
  }
  let roof = 0;
  let facade = 0;
  let elevators = 0;
  let households = 0;
  let entrances = 0;
  let count = 0;
  for (const b of buildings) {
    if (b.compound_id !== compound.id) continue;
    count++;
    roof += polygonAreaM2(b.geometry, frame);
    const height = b.height_m ?? b.floors * settings.storey_height_m;
    facade += lineLengthM(b.geometry.coordinates[0] ?? [], frame) * height;
    entrances += b.entrances;
    households += b.households ?? 0;
    if (b.use === 'residential' && b.floors >= ELEVATOR_MIN_FLOORS && !b.has_elevator) elevators += b.entrances;
  }
  return {
    roof_area: roof,
    facade_area: facade,
    elevators,
    households: compound.households ?? households,
    site_area: polygonAreaM2(compound.geometry, frame),
    boundary_length: lineLengthM(compound.geometry.coordinates[0] ?? [], frame),
    stair_entrances: entrances,
    building_count: count,
    ...lengths,
  };
}
