import { INDICATOR_DEFINITIONS } from '../analysis/indicators/definitions';
import { FACILITY_TYPES } from '../standards/facilities';
import type { Catalog } from './index';

// Strings of the leftover-land engine, the facility catalog, the live checks and the indicators (issue 4): names
// of facility types (from the catalog data), check rules, indicators (name and tooltip definition), the write
// summary and the `renozone leftover` print.

const facilityNames: Catalog = Object.fromEntries(FACILITY_TYPES.map((t) => [`leftover.facility.${t.key}`, t.name]));

const indicatorDefinitions: Catalog = Object.fromEntries(
  Object.entries(INDICATOR_DEFINITIONS).map(([key, d]) => [`leftover.indicatorDef.${key}`, { zh: d.zh, en: d.en }]),
);

export const leftoverMessages: Catalog = {
  ...facilityNames,
  ...indicatorDefinitions,
  'leftover.rule.inside_compound': { zh: '位于小区用地内', en: 'Inside the compound' },
  'leftover.rule.not_on_building': { zh: '不压占建筑', en: 'Not on a building' },
  'leftover.rule.not_on_fire_lane': { zh: '不占用消防车道', en: 'Fire lane kept clear' },
  'leftover.rule.not_on_operating_area': { zh: '不占用消防登高操作场地', en: 'Not on a fire-engine operating area' },
  'leftover.rule.not_on_road': { zh: '不占用道路', en: 'Not on a road' },
  'leftover.rule.not_on_kept_green': { zh: '不占用保留绿地', en: 'Not on protected green' },
  'leftover.rule.not_on_tree': { zh: '不压占树冠', en: 'Not under a tree crown' },
  'leftover.rule.not_on_illegal_structure': {
    zh: '不压占未拆除的违法建设',
    en: 'Not on an illegal structure that is not being demolished',
  },
  'leftover.rule.not_on_pipeline': { zh: '不压占管线保护带', en: 'Not on a pipeline easement' },
  'leftover.rule.not_on_facility': { zh: '不与已布置设施重叠', en: 'Not on another placed facility' },
  'leftover.finding.other': { zh: '{rule} · {other}', en: '{rule} · {other}' },
  'leftover.finding.distance': { zh: '{text}：{actual} m < {required} m', en: '{text}: {actual} m < {required} m' },
  'leftover.rule.fire_separation': { zh: '防火间距', en: 'Fire separation' },
  'leftover.rule.sunlight_spacing': { zh: '日照间距 L ≥ k·H', en: 'Sunlight spacing L ≥ k·H' },
  'leftover.rule.elevator_at_entrance': { zh: '电梯贴临楼栋（单元入口）', en: 'Elevator attached at a stair entrance' },
  'leftover.rule.elevator_sunlight_study': {
    zh: '加装电梯对日照的影响需做日照分析',
    en: 'Elevator’s effect on sunlight: needs a sunlight study',
  },
  'leftover.indicator.site_area_m2': { zh: '用地面积', en: 'Site area' },
  'leftover.indicator.footprint_m2': { zh: '建筑基底面积', en: 'Building footprint' },
  'leftover.indicator.floor_area_m2': { zh: '地上建筑面积', en: 'Above-ground floor area' },
  'leftover.indicator.green_m2': { zh: '绿地面积', en: 'Green area' },
  'leftover.indicator.building_density': { zh: '建筑密度', en: 'Building density' },
  'leftover.indicator.floor_area_ratio': { zh: '容积率', en: 'Floor area ratio' },
  'leftover.indicator.green_ratio': { zh: '绿地率', en: 'Green ratio' },
  'leftover.indicator.fire_separation_pairs': { zh: '防火间距不足楼栋对', en: 'Pairs below fire separation' },
  'leftover.indicator.sunlight_spacing_pairs': { zh: '日照间距不足楼栋对', en: 'Pairs below sunlight spacing' },
  'leftover.summary.write': { zh: '计算存量用地（{count} 块）', en: 'Compute leftover land ({count} pieces)' },
  'leftover.cli.compound': {
    zh: '{name}：存量用地 {area} m²，{count} 块',
    en: '{name}: leftover land {area} m², {count} pieces',
  },
  'leftover.cli.piece': {
    zh: '  {n}. {area} m²，最小宽度 {width} m，最佳矩形 {rw} × {rl} m',
    en: '  {n}. {area} m², least width {width} m, best rectangle {rw} × {rl} m',
  },
  'leftover.cli.fits': { zh: '     可布置：{list}', en: '     fits: {list}' },
  'leftover.cli.fitsNone': { zh: '     可布置：无', en: '     fits: nothing' },
  'leftover.cli.stalls': { zh: '{name} {count} 个车位', en: '{name} {count} stalls' },
  'leftover.cli.copies': { zh: '{name} × {count}', en: '{name} × {count}' },
  'leftover.cli.none': { zh: '没有符合条件的小区。', en: 'No compounds match.' },
  'leftover.cli.total': {
    zh: '合计：{compounds} 个小区，存量用地 {area} m²（最小面积 {minArea} m²，最小宽度 {minWidth} m）',
    en: 'Total: {compounds} compounds, leftover land {area} m² (min area {minArea} m², min width {minWidth} m)',
  },
  'leftover.cli.written': { zh: '已写入存量用地图层：{count} 块。', en: 'Leftover layer written: {count} pieces.' },
  'leftover.cli.unchanged': { zh: '存量用地图层无变化。', en: 'Leftover layer unchanged.' },
};
