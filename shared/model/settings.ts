import { z } from 'zod';

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
};
