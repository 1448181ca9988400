import { z } from 'zod';
import type { Polygon, Position } from './geometry';

// Leftover land (存量土地) and facility checks (issue 4): the shapes the analysis returns, the backend call and the
// CLI's --json print (`{"compounds": [{"id", "name", "leftover_m2", "pieces": [...]}]}`). Geometry in lon/lat.

export interface FitCount {
  /** Facility catalog key (shared/standards/facilities). */
  type: string;
  /** How many fit in the piece (parking: stalls; others: 1 or more copies of the typical footprint). */
  count: number;
}

/** The best-fitting (largest inscribed, approximately) rectangle of a piece, for "what fits". */
export interface FitRectangle {
  center: Position;
  width_m: number; // the shorter side
  length_m: number; // the longer side
  angle_deg: number; // direction of the long side, degrees clockwise from north
  polygon: Polygon;
}

export interface LeftoverPiece {
  area_m2: number;
  min_width_m: number;
  rect: FitRectangle;
  fits: FitCount[];
  geometry: Polygon;
}

export interface CompoundLeftover {
  id: string;
  name: string;
  leftover_m2: number;
  pieces: LeftoverPiece[];
}

export interface LeftoverReport {
  compounds: CompoundLeftover[];
}

export const leftoverOptionsSchema = z
  .object({
    compoundIds: z.array(z.string().uuid()).max(100000).optional(),
    /** Defaults: the project settings leftover_min_area_m2 / leftover_min_width_m. */
    minAreaM2: z.number().min(0).max(1e6).optional(),
    minWidthM: z.number().min(0).max(1000).optional(),
    /** Progress as job.progress events with this id; job.cancel stops the run. */
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type LeftoverOptions = z.infer<typeof leftoverOptionsSchema>;

/**
 * One finding of the live facility check (issue 4 §3); `ok` false is a violation, shown in red.
 * 'elevator_sunlight_study' is always present for an elevator retrofit with ok: true: it is not a pass but a flag
 * ("needs a sunlight study"), since only a sunlight simulation can judge a lift shaft's shade (shared/analysis/
 * facilities/check.ts). Rules that have no other feature in range appear once with ok: true and otherId null (the
 * rules about roads, green, trees, illegal structures, pipelines and placed facilities only where the compound has any).
 */
export interface FacilityCheckItem {
  rule:
    | 'inside_compound'
    | 'not_on_building'
    | 'not_on_fire_lane'
    | 'not_on_operating_area'
    | 'not_on_road'
    | 'not_on_kept_green'
    | 'not_on_tree'
    | 'not_on_illegal_structure'
    | 'not_on_pipeline'
    | 'not_on_facility'
    | 'fire_separation'
    | 'sunlight_spacing'
    | 'elevator_at_entrance'
    | 'elevator_sunlight_study';
  ok: boolean;
  /** The other feature involved (building, road, area, tree, pipeline, facility), when there is one. */
  otherId: string | null;
  /** Measured and required metres, when the rule is a distance. */
  actual_m: number | null;
  required_m: number | null;
  /** Where to draw the finding: the nearest points of the two features (lon/lat), when it is a distance. */
  line: [Position, Position] | null;
}

/** Indicators of one compound or package (issue 4 §4); definitions in shared/analysis/indicators. */
export interface Indicators {
  site_area_m2: number;
  footprint_m2: number;
  floor_area_m2: number; // above-ground
  green_m2: number;
  building_density: number; // 建筑密度, 0..1
  floor_area_ratio: number; // 容积率
  green_ratio: number; // 绿地率, 0..1
  fire_separation_pairs: number; // pairs of buildings below the fire separation
  sunlight_spacing_pairs: number; // pairs below L ≥ k·H
}

export interface IndicatorsBeforeAfter {
  before: Indicators;
  after: Indicators;
}
