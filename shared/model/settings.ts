import { z } from 'zod';
import { BUNDLE_BOUNDARIES, DEFAULT_BUNDLE_OPTIONS } from './bundle';
import { DEFAULT_FUNDING, fundingByClassSchema } from './funding';

// Project settings (the `settings` table, one row per key). Defaults come from the policy seeds:
// cut-off year end of 2000 (seeds 003, 004), consent ≥ 2/3 (seed 004 四(二)).
export const settingsSchema = z.object({
  project_name: z.string().max(200),
  cutoff_year: z.number().int().min(1949).max(2100),
  consent_threshold: z.number().min(0).max(1),
  storey_height_m: z.number().min(2).max(10),
  /** EPSG code of the metric CRS: CGCS2000 3° Gauss–Krüger zone without prefix, 4534–4554. */
  metric_epsg: z.number().int().min(4534).max(4554),
  /** false once the user picked a zone by hand; while true the zone follows the data's centre. */
  metric_epsg_auto: z.boolean(),
  // Bundling (last used options; issue 3 §2).
  bundle_distance_m: z.number().min(0).max(5000),
  bundle_same: z.enum(BUNDLE_BOUNDARIES),
  bundle_only_eligible: z.boolean(),
  bundle_max_compounds: z.number().int().min(1).nullable(),
  bundle_max_households: z.number().int().min(1).nullable(),
  /** Weights of the priority score terms (issue 3 §1); relative, need not add up to 1. */
  priority_weights: z.object({
    build_year: z.number().min(0),
    condition: z.number().min(0),
    consent: z.number().min(0),
    no_management: z.number().min(0),
  }),
  /** Default funding shares per item class (grade C: illustrative, edit to the city's rules). */
  funding_defaults: fundingByClassSchema,
  // Leftover land and facility checks (issue 4). Fire separation per GB 50016-2014 表5.2.2 and the high-rise
  // threshold are grade C in shared/standards (unverified): editable defaults the UI marks as such.
  leftover_min_area_m2: z.number().min(0).max(100000),
  leftover_min_width_m: z.number().min(0).max(1000),
  /** Residential buildings above this height are high-rise (GB 50016 §5.1.1: 27 m). */
  high_rise_height_m: z.number().min(0).max(500),
  fire_separation_m: z.object({
    multi_multi: z.number().min(0).max(100), // multi-storey to multi-storey, 一、二级: 6 m
    high_low: z.number().min(0).max(100), // high-rise to a low building or podium: 9 m
    high_high: z.number().min(0).max(100), // high-rise to high-rise: 13 m
  }),
  fire_lane_width_m: z.number().min(0).max(50),
  /** Half-width of the strip kept free over a pipeline, beyond its outer wall (grade C). */
  pipeline_easement_m: z.number().min(0).max(50),
  /** Sunlight standard day and hours (GB 50180-2018 表4.0.9); k is derived from them and the latitude. */
  sunlight_day: z.enum(['major_cold', 'winter_solstice']),
  sunlight_hours: z.number().min(0).max(8),
  /** The local rule's sunlight spacing coefficient; null = derived from the latitude and the standard day. */
  sunlight_k: z.number().min(0).max(10).nullable(),
  /** Departments invited to the joint review (seed 002 附件3 二(四), DOMAIN.md), in the order of the opinion form. */
  review_departments: z.array(z.string().min(1).max(50)).max(100),
  /** 设计单位, printed on dossier covers and minutes. */
  design_unit: z.string().max(200),
});

export type ProjectSettings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof ProjectSettings;

export const DEFAULT_SETTINGS: ProjectSettings = {
  project_name: '未命名项目',
  cutoff_year: 2000,
  consent_threshold: 2 / 3,
  storey_height_m: 3.0,
  metric_epsg: 4544,
  metric_epsg_auto: true,
  bundle_distance_m: DEFAULT_BUNDLE_OPTIONS.distance_m,
  bundle_same: DEFAULT_BUNDLE_OPTIONS.same,
  bundle_only_eligible: DEFAULT_BUNDLE_OPTIONS.only_eligible,
  bundle_max_compounds: DEFAULT_BUNDLE_OPTIONS.max_compounds,
  bundle_max_households: DEFAULT_BUNDLE_OPTIONS.max_households,
  priority_weights: { build_year: 0.35, condition: 0.3, consent: 0.2, no_management: 0.15 },
  funding_defaults: DEFAULT_FUNDING,
  leftover_min_area_m2: 30,
  leftover_min_width_m: 3,
  high_rise_height_m: 27,
  fire_separation_m: { multi_multi: 6, high_low: 9, high_high: 13 },
  fire_lane_width_m: 4,
  pipeline_easement_m: 1,
  sunlight_day: 'major_cold',
  sunlight_hours: 2,
  sunlight_k: null,
  review_departments: [
    '住建',
    '发改',
    '财政',
    '自然资源',
    '城管',
    '消防',
    '公安',
    '电力',
    '供水',
    '燃气',
    '通信',
    '广电',
    '街道',
    '社区',
    '居民代表',
  ],
  design_unit: '',
};
