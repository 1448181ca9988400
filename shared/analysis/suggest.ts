import type { MetricFrame } from '../geo/crs';
import { lineLengthM, polygonAreaM2 } from '../geo/measure';
import type { PipeType } from '../model/pipelines';
import type { ProjectSettings } from '../model/settings';
import type { Building, Compound, Facility, Pipeline, Road, SiteArea } from '../model/tables';
import { facilityType } from '../standards/facilities';
import type { QuantityRuleId } from '../standards/quantity-rules';
import { parkingStalls } from './leftover/fits';

// Quantities that follow from a compound's geometry and its buildings (issue 3 §4), keyed by the catalog's
// quantity_rule. The designer may override any of them per line; estimate.ts falls back to these when a line has
// no entered quantity. Only buildings whose compound_id is this compound count.
// Pipeline lengths per network count the compound's NEW routes (status 'new', compound_id this compound): they are
// what the renovation builds; existing and to-be-abandoned pipes are not quantities of work.
// road_area (issue 4) = Σ length × width of the compound's roads and fire lanes drawn as centre lines, plus its
// fire-lane site areas. Proposed facilities (issue 4 §3) feed the estimate through `by_item`: each catalog facility
// type names a renovation item (shared/standards/facilities item_id) and adds its quantity in that item's unit —
// parking stalls that fit its footprint (I10 '个'), floor area for the property room (I23 'm²'), one per facility
// otherwise ('处', '台', '部'). estimate.ts takes by_item before the item's quantity rule: placed facilities are the
// designer's plan, more specific than a rule's count.

export type SuggestedQuantities = Record<QuantityRuleId, number> & {
  /** Quantities of renovation items from the compound's proposed facilities, by item id. */
  by_item?: Readonly<Record<string, number>>;
};

/** What the compound's context layers add (all optional: older callers pass none). */
export interface SiteContext {
  roads?: readonly Pick<Road, 'compound_id' | 'width_m' | 'geometry'>[];
  site_areas?: readonly Pick<SiteArea, 'compound_id' | 'kind' | 'geometry'>[];
  facilities?: readonly Pick<Facility, 'compound_id' | 'type' | 'floors' | 'geometry'>[];
}

/**
 * Renovation-item quantities of a compound's proposed facilities, by item id.
 * @example facilityQuantities('c1', [{ compound_id: 'c1', type: 'parking', floors: 0, geometry }], frame) // → { I10: 16 }
 */
export function facilityQuantities(
  compoundId: string,
  facilities: SiteContext['facilities'],
  frame: MetricFrame,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of facilities ?? []) {
    const type = f.compound_id === compoundId ? facilityType(f.type) : undefined;
    if (!type?.item_id) continue;
    let quantity = 1;
    if (type.kind === 'parking') {
      // Stalls of the placed rectangle: its two side lengths from the footprint's first two edges.
      const ring = frame.ringToMetric(f.geometry.coordinates[0] ?? []);
      const [a, b, c] = ring;
      const side = (p?: number[], q?: number[]): number =>
        p && q ? Math.hypot((q[0] ?? 0) - (p[0] ?? 0), (q[1] ?? 0) - (p[1] ?? 0)) : 0;
      const s1 = side(a, b);
      const s2 = side(b, c);
      quantity = parkingStalls(Math.min(s1, s2), Math.max(s1, s2));
    } else if (type.item_id === 'I23') {
      quantity = polygonAreaM2(f.geometry, frame) * Math.max(1, f.floors || type.floors);
    }
    out[type.item_id] = (out[type.item_id] ?? 0) + quantity;
  }
  return out;
}

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
  context: SiteContext = {},
): SuggestedQuantities {
  let roadArea = 0;
  for (const r of context.roads ?? []) {
    if (r.compound_id === compound.id) roadArea += lineLengthM(r.geometry.coordinates, frame) * r.width_m;
  }
  for (const a of context.site_areas ?? []) {
    if (a.compound_id === compound.id && a.kind === 'fire_lane') roadArea += polygonAreaM2(a.geometry, frame);
  }
  const byItem = facilityQuantities(compound.id, context.facilities, frame);
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
    road_area: roadArea,
    ...lengths,
    ...(Object.keys(byItem).length > 0 ? { by_item: byItem } : {}),
  };
}
