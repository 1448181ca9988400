import { z } from 'zod';
import { fundingByClassSchema, ITEM_CLASSES } from './funding';
import { lineStringSchema, multiPolygonSchema, pointSchema, polygonSchema } from './geometry';
import { CONFIDENCES, CONFLICT_RULES, GAS_PRESSURES, PIPE_LAYINGS, PIPE_STATUSES, PIPE_TYPES } from './pipelines';

// Every table a Change may write, with the schema of its rows. A row is "GeoJSON plus a thin wrapper":
// `{ id, ...columns, geometry }` for feature tables, `{ id, ...columns }` for attribute tables.
// Column names here are the SQL column names in the GeoPackage (plain columns a GIS user can query).
// Booleans are stored as INTEGER 0/1; nullable numbers are SQL NULL when not surveyed.

export const PROPERTY_TYPES = ['commodity', 'reformed', 'work_unit', 'public_rental', 'fund_raised', 'mixed'] as const;
export const MANAGEMENT_MODES = ['none', 'self', 'company', 'work_unit'] as const;
export const BUILDING_USES = ['residential', 'mixed', 'public', 'other'] as const;
/** 储备 → 新开工 → 在建 → 竣工 (seed 002 三(二)). */
export const PACKAGE_STATUSES = ['reserve', 'new_start', 'under_construction', 'completed'] as const;

const uuid = z.string().uuid();
const year = z.number().int().min(1900).max(2100);

