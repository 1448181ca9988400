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
};
