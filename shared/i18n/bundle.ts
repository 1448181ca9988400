import type { Catalog } from './index';

// What a re-bundle dissolves (shared/analysis/bundle/references.ts), said the same way in the bundle dialog and by
// `renozone bundle`.
export const bundleMessages: Catalog = {
  'dissolve.opinions': { zh: '{n} 条评审意见', en: '{n} review opinion(s)' },
  'dissolve.annotations': { zh: '{n} 条批注', en: '{n} annotation(s)' },
  'dissolve.pipelines': { zh: '{n} 条管线', en: '{n} pipeline(s)' },
  'dissolve.meetings': { zh: '{n} 次会议议程', en: '{n} meeting agenda(s)' },
  'dissolve.withParts': { zh: '{name}（{parts}）', en: '{name} ({parts})' },
  'dissolve.partSep': { zh: '，', en: ', ' },
  'dissolve.listSep': { zh: '、', en: '; ' },
  'dissolve.will': {
    zh: '重新打包将删除 {n} 个工程包：{list}。其评审意见和批注将一并删除，管线和会议议程不再指向它们（可用 Ctrl+Z 恢复）。如需保留，请先锁定这些工程包。',
    en: 'Bundling again deletes {n} package(s): {list}. Their review opinions and annotations are deleted with them; pipelines and meeting agendas let go of them (Ctrl+Z brings them back). Lock a package to keep it.',
  },
  'dissolve.done': {
    zh: '已删除 {n} 个工程包：{list}',
    en: 'Deleted {n} package(s): {list}',
  },
  'dissolve.emptied': {
    zh: '工程包 {list} 将因没有小区而删除，其评审意见和批注一并删除。',
    en: 'Package(s) {list} are left without compounds and deleted with their review opinions and annotations.',
  },
  'dissolve.ownRecords': { zh: '其{parts}将一并删除。', en: 'Its {parts} are deleted with it.' },
  'dissolve.confirmTitle': { zh: '删除有评审记录的工程包？', en: 'Delete packages that have review records?' },
  'dissolve.confirmOk': { zh: '仍然执行', en: 'Apply anyway' },
};