export const compoundSchema = z.object({
  id: uuid,
  /** 小区编码 as the sub-district's ledger or the provincial system gives it; '' when none (joins imports by code). */
  code: z.string().max(50),
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

/** A work package (片区/工程包). Its geometry is the boundary drawn on the map (members grown and shrunk back). */
export const packageSchema = z.object({
  id: uuid,
  name: z.string().max(200),
  sub_district: z.string().max(100), // '' when its compounds span several 街道
  status: z.enum(PACKAGE_STATUSES),
  plan_year: year.nullable(), // the annual plan (funding) year
  start_year: year.nullable(),
  completion_year: year.nullable(),
  locked: z.boolean(), // re-bundling leaves a locked package and its compounds untouched
  funding: fundingByClassSchema.nullable(), // null = the project's funding_defaults
  notes: z.string().max(4000),
  geometry: multiPolygonSchema,
});

/** Membership of a compound in a package; a compound is in at most one package (compound_id is unique). */
export const packageMemberSchema = z.object({ id: uuid, package_id: uuid, compound_id: uuid });

/** The project's renovation-item catalog (改造内容), seeded from shared/standards and editable per project. */
export const renovationItemSchema = z.object({
  id: z.string().min(1).max(20), // item code, e.g. 'B01'
  class: z.enum(ITEM_CLASSES),
  name: z.string().max(200),
  unit: z.string().max(20), // m², m, 处, 台, 部, 户 …
  unit_cost_yuan: z.number().min(0),
  quantity_rule: z.string().max(50), // id of the geometry rule that suggests a quantity, '' for none
  source: z.string().max(200), // seed clause the item comes from
  sort: z.number().int(),
});

/** A compound's line for one catalog item: survey state and plan. quantity null = use the suggested quantity. */
export const compoundItemSchema = z.object({
  id: uuid,
  compound_id: uuid,
  item_id: z.string().min(1).max(20),
  deficient: z.boolean(), // the survey marks this item as deficient (改造内容现状)
  planned: z.boolean(), // ticked: in the renovation list
  quantity: z.number().min(0).nullable(),
  note: z.string().max(1000),
});

/** A pipeline run (管线). Diameter is the pipe's outer diameter, or a trench's/duct bank's section width (mm). */
export const pipelineSchema = z.object({
  id: uuid,
  code: z.string().max(50), // 编号 from the survey
  type: z.enum(PIPE_TYPES),
  gas_pressure: z.enum(GAS_PRESSURES).nullable(), // gas only
  laying: z.enum(PIPE_LAYINGS).nullable(), // power / telecom only
  diameter_mm: z.number().min(0).max(10000),
  depth_start_m: z.number().min(0).max(50), // cover depth at the first vertex
  depth_end_m: z.number().min(0).max(50), // cover depth at the last vertex
  material: z.string().max(50),
  status: z.enum(PIPE_STATUSES),
  owner: z.string().max(100), // 专营单位
  municipal: z.boolean(), // a municipal main (市政主管) outside the compounds
  compound_id: uuid.nullable(),
  package_id: uuid.nullable(),
  geometry: lineStringSchema,
});

/** A tree: trunk centre and crown radius (issue 4 uses the crown, issue 5 the trunk). */
export const treeSchema = z.object({
  id: uuid,
  species: z.string().max(50),
  crown_radius_m: z.number().min(0).max(30),
  compound_id: uuid.nullable(),
  geometry: pointSchema,
});

/** One row of the project's clearance table, seeded from GB 50289-2016 and editable (local rules, old areas). */
export const clearanceRuleSchema = z.object({
  id: z.string().min(1).max(200), // `${kind}:${a}|${b}`, a ≤ b for symmetric kinds
  kind: z.enum(['horizontal_pipe', 'horizontal_object', 'vertical', 'cover']),
  a: z.string().max(60), // standard pipe key (e.g. water_supply_le200) or cover column
  b: z.string().max(60), // other pipe key, object key (building_foundation, tree …) or lane ('sidewalk' | 'motor')
  metres: z.number().min(0).max(100),
  confidence: z.enum(CONFIDENCES),
  source: z.string().max(300), // standard and clause, and what a local override rests on
});

/** The designer's review of a conflict: accepted with a safety measure stops it shouting but keeps it on record. */
export const conflictReviewSchema = z.object({
  id: z.string().min(1).max(300), // the conflict key
  rule: z.enum(CONFLICT_RULES),
  accepted: z.boolean(),
  note: z.string().max(2000),
  reviewed_at: z.string().max(40), // ISO time
});

/** 道路/消防车道 as centre lines with a width (issue 4 §1). A fire lane's width is its clear width. */
export const ROAD_KINDS = ['road', 'fire_lane'] as const;
export const roadSchema = z.object({
  id: uuid,
  name: z.string().max(100),
  kind: z.enum(ROAD_KINDS),
  width_m: z.number().min(0).max(100),
  compound_id: uuid.nullable(),
  geometry: lineStringSchema,
});

/**
 * Context polygons of a site (issue 4 §1): a fire lane drawn as an area, a fire-engine operating area (登高操作场地),
 * a green area (keep = protected green, never counted as leftover), an illegal structure (demolish = marked for
 * demolition: its land counts as freed).
 */
export const SITE_AREA_KINDS = ['fire_lane', 'operating_area', 'green', 'illegal_structure'] as const;
export const siteAreaSchema = z.object({
  id: uuid,
  kind: z.enum(SITE_AREA_KINDS),
  name: z.string().max(100),
  keep: z.boolean(), // green only: protected green
  demolish: z.boolean(), // illegal_structure only: marked for demolition
  compound_id: uuid.nullable(),
  note: z.string().max(1000),
  geometry: polygonSchema,
});

/** A proposed facility (issue 4 §3) placed on the map: its footprint as placed (rotated rectangle or drawn shape). */
export const facilitySchema = z.object({
  id: uuid,
  type: z.string().min(1).max(40), // key in the facility catalog (shared/standards/facilities)
  name: z.string().max(100),
  compound_id: uuid.nullable(),
  building_id: uuid.nullable(), // elevator retrofit: the building it is attached to
  floors: z.number().int().min(0).max(50),
  height_m: z.number().min(0).max(200),
  rotation_deg: z.number().min(-360).max(360),
  note: z.string().max(1000),
  geometry: polygonSchema,
});

/** A leftover-land piece (存量土地) written as a layer by `renozone leftover --write` or the UI (issue 4 §2). */
export const leftoverPieceSchema = z.object({
  id: uuid,
  compound_id: uuid,
  area_m2: z.number().min(0),
  min_width_m: z.number().min(0),
  fits: z.array(z.object({ type: z.string(), count: z.number().int().min(0) })),
  computed_at: z.string().max(40), // ISO time
  geometry: polygonSchema,
});

/** A joint-review meeting (方案联合审查, issue 7): who attended and the agenda, for the minutes (会议纪要). */
export const reviewMeetingSchema = z.object({
  id: uuid,
  title: z.string().max(200),
  held_on: z.string().max(40), // ISO date (or date-time) of the meeting
  location: z.string().max(200),
  /** The departments (and names, when given) attending. */
  attendees: z.array(z.object({ department: z.string().max(50), name: z.string().max(100) })).max(200),
  /** Package ids in the order the designer presents them. */
  agenda: z.array(uuid).max(10000),
  notes: z.string().max(8000),
});

/** 通过 / 有条件通过 / 不通过 (seed 002 附件3 二(四): each department's opinion, given once). */
export const REVIEW_VERDICTS = ['pass', 'conditional', 'reject'] as const;
export const reviewOpinionSchema = z.object({
  id: uuid,
  meeting_id: uuid.nullable(),
  package_id: uuid,
  department: z.string().min(1).max(50),
  verdict: z.enum(REVIEW_VERDICTS),
  text: z.string().max(8000),
  conditions: z.string().max(8000), // the conditions of a conditional pass
  /** Optional place on the map the opinion is about (lon/lat). */
  pin_lon: z.number().min(-180).max(180).nullable(),
  pin_lat: z.number().min(-90).max(90).nullable(),
  recorded_at: z.string().max(40), // ISO time
});

/** A pen stroke drawn on the map during review, kept as an annotation of its package when the presenter asks. */
export const annotationSchema = z.object({
  id: uuid,
  package_id: uuid,
  meeting_id: uuid.nullable(),
  color: z.string().max(20), // CSS colour
  width_px: z.number().min(0.5).max(50),
  note: z.string().max(1000),
  created_at: z.string().max(40),
  geometry: lineStringSchema,
});

/** A project setting: `id` is the key, `value` any JSON value validated by settingsSchema. */
export const settingRowSchema = z.object({ id: z.string().min(1).max(100), value: z.unknown() });

export const tableSchemas = {
  compounds: compoundSchema,
  buildings: buildingSchema,
  settings: settingRowSchema,
  packages: packageSchema,
  package_members: packageMemberSchema,
  renovation_items: renovationItemSchema,
  compound_items: compoundItemSchema,
  pipelines: pipelineSchema,
  trees: treeSchema,
  clearance_rules: clearanceRuleSchema,
  conflict_reviews: conflictReviewSchema,
  roads: roadSchema,
  site_areas: siteAreaSchema,
  facilities: facilitySchema,
  leftover_pieces: leftoverPieceSchema,
  review_meetings: reviewMeetingSchema,
  review_opinions: reviewOpinionSchema,
  annotations: annotationSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const TABLE_NAMES = Object.keys(tableSchemas) as TableName[];
export const FEATURE_TABLES = ['compounds', 'buildings'] as const satisfies readonly TableName[];
export type FeatureTableName = (typeof FEATURE_TABLES)[number];
/** Tables with a geometry column (GeoPackage features tables with an R-tree), and their geometry type. */
export const SPATIAL_TABLES = {
  compounds: 'POLYGON',
  buildings: 'POLYGON',
  packages: 'MULTIPOLYGON',
  pipelines: 'LINESTRING',
  trees: 'POINT',
  roads: 'LINESTRING',
  site_areas: 'POLYGON',
  facilities: 'POLYGON',
  leftover_pieces: 'POLYGON',
  annotations: 'LINESTRING',
} as const;
export type SpatialTableName = keyof typeof SPATIAL_TABLES;

export type Compound = z.infer<typeof compoundSchema>;
export type Building = z.infer<typeof buildingSchema>;
export type SettingRow = z.infer<typeof settingRowSchema>;
export type Package = z.infer<typeof packageSchema>;
export type PackageMember = z.infer<typeof packageMemberSchema>;
export type RenovationItem = z.infer<typeof renovationItemSchema>;
export type CompoundItem = z.infer<typeof compoundItemSchema>;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];
export type Pipeline = z.infer<typeof pipelineSchema>;
export type Tree = z.infer<typeof treeSchema>;
export type ClearanceRule = z.infer<typeof clearanceRuleSchema>;
export type ConflictReviewRow = z.infer<typeof conflictReviewSchema>;
export type Road = z.infer<typeof roadSchema>;
export type RoadKind = (typeof ROAD_KINDS)[number];
export type SiteArea = z.infer<typeof siteAreaSchema>;
export type SiteAreaKind = (typeof SITE_AREA_KINDS)[number];
export type Facility = z.infer<typeof facilitySchema>;
export type LeftoverPieceRow = z.infer<typeof leftoverPieceSchema>;
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;
export type ReviewOpinion = z.infer<typeof reviewOpinionSchema>;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export type Annotation = z.infer<typeof annotationSchema>;
export type RowOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export type AnyRow = RowOf<TableName>;
/** Every table but settings: what features.load returns and the renderer mirrors row by row. */
export type RowTableName = Exclude<TableName, 'settings'>;
export const ROW_TABLES = TABLE_NAMES.filter((t): t is RowTableName => t !== 'settings');
