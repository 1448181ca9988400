// Strings of the bottom panel: compound table, package table and annual plan (one catalog part, zh first).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const tableMessages: Catalog = {
  'tables.title': { zh: '表格', en: 'Tables' },
  'cmd.tables.toggle': { zh: '表格面板', en: 'Tables' },
  'tables.tab.compounds': { zh: '小区表', en: 'Compounds' },
  'tables.tab.packages': { zh: '片区表', en: 'Packages' },
  'tables.tab.plan': { zh: '年度计划', en: 'Annual plan' },
  'tables.collapse': { zh: '收起', en: 'Collapse' },
  'tables.search': { zh: '搜索名称、街道、社区、片区…', en: 'Search name, sub-district, community, package…' },
  'tables.filter.eligibility': { zh: '改造资格', en: 'Eligibility' },
  'tables.filter.subDistrict': { zh: '街道', en: 'Sub-district' },
  'tables.filter.community': { zh: '社区', en: 'Community' },
  'tables.filter.package': { zh: '片区', en: 'Package' },
  'tables.filter.all': { zh: '全部', en: 'All' },
  'tables.filter.noPackage': { zh: '未打包', en: 'Not in a package' },
  'tables.count': { zh: '{shown} / {total} 个小区', en: '{shown} / {total} compounds' },
  'tables.col.eligibility': { zh: '改造资格', en: 'Eligibility' },
  'tables.col.priority': { zh: '优先级', en: 'Priority' },
  'tables.col.package': { zh: '片区', en: 'Package' },
  'tables.col.estimate': { zh: '估算(万元)', en: 'Estimate (¥10k)' },
  'tables.bulk.title': { zh: '批量修改 {n} 个小区', en: 'Edit {n} compounds' },
  'tables.bulk.field': { zh: '字段', en: 'Field' },
  'tables.bulk.apply': { zh: '应用', en: 'Apply' },
  'tables.bulk.summary': { zh: '批量修改 {n} 个小区：{field}', en: 'Edit {n} compounds: {field}' },
  'tables.bulk.done': { zh: '已修改 {n} 个小区', en: '{n} compounds edited' },
  'tables.pkg.status': { zh: '状态', en: 'Status' },
  'tables.pkg.name': { zh: '片区名称', en: 'Package' },
  'tables.pkg.planYear': { zh: '计划年度', en: 'Plan year' },
  'tables.pkg.startYear': { zh: '开工年份', en: 'Start' },
  'tables.pkg.completionYear': { zh: '竣工年份', en: 'Completion' },
  'tables.pkg.compounds': { zh: '小区数', en: 'Compounds' },
  'tables.pkg.households': { zh: '户数', en: 'Households' },
  'tables.pkg.floorArea': { zh: '建筑面积(m²)', en: 'Floor area (m²)' },
  'tables.pkg.estimate': { zh: '估算(万元)', en: 'Estimate (¥10k)' },
  'tables.pkg.none': { zh: '尚无片区，请先打包', en: 'No packages yet: bundle first' },
  'tables.pkg.summary': { zh: '修改片区：{name}', en: 'Edit package: {name}' },
  'tables.pkg.status.reserve': { zh: '储备', en: 'Reserve' },
  'tables.pkg.status.new_start': { zh: '新开工', en: 'New start' },
  'tables.pkg.status.under_construction': { zh: '在建', en: 'Under construction' },
  'tables.pkg.status.completed': { zh: '竣工', en: 'Completed' },
  'plan.year': { zh: '年度', en: 'Year' },
  'plan.packages': { zh: '片区数', en: 'Packages' },
  'plan.compounds': { zh: '小区数', en: 'Compounds' },
  'plan.households': { zh: '户数', en: 'Households' },
  'plan.floorArea': { zh: '建筑面积(m²)', en: 'Floor area (m²)' },
  'plan.estimate': { zh: '估算(万元)', en: 'Estimate (¥10k)' },
  'plan.unplanned': { zh: '未排年度', en: 'Not scheduled' },
  'plan.empty': {
    zh: '尚无排入年度计划的片区（在片区表中填写计划年度）',
    en: 'No package has a plan year yet (set it in the package table)',
  },
  'plan.copy': { zh: '复制 CSV', en: 'Copy CSV' },
  'plan.copied': { zh: '已复制', en: 'Copied' },
  'settings.section.priority': { zh: '优先级权重', en: 'Priority weights' },
  'settings.section.funding': { zh: '默认资金分摊比例', en: 'Default funding shares' },
  'settings.weight.build_year': { zh: '建成年代', en: 'Build year' },
  'settings.weight.condition': { zh: '现状问题', en: 'Condition' },
  'settings.weight.consent': { zh: '居民意愿', en: 'Consent' },
  'settings.weight.no_management': { zh: '无物业管理', en: 'No management' },
  'settings.weight.note': { zh: '相对权重，无需合计为 1', en: 'Relative weights; need not add up to 1' },
};

let registered = false;
/** Idempotent: registerMessages refuses duplicate keys, and several modules import this. */
export function registerTableMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(tableMessages);
}
registerTableMessages();
