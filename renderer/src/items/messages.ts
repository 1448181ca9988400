// Strings of the renovation-items panel, the catalog editor and the package estimate (one catalog part, zh first).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const itemMessages: Catalog = {
  'items.tab': { zh: '改造内容', en: 'Renovation items' },
  'items.tab.attributes': { zh: '属性', en: 'Attributes' },
  'items.selectOne': { zh: '选择一个小区以填写改造内容', en: 'Select one compound to fill in its renovation items' },
  'items.class.basic': { zh: '基础类', en: 'Basic' },
  'items.class.improvement': { zh: '完善类', en: 'Improvement' },
  'items.class.upgrade': { zh: '提升类', en: 'Upgrade' },
  'items.col.item': { zh: '改造内容', en: 'Item' },
  'items.col.deficient': { zh: '现状缺损', en: 'Deficient' },
  'items.col.deficientShort': { zh: '缺损', en: 'Def.' },
  'items.col.plannedShort': { zh: '改造', en: 'Plan' },
  'items.col.planned': { zh: '纳入改造', en: 'Planned' },
  'items.col.quantity': { zh: '工程量', en: 'Quantity' },
  'items.col.unit': { zh: '单位', en: 'Unit' },
  'items.col.unitCost': { zh: '单价(元)', en: 'Unit cost (¥)' },
  'items.col.lineCost': { zh: '金额(元)', en: 'Cost (¥)' },
  'items.col.source': { zh: '依据', en: 'Source' },
  'items.col.name': { zh: '名称', en: 'Name' },
  'items.col.class': { zh: '类别', en: 'Class' },
  'items.col.code': { zh: '编号', en: 'Code' },
  'items.perUnit': { zh: '元/{unit}', en: '¥/{unit}' },
  'items.suggested': { zh: '建议', en: 'Suggested' },
  'items.entered': { zh: '已填', en: 'Entered' },
  'items.basicWarning': {
    zh: '基础类应改尽改：以下现状缺损的基础类内容未纳入改造',
    en: 'Basic items must all be renovated: these deficient basic items are not planned',
  },
  'items.total': { zh: '小区估算合计', en: 'Compound estimate' },
  'items.noCatalog': { zh: '本项目尚无改造内容库', en: 'This project has no renovation-item catalog' },
  'items.summary.line': { zh: '改造内容：{compound} · {item}', en: 'Renovation item: {compound} · {item}' },
  'items.catalog.open': { zh: '改造内容库', en: 'Item catalog' },
  'items.catalog.title': { zh: '改造内容库（本项目）', en: 'Renovation-item catalog (this project)' },
  'items.catalog.gradeC': {
    zh: '默认单价为示例数值（C 级：未经核实），请按本地造价标准修改。',
    en: 'Default unit costs are examples (grade C: unverified); edit them to local cost norms.',
  },
  'items.catalog.summary': { zh: '修改改造内容库：{item}', en: 'Edit item catalog: {item}' },
  'estimate.title': { zh: '工程包估算', en: 'Package estimate' },
  'estimate.total': { zh: '估算合计', en: 'Estimate total' },
  'estimate.byClass': { zh: '分类估算', en: 'By class' },
  'funding.title': { zh: '资金分摊', en: 'Funding split' },
  'funding.source': { zh: '资金来源', en: 'Source' },
  'funding.amount': { zh: '金额(元)', en: 'Amount (¥)' },
  'funding.usesDefaults': { zh: '使用项目默认比例', en: 'Uses the project defaults' },
  'funding.overridden': { zh: '本工程包自定比例', en: 'Own shares for this package' },
  'funding.edit': { zh: '编辑比例', en: 'Edit shares' },
  'funding.reset': { zh: '恢复默认', en: 'Reset to defaults' },
  'funding.sumError': {
    zh: '{cls}各来源比例之和应为 100%，当前为 {sum}%',
    en: '{cls}: shares must add up to 100%, now {sum}%',
  },
  'funding.summary': { zh: '修改资金分摊：{name}', en: 'Edit funding split: {name}' },
  'funding.summary.reset': { zh: '资金分摊恢复默认：{name}', en: 'Reset funding split: {name}' },
  'funding.gradeC': {
    zh: '默认比例为示例（C 级：无政策依据的具体数值），请按本地规定修改。',
    en: 'Default shares are illustrative (grade C: no policy gives numbers); edit them to local rules.',
  },
  'funding.src.central_provincial': { zh: '中央及省级补助', en: 'Central & provincial subsidy' },
  'funding.src.local_budget': { zh: '地方财政', en: 'Local budget' },
  'funding.src.residents': { zh: '居民出资', en: 'Residents' },
  'funding.src.utilities': { zh: '专营单位', en: 'Utility companies' },
  'funding.src.property_units': { zh: '原产权单位', en: 'Original property units' },
  'funding.src.social_capital': { zh: '社会资本', en: 'Social capital' },
};

let registered = false;
/** Idempotent: registerMessages refuses duplicate keys, and several modules call this on import. */
export function registerItemMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(itemMessages);
}
registerItemMessages();
