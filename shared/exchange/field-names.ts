// What an export writes, named once for every format (issue 6 §2): the feature layers in export order with their
// Chinese names (KML folders, DXF layers, sheet titles), the Shapefile field names (a DBF field name holds at most
// 10 bytes, so longer column names are mapped; the table below is the documentation, README "Data exchange" links
// here) and the columns of the Excel ledger (台账).

/** The feature layers an export writes, in this order; empty layers are left out of every format but gpkg. */
export const EXPORT_LAYERS = [
  { table: 'compounds', zh: '小区', en: 'Compounds' },
  { table: 'buildings', zh: '楼栋', en: 'Buildings' },
  { table: 'packages', zh: '片区', en: 'Packages' },
  { table: 'pipelines', zh: '管线', en: 'Pipelines' },
  { table: 'trees', zh: '树木', en: 'Trees' },
  { table: 'roads', zh: '道路', en: 'Roads' },
  { table: 'site_areas', zh: '场地', en: 'Site areas' },
  { table: 'facilities', zh: '设施', en: 'Facilities' },
  { table: 'leftover_pieces', zh: '存量用地', en: 'Leftover land' },
] as const;
export type ExportLayerTable = (typeof EXPORT_LAYERS)[number]['table'];

/**
 * Column → DBF field name (≤ 10 ASCII bytes) and Chinese label. Columns of 10 characters or fewer keep their name;
 * every longer column of an exported table must be listed here (test/unit/exchange-export checks it).
 *
 * | column | DBF field | 中文 |
 * |---|---|---|
 * | sub_district | subdistrct | 所在街道 |
 * | build_year | build_year | 建成年代 |
 * | building_count | bldg_count | 楼栋数 |
 * | floor_area_m2 | floor_area | 建筑面积(m²) |
 * | property_type | prop_type | 产权性质 |
 * | management_mode | mgmt_mode | 管理模式 |
 * | consent_ratio | consent | 居民同意率 |
 * | excluded_reason | excl_rsn | 不纳入原因 |
 * | condition_notes | cond_notes | 现状说明 |
 * | compound_id | compoundid | 所属小区ID |
 * | has_elevator | elevator | 有电梯 |
 * | completion_year | compl_year | 竣工年度 |
 * | gas_pressure | gas_press | 燃气压力 |
 * | diameter_mm | diam_mm | 管径(mm) |
 * | depth_start_m | depth_st_m | 起点埋深(m) |
 * | depth_end_m | depth_en_m | 终点埋深(m) |
 * | crown_radius_m | crown_r_m | 冠幅半径(m) |
 * | building_id | buildingid | 所属楼栋ID |
 * | rotation_deg | rotate_deg | 旋转角(°) |
 * | min_width_m | min_widthm | 最小宽度(m) |
 * | computed_at | computedat | 计算时间 |
 */
export const DBF_FIELD_NAMES: Readonly<Record<string, string>> = {
  sub_district: 'subdistrct',
  building_count: 'bldg_count',
  floor_area_m2: 'floor_area',
  property_type: 'prop_type',
  management_mode: 'mgmt_mode',
  consent_ratio: 'consent',
  excluded_reason: 'excl_rsn',
  condition_notes: 'cond_notes',
  compound_id: 'compoundid',
  has_elevator: 'elevator',
  completion_year: 'compl_year',
  gas_pressure: 'gas_press',
  diameter_mm: 'diam_mm',
  depth_start_m: 'depth_st_m',
  depth_end_m: 'depth_en_m',
  crown_radius_m: 'crown_r_m',
  building_id: 'buildingid',
  rotation_deg: 'rotate_deg',
  min_width_m: 'min_widthm',
  computed_at: 'computedat',
};

/** The DBF field name of a column: the mapped name, else the column name itself (already ≤ 10 bytes). */
export function dbfFieldName(column: string): string {
  const mapped = DBF_FIELD_NAMES[column];
  if (mapped) return mapped;
  if (column.length > 10) throw new RangeError(`no DBF field name for column ${column}`);
  return column;
}

/** Kinds of ledger cells: how a value is formatted in the sheet. */
export type LedgerCellKind = 'text' | 'integer' | 'number' | 'percent' | 'wan';

/** The 小区台账 columns, in order: what a provincial reporting system asks for (issue 6 §2). */
export const LEDGER_COLUMNS = [
  { key: 'name', zh: '小区名称', width: 22, kind: 'text' },
  { key: 'code', zh: '小区编码', width: 12, kind: 'text' },
  { key: 'sub_district', zh: '所在街道', width: 14, kind: 'text' },
  { key: 'community', zh: '社区', width: 14, kind: 'text' },
  { key: 'build_year', zh: '建成年代', width: 10, kind: 'integer' },
  { key: 'building_count', zh: '楼栋数', width: 8, kind: 'integer' },
  { key: 'households', zh: '户数', width: 9, kind: 'integer' },
  { key: 'floor_area_m2', zh: '建筑面积(m²)', width: 14, kind: 'number' },
  { key: 'property_type', zh: '产权性质', width: 12, kind: 'text' },
  { key: 'eligibility', zh: '是否纳入改造', width: 14, kind: 'text' },
  { key: 'package', zh: '所属片区', width: 18, kind: 'text' },
  { key: 'items', zh: '改造内容', width: 48, kind: 'text' },
  { key: 'estimate_wan', zh: '投资估算(万元)', width: 14, kind: 'wan' },
  { key: 'funding', zh: '资金来源(万元)', width: 60, kind: 'text' },
  { key: 'consent_ratio', zh: '居民同意率', width: 11, kind: 'percent' },
] as const satisfies readonly { key: string; zh: string; width: number; kind: LedgerCellKind }[];
export type LedgerKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** The per-year summary sheet's columns (one row per package of that plan year, then a total row). */
export const SUMMARY_COLUMNS = [
  { key: 'package', zh: '片区', width: 22, kind: 'text' },
  { key: 'status', zh: '项目状态', width: 10, kind: 'text' },
  { key: 'compounds', zh: '小区数', width: 8, kind: 'integer' },
  { key: 'households', zh: '户数', width: 10, kind: 'integer' },
  { key: 'floor_area_m2', zh: '建筑面积(m²)', width: 14, kind: 'number' },
  { key: 'estimate_wan', zh: '投资估算(万元)', width: 14, kind: 'wan' },
] as const satisfies readonly { key: string; zh: string; width: number; kind: LedgerCellKind }[];
