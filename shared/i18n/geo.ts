import type { Catalog } from './index';

// Strings of shared/geo and shared/analysis: units, polygon validation reasons, eligibility states and reasons.
export const geoMessages: Catalog = {
  'geo.unit.m': { zh: '{value} 米', en: '{value} m' },
  'geo.unit.km': { zh: '{value} 千米', en: '{value} km' },
  'geo.unit.m2': { zh: '{value} m²', en: '{value} m²' },
  'geo.unit.m2ha': { zh: '{m2}（{value} 公顷）', en: '{m2} ({value} ha)' },
  'geo.invalid.tooFewPoints': {
    zh: '面至少需要 3 个不同的顶点。',
    en: 'A polygon needs at least 3 distinct vertices.',
  },
  'geo.invalid.selfIntersection': {
    zh: '面的边界自相交，请调整顶点。',
    en: 'The polygon boundary crosses itself; move the vertices.',
  },
  'geo.invalid.zeroArea': {
    zh: '面的面积为零（顶点共线）。',
    en: 'The polygon has no area (its vertices are collinear).',
  },
  'geo.invalid.ringNotClosed': { zh: '面的边界未闭合。', en: 'The polygon ring is not closed.' },
  'geo.overlap.found': {
    zh: '与 {count} 个小区重叠，共 {area}。',
    en: 'Overlaps {count} compound(s), {area} in total.',
  },
  'eligibility.state.eligible': { zh: '符合改造条件', en: 'Eligible' },
  'eligibility.state.tooNew': { zh: '建成年代晚于截止年份', en: 'Built after the cut-off year' },
  'eligibility.state.excluded': { zh: '不纳入改造', en: 'Excluded' },
  'eligibility.state.unknownYear': { zh: '建成年代未知', en: 'Build year unknown' },
  'eligibility.reason.excluded': { zh: '已标记为不纳入改造', en: 'Marked as excluded from renovation' },
  'eligibility.reason.tooNew': {
    zh: '建成年份晚于截止年份（{cutoff} 年底）',
    en: 'Built after the cut-off year (end of {cutoff})',
  },
  'eligibility.reason.unknownYear': { zh: '未填写建成年份', en: 'Build year not surveyed' },
};
