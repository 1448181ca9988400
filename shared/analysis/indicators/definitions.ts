import type { Indicators } from '../../model/leftover';

// The indicators' definitions, written once with their sources (grade C: check the city's own rules); the UI shows
// them as tooltips and shared/i18n/leftover.ts registers them as messages.

const STD = '/work/shared/standards README「Indicators」（C 级，以所在城市规定为准）';

export const INDICATOR_DEFINITIONS: Record<keyof Indicators, { zh: string; en: string; source: string }> = {
  site_area_m2: {
    zh: '用地面积：所选小区边界围合的面积（m²）。',
    en: 'Site area: the area inside the compounds’ boundaries (m²).',
    source: 'GB 50180-2018 附录A 技术指标',
  },
  footprint_m2: {
    zh: '建筑基底面积：楼栋外轮廓面积之和；“改造后”另加建筑类设施的占地。',
    en: 'Building footprint: the sum of building outlines; “after” adds the footprints of facilities that are buildings.',
    source: STD,
  },
  floor_area_m2: {
    zh: '地上建筑面积：各楼栋基底面积 × 地上层数之和（按轮廓估算，未计阳台等）。',
    en: 'Above-ground floor area: Σ footprint × floors above ground (estimated from outlines).',
    source: STD,
  },
  green_m2: {
    zh: '绿地面积：绿地图斑面积之和；“改造后”扣除设施占用的绿地。',
    en: 'Green area: the sum of green areas; “after” subtracts the green the facilities take.',
    source: STD,
  },
  building_density: {
    zh: '建筑密度 = 建筑基底面积 ÷ 用地面积。',
    en: 'Building density = building footprint ÷ site area.',
    source: `GB 50180-2018 第2.0.11条；${STD}`,
  },
  floor_area_ratio: {
    zh: '容积率 = 地上建筑面积 ÷ 用地面积。',
    en: 'Floor area ratio = above-ground floor area ÷ site area.',
    source: `GB 50180-2018 第2.0.10条；${STD}`,
  },
  green_ratio: {
    zh: '绿地率 = 绿地面积 ÷ 用地面积（规范计至道路边线、距建筑外墙 1.0 m，此处按所绘绿地计）。',
    en: 'Green ratio = green area ÷ site area (the standard measures to road edges and 1.0 m off walls; here the drawn green).',
    source: `GB 50180-2018 第2.0.12条；${STD}`,
  },
  fire_separation_pairs: {
    zh: '防火间距不足的楼栋对：外墙最近距离小于项目设置的防火间距（多层 6 m、高层与多层 9 m、高层之间 13 m）的楼栋对数。',
    en: 'Pairs below fire separation: building pairs whose nearest walls are closer than the project’s fire separation (6 / 9 / 13 m).',
    source: 'GB 50016-2014（2018 年版）表5.2.2（C 级，未核实）',
  },
  sunlight_spacing_pairs: {
    zh: '日照间距不足的楼栋对：住宅以南 ±60° 范围内的建筑与其距离 L 小于 k·H（H 为南侧建筑高度减北侧底层窗台高 0.9 m）的楼栋对数。',
    en: 'Pairs below sunlight spacing: a building within ±60° south of a dwelling closer than k·H (H = its height − the 0.9 m sill).',
    source: 'GB 50180-2018 第4.0.9条；k 取项目设置或按纬度推算',
  },
};
