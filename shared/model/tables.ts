import { z } from 'zod';
import { polygonSchema } from './geometry';

// Every table a Change may write, with the schema of its rows. A row is "GeoJSON plus a thin wrapper":
// `{ id, ...columns, geometry }` for feature tables, `{ id, ...columns }` for attribute tables.
// Column names here are the SQL column names in the GeoPackage (plain columns a GIS user can query).
// Booleans are stored as INTEGER 0/1; nullable numbers are SQL NULL when not surveyed.

export const PROPERTY_TYPES = ['commodity', 'reformed', 'work_unit', 'public_rental', 'fund_raised', 'mixed'] as const;
export const MANAGEMENT_MODES = ['none', 'self', 'company', 'work_unit'] as const;
export const BUILDING_USES = ['residential', 'mixed', 'public', 'other'] as const;

const uuid = z.string().uuid();
const year = z.number().int().min(1900).max(2100);

export const compoundSchema = z.object({
  id: uuid,
  name: z.string().max(200),
  sub_district: z.string().max(100), // 街道
  community: z.string().max(100), // 社区
  build_year: year.nullable(),
  households: z.number().int().min(0).nullable(),
  building_count: z.number().int().min(0).nullable(), // as surveyed; the derived count is shown beside it
  floor_area_m2: z.number().min(0).nullable(), // as surveyed
  property_type: z.enum(PROPERTY_TYPES).nullable(),
  management_mode: z.enum(MANAGEMENT_MODES).nullable(),
  consent_ratio: z.number().min(0).max(1).nullable(), // 0..1; the UI shows percent
  excluded: z.boolean(),
  excluded_reason: z.string().max(500),
  condition_notes: z.string().max(4000),
  geometry: polygonSchema,
});

export const buildingSchema = z.object({
  id: uuid,
  compound_id: uuid.nullable(),
  name: z.string().max(100), // 楼栋号
  floors: z.number().int().min(1).max(200),
  height_m: z.number().min(0).max(1000).nullable(), // as surveyed; derived = floors × storey height
  use: z.enum(BUILDING_USES),
  entrances: z.number().int().min(0).max(100), // 单元/楼梯间
  households: z.number().int().min(0).nullable(),
  has_elevator: z.boolean(),
  build_year: year.nullable(),
  geometry: polygonSchema,
});

/** A project setting: `id` is the key, `value` any JSON value validated by settingsSchema. */
export const settingRowSchema = z.object({ id: z.string().min(1).max(100), value: z.unknown() });

export const tableSchemas = {
  compounds: compoundSchema,
  buildings: buildingSchema,
  settings: settingRowSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const TABLE_NAMES = Object.keys(tableSchemas) as TableName[];
export const FEATURE_TABLES = ['compounds', 'buildings'] as const satisfies readonly TableName[];
export type FeatureTableName = (typeof FEATURE_TABLES)[number];

export type Compound = z.infer<typeof compoundSchema>;
export type Building = z.infer<typeof buildingSchema>;
export type SettingRow = z.infer<typeof settingRowSchema>;
export type RowOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export type AnyRow = RowOf<TableName>;
