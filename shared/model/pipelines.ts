// Pipelines (管线, issue 5) and their clearance conflicts (GB 50289-2016). Clearance is outer wall to outer wall:
// centre-line distance minus half of each pipe's diameter/width. Depths are cover depths (覆土, surface to pipe top)
// at each end of a pipe, interpolated along it; the ground is taken as level.
export const PIPE_TYPES = [
  'water_supply', // 给水
  'storm', // 雨水
  'sewer', // 污水
  'reclaimed', // 再生水
  'gas', // 燃气 (pressure class in gas_pressure)
  'heating', // 热力
  'power', // 电力 (laying: direct_buried | conduit)
  'telecom', // 通信 (laying: direct_buried | conduit = 管道/通道)
  'utility_trench', // 管沟
] as const;
export type PipeType = (typeof PIPE_TYPES)[number];
export const GAS_PRESSURES = ['low', 'medium_b', 'medium_a', 'subhigh_b', 'subhigh_a'] as const;
export const PIPE_LAYINGS = ['direct_buried', 'conduit'] as const;
export const PIPE_STATUSES = ['existing', 'new', 'abandon'] as const;

/** What a clearance value rests on: grades A–C of shared/standards (C = unverified), or a local override. */
export const CONFIDENCES = ['A', 'B', 'C', 'local'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFLICT_RULES = [
  'horizontal_pipe', // two pipes closer than the horizontal clearance
  'horizontal_building', // pipe to building foundation
  'horizontal_tree', // pipe to tree (trunk centre)
  'vertical_crossing', // crossing with too little vertical clearance
  'vertical_order', // crossing in the wrong vertical order (§4.1.12)
  'stacked_parallel', // parallel pipes stacked in plan (one above the other)
  'cover_depth', // cover below the minimum
  'under_building', // a pipe under a building footprint
  'no_main_connection', // a new pipe leaves its compound without reaching a municipal main
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

export interface ConflictParty {
  table: 'pipelines' | 'buildings' | 'trees';
  id: string;
  /** The pipe's own number from the survey (编号), a building's name, a tree's species; '' when none. */
  code: string;
  /** Pipe type, or 'building' / 'tree'. */
  type: string;
}

/** One conflict as the check reports it (and `renozone check pipelines --json` prints it). */
export interface PipeConflict {
  /** Stable across runs while the pipes do not change much: rule + parties (+ a coarse location for long runs). */
  key: string;
  rule: ConflictRule;
  a: ConflictParty;
  b: ConflictParty | null;
  measured_m: number | null;
  required_m: number | null;
  /** Length of a parallel run reported as one conflict (m), else null. */
  length_m: number | null;
  standard: string; // e.g. 'GB 50289-2016'
  clause: string; // e.g. '表4.1.9'
  confidence: Confidence;
  location: [number, number]; // lon, lat
  compound_id: string | null;
  package_id: string | null;
}

export interface ConflictReview {
  accepted: boolean;
  note: string;
  reviewed_at: string;
}

export interface PipeCheckResult {
  conflicts: (PipeConflict & { review: ConflictReview | null })[];
  segments: number;
  ms: number;
}
