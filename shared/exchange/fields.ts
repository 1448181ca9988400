import type { ImportLayer } from '../model/exchange';

// The attributes an import can fill per target layer, how a source value is read into each, and the common
// source-field names (Chinese survey and ledger practice first) that map to it. `compound_code` and
// `compound_name` are not columns: they name the compound a building, pipe, road … belongs to.

export type ColumnKind = 'string' | 'int' | 'year' | 'number' | 'ratio' | 'bool' | 'enum';

export interface TargetColumn {
  name: string;
  kind: ColumnKind;
  /** Message key of the column's label (shared/i18n/exchange-import.ts). */
  labelKey: string;
  /** Source field names (compared lower-cased, spaces removed) that map here. */
  aliases: readonly string[];
  /** enum: source label → stored value (the stored values themselves are accepted too). */
  values?: Readonly<Record<string, string>>;
  /** Lower/upper bounds that a value must meet, else it counts as bad and becomes null/default. */
  min?: number;
  max?: number;
}

const col = (
  name: string,
  kind: ColumnKind,
  aliases: readonly string[],
  extra: Partial<TargetColumn> = {},
): TargetColumn => ({
  name,
  kind,
  labelKey: `exchange.col.${name}`,
  aliases,
  ...extra,
});

const COMPOUND_LINK = [
  col('compound_code', 'string', ['小区编码', '所属小区编码', 'compound_code', 'xqbm']),
  col('compound_name', 'string', ['小区名称', '所属小区', '小区', 'compound', 'compound_name', 'xqmc']),
];
const BUILD_YEAR = col(
  'build_year',
  'year',
  ['建成年代', '建成年份', '建成时间', '建设年代', '竣工年份', '年代', 'build_year', 'year', 'jcnd'],
  { min: 1900, max: 2100 },
);
const HOUSEHOLDS = col('households', 'int', ['户数', '总户数', '住户数', 'households', 'hs'], { min: 0 });

