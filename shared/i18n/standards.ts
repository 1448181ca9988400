import { renovationItemMessages } from '../standards/renovation-items';
import type { Catalog } from './index';

// Strings of shared/standards: quantity-rule names and the default renovation items' names (the UI shows the
// English name of an item whose stored name is still the default Chinese one).
export const standardsMessages: Catalog = {
  'quantityRule.roof_area': { zh: '屋面面积（Σ 楼栋基底面积）', en: 'Roof area (Σ building footprints)' },
  'quantityRule.facade_area': { zh: '外墙面积（Σ 周长 × 高度）', en: 'Façade area (Σ perimeter × height)' },
  'quantityRule.elevators': {
    zh: '可加装电梯数（4 层及以上无电梯住宅，每单元 1 部）',
    en: 'Lifts to add (residential, 4+ floors, no lift: one per stair entrance)',
  },
  'quantityRule.households': { zh: '户数', en: 'Households' },
  'quantityRule.site_area': { zh: '小区用地面积', en: 'Site area' },
  'quantityRule.boundary_length': { zh: '小区边界长度（围墙）', en: 'Boundary length (walls, fences)' },
  'quantityRule.stair_entrances': { zh: '单元（楼梯间）数', en: 'Stair entrances' },
  'quantityRule.building_count': { zh: '楼栋数', en: 'Buildings' },
  'quantityRule.road_area': { zh: '道路面积（待道路图层）', en: 'Road area (awaits the roads layer)' },
  'quantityRule.drain_pipe_length': { zh: '雨污管线长度（待管线图层）', en: 'Drain length (awaits pipelines)' },
  'quantityRule.water_pipe_length': { zh: '给水管线长度（待管线图层）', en: 'Water pipe length (awaits pipelines)' },
  'quantityRule.gas_pipe_length': { zh: '燃气管线长度（待管线图层）', en: 'Gas pipe length (awaits pipelines)' },
  'quantityRule.power_cable_length': { zh: '电力线路长度（待管线图层）', en: 'Power line length (awaits pipelines)' },
  'quantityRule.telecom_line_length': {
    zh: '弱电线路长度（待管线图层）',
    en: 'Telecom line length (awaits pipelines)',
  },
  'renovationItem.gradeC': {
    zh: '单价为示例值（C级，未核实），请按本地标准修改',
    en: 'Illustrative unit cost (grade C, unverified); set your city’s rate',
  },
  ...renovationItemMessages,
};
