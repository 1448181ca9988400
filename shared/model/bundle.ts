import { z } from 'zod';

// Options of automatic bundling (issue 3 §2): single-linkage on boundary-to-boundary distance ≤ distance_m,
// computed in the project's metric CRS. The project keeps the last-used values in settings (bundle_*).
export const BUNDLE_BOUNDARIES = ['sub_district', 'community', 'none'] as const;

export const bundleOptionsSchema = z.object({
  distance_m: z.number().min(0).max(5000),
  /** Never link across this boundary ('none': link freely). */
  same: z.enum(BUNDLE_BOUNDARIES),
  only_eligible: z.boolean(),
  max_compounds: z.number().int().min(1).nullable(),
  max_households: z.number().int().min(1).nullable(),
});
export type BundleOptions = z.infer<typeof bundleOptionsSchema>;

export const DEFAULT_BUNDLE_OPTIONS: BundleOptions = {
  distance_m: 150,
  same: 'sub_district',
  only_eligible: true,
  max_compounds: null,
  max_households: null,
};

/** One package as the bundle call and `renozone bundle --json` report it (compound ids as stored in the file). */
export interface BundledPackage {
  id: string;
  name: string;
  sub_district: string;
  locked: boolean;
  compound_ids: string[];
  compounds: number;
  buildings: number;
  households: number;
  floor_area_m2: number;
  build_year_min: number | null;
  build_year_max: number | null;
  estimate_yuan: number;
}

/** A package a re-bundle dissolves, with the rows that name it (the change deletes opinions and annotations, and
 * lets pipelines and meeting agendas go of it: shared/analysis/bundle/references.ts). */
export interface DissolvedPackage {
  id: string;
  name: string;
  opinions: number;
  annotations: number;
  pipelines: number;
  meetings: number;
}