export const TARGET_COLUMNS: Record<ImportLayer, readonly TargetColumn[]> = {
  compounds: [
    col('name', 'string', ['小区名称', '名称', '小区名', '项目名称', 'name', 'mc', 'xqmc']),
    col('code', 'string', ['小区编码', '编码', '编号', '小区编号', 'code', 'bm', 'xqbm']),
    col('sub_district', 'string', [
      '所在街道',
      '街道',
      '街道办',
      '街道办事处',
      '乡镇街道',
      'sub_district',
      'street',
      'jd',
    ]),
    col('community', 'string', ['社区', '所在社区', '社区居委会', '居委会', 'community', 'sq']),
    BUILD_YEAR,
    HOUSEHOLDS,
    col('building_count', 'int', ['栋数', '楼栋数', '楼栋数量', '幢数', 'building_count', 'buildings', 'ds'], {
      min: 0,
    }),
    col(
      'floor_area_m2',
      'number',
      [
        '建筑面积',
        '面积',
        '总建筑面积',
        '建筑面积m2',
        '建筑面积(m2)',
        '建筑面积（㎡）',
        '建筑面积(㎡)',
        'floor_area',
        'floor_area_m2',
        'jzmj',
      ],
      { min: 0 },
    ),
    col('property_type', 'enum', ['产权性质', '房屋性质', '产权类型', 'property_type'], {
      values: {
        商品房: 'commodity',
        房改房: 'reformed',
        单位产权: 'work_unit',
        单位自管: 'work_unit',
        单位房: 'work_unit',
        公租房: 'public_rental',
        公房: 'public_rental',
        直管公房: 'public_rental',
        集资房: 'fund_raised',
        混合: 'mixed',
        混合产权: 'mixed',
      },
    }),
    col('management_mode', 'enum', ['管理模式', '物业管理', '物业管理模式', '管理方式', 'management_mode'], {
      values: {
        无: 'none',
        无物业: 'none',
        无人管理: 'none',
        自治: 'self',
        居民自治: 'self',
        业主自治: 'self',
        物业公司: 'company',
        专业物业: 'company',
        物业服务企业: 'company',
        单位管理: 'work_unit',
        单位自管: 'work_unit',
      },
    }),
    col('consent_ratio', 'ratio', ['居民同意比例', '同意比例', '同意率', '改造意愿', 'consent_ratio', 'consent'], {
      min: 0,
      max: 1,
    }),
    col('excluded', 'bool', ['不纳入改造', '是否排除', 'excluded']),
    col('excluded_reason', 'string', ['不纳入原因', '排除原因', 'excluded_reason']),
    col('condition_notes', 'string', ['现状', '现状问题', '备注', '说明', 'notes', 'condition_notes', 'remark']),
  ],
  buildings: [
    col('name', 'string', ['楼栋号', '楼号', '栋号', '幢号', '名称', 'name', 'building', 'ldh']),
    col('floors', 'int', ['层数', '地上层数', '楼层数', '总层数', 'floors', 'floor', 'cs'], { min: 1, max: 200 }),
    col('height_m', 'number', ['高度', '建筑高度', '楼高', 'height', 'height_m', 'gd'], { min: 0, max: 1000 }),
    col('use', 'enum', ['用途', '使用性质', '建筑用途', 'use', 'yt'], {
      values: {
        住宅: 'residential',
        居住: 'residential',
        商住: 'mixed',
        商住楼: 'mixed',
        混合: 'mixed',
        公建: 'public',
        公共建筑: 'public',
        配套: 'public',
        其他: 'other',
        其它: 'other',
      },
    }),
    col('entrances', 'int', ['单元数', '单元', '楼梯间数', 'entrances', 'dys'], { min: 0, max: 100 }),
    HOUSEHOLDS,
    col('has_elevator', 'bool', ['电梯', '有无电梯', '是否有电梯', 'has_elevator', 'elevator']),
    BUILD_YEAR,
    ...COMPOUND_LINK,
  ],
  roads: [
    col('name', 'string', ['道路名称', '名称', '路名', 'name']),
    col('kind', 'enum', ['类型', '道路类型', '类别', 'kind', 'type'], {
      values: { 道路: 'road', 路: 'road', 消防车道: 'fire_lane', 消防通道: 'fire_lane' },
    }),
    col('width_m', 'number', ['宽度', '路宽', '道路宽度', 'width', 'width_m', 'kd'], { min: 0, max: 100 }),
    ...COMPOUND_LINK,
  ],
  site_areas: [
    col('kind', 'enum', ['类型', '类别', '用地类型', 'kind', 'type'], {
      values: {
        绿地: 'green',
        消防车道: 'fire_lane',
        登高操作场地: 'operating_area',
        登高场地: 'operating_area',
        违建: 'illegal_structure',
        违章建筑: 'illegal_structure',
        违法建设: 'illegal_structure',
      },
    }),
    col('name', 'string', ['名称', 'name']),
    col('keep', 'bool', ['保留', '保护', 'keep']),
    col('demolish', 'bool', ['拆除', '拟拆除', 'demolish']),
    col('note', 'string', ['备注', '说明', 'note', 'remark']),
    ...COMPOUND_LINK,
  ],
  pipelines: [
    col('code', 'string', ['编号', '管线编号', '管段编号', 'code', 'id_code', 'bh']),
    col('type', 'enum', ['管线类型', '类型', '管线种类', '种类', 'type', 'gxlx'], {
      values: {
        给水: 'water_supply',
        供水: 'water_supply',
        上水: 'water_supply',
        雨水: 'storm',
        污水: 'sewer',
        下水: 'sewer',
        排水: 'sewer',
        再生水: 'reclaimed',
        中水: 'reclaimed',
        燃气: 'gas',
        天然气: 'gas',
        煤气: 'gas',
        热力: 'heating',
        供热: 'heating',
        暖气: 'heating',
        电力: 'power',
        供电: 'power',
        通信: 'telecom',
        电信: 'telecom',
        弱电: 'telecom',
        管沟: 'utility_trench',
        综合管沟: 'utility_trench',
      },
    }),
    col('diameter_mm', 'number', ['管径', '管径mm', '管径(mm)', '断面', 'diameter', 'diameter_mm', 'dn', 'gj'], {
      min: 0,
      max: 10000,
    }),
    col('material', 'string', ['管材', '材质', 'material', 'gc']),
    col('depth_start_m', 'number', ['起点埋深', '起点覆土', '埋深', '覆土', 'depth', 'depth_start_m', 'qdms'], {
      min: 0,
      max: 50,
    }),
    col('depth_end_m', 'number', ['终点埋深', '终点覆土', 'depth_end_m', 'zdms'], { min: 0, max: 50 }),
    col('status', 'enum', ['状态', '现状/规划', '性质', 'status'], {
      values: {
        现状: 'existing',
        现有: 'existing',
        新建: 'new',
        规划: 'new',
        拟建: 'new',
        废弃: 'abandon',
        拆除: 'abandon',
      },
    }),
    col('owner', 'string', ['权属单位', '产权单位', '专营单位', '权属', 'owner', 'qsdw']),
    col('municipal', 'bool', ['市政', '市政管线', 'municipal']),
    col('gas_pressure', 'enum', ['压力', '压力等级', 'gas_pressure'], {
      values: { 低压: 'low', 中压B: 'medium_b', 中压A: 'medium_a', 次高压B: 'subhigh_b', 次高压A: 'subhigh_a' },
    }),
    col('laying', 'enum', ['敷设方式', '埋设方式', 'laying'], {
      values: { 直埋: 'direct_buried', 管道: 'conduit', 排管: 'conduit', 管块: 'conduit' },
    }),
    ...COMPOUND_LINK,
  ],
  trees: [
    col('species', 'string', ['树种', '名称', '品种', 'species', 'name', 'sz']),
    col('crown_radius_m', 'number', ['冠幅半径', '冠径', 'crown_radius_m', 'crown'], { min: 0, max: 30 }),
    ...COMPOUND_LINK,
  ],
};

const key = (s: string): string => s.toLowerCase().replace(/[\s_（）()]/g, '');
/** What may follow a known name in a header: a unit or a "number" word (「建筑面积m2」「户数户」「管径mm」). */
const UNIT_SUFFIX = /^(m2|m²|㎡|m|mm|米|毫米|年|户|栋|幢|个|层|平方米|万元|元|%|数|数量)?$/;

/**
 * Source field → target column for the fields whose names are known aliases (exactly, or followed by a unit);
 * each target is used once (the first field in source order wins).
 * @example guessMapping(['小区名称', '建成年代', 'FID'], 'compounds') // → { 小区名称: 'name', 建成年代: 'build_year' }
 */
export function guessMapping(fields: readonly string[], layer: ImportLayer): Record<string, string> {
  const columns = TARGET_COLUMNS[layer];
  const out: Record<string, string> = {};
  const used = new Set<string>();
  const matches = (field: string, alias: string, exact: boolean): boolean => {
    const f = key(field);
    const a = key(alias);
    return exact ? f === a : a.length >= 2 && f.startsWith(a) && UNIT_SUFFIX.test(f.slice(a.length));
  };
  for (const exact of [true, false]) {
    for (const field of fields) {
      if (field in out) continue;
      const hit = columns.find((c) => !used.has(c.name) && c.aliases.some((a) => matches(field, a, exact)));
      if (hit) {
        out[field] = hit.name;
        used.add(hit.name);
      }
    }
  }
  return out;
}
