// The work-package UI's strings (one catalog part, zh first): map tool, bundle dialog, package panel, change
// summaries. Registered once, idempotently (registerMessages refuses duplicate keys).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const packageMessages: Catalog = {
  'cmd.tool.editPackage': { zh: '片区编辑', en: 'Edit package' },
  'cmd.packages.bundle': { zh: '自动打包', en: 'Auto bundle' },
  'layers.packages': { zh: '片区（工程包）', en: 'Packages' },
  'pkg.kind': { zh: '片区', en: 'Package' },
  'pkg.back': { zh: '返回小区', en: 'Back to compound' },
  'pkg.close': { zh: '关闭', en: 'Close' },
  'pkg.field.name': { zh: '名称', en: 'Name' },
  'pkg.field.sub_district': { zh: '街道', en: 'Sub-district' },
  'pkg.field.status': { zh: '状态', en: 'Status' },
  'pkg.field.plan_year': { zh: '计划年度', en: 'Plan year' },
  'pkg.field.start_year': { zh: '开工年份', en: 'Start year' },
  'pkg.field.completion_year': { zh: '竣工年份', en: 'Completion year' },
  'pkg.field.locked': { zh: '锁定', en: 'Locked' },
  'pkg.status.reserve': { zh: '储备', en: 'Reserve' },
  'pkg.status.new_start': { zh: '新开工', en: 'New start' },
  'pkg.status.under_construction': { zh: '在建', en: 'Under construction' },
  'pkg.status.completed': { zh: '竣工', en: 'Completed' },
  'pkg.totals': { zh: '汇总', en: 'Totals' },
  'pkg.totals.compounds': { zh: '小区', en: 'Compounds' },
  'pkg.totals.buildings': { zh: '楼栋', en: 'Buildings' },
  'pkg.totals.households': { zh: '户数', en: 'Households' },
  'pkg.totals.floorArea': { zh: '建筑面积', en: 'Floor area' },
  'pkg.totals.years': { zh: '建成年代', en: 'Build years' },
  'pkg.totals.estimate': { zh: '估算', en: 'Estimate' },
  'pkg.wan': { zh: '{v} 万元', en: '{v} × 10k yuan' },
  'pkg.householdsOf': { zh: '{n} 户', en: '{n} households' },
  'pkg.members': { zh: '小区（{n}）', en: 'Compounds ({n})' },
  'pkg.actions.split': { zh: '拆出所选小区', en: 'Split off selected' },
  'pkg.actions.delete': { zh: '删除片区', en: 'Delete package' },
  'pkg.actions.mergeWith': { zh: '合并片区…', en: 'Merge with…' },
  'pkg.mergePlaceholder': { zh: '选择要并入的片区', en: 'Package to merge in' },
  'pkg.deleteConfirm': {
    zh: '删除片区“{name}”？其中的 {n} 个小区将不再属于任何片区。可以撤销。',
    en: 'Delete package “{name}”? Its {n} compounds will belong to no package. You can undo it.',
  },
  'pkg.belongsTo': { zh: '所属片区', en: 'Package' },
  'pkg.none': { zh: '未纳入片区', en: 'In no package' },
  'pkg.hint.choose': {
    zh: '请先选择一个片区：单击片区边界或片区表中的一行。',
    en: 'Choose a package first: click a package boundary or a row of the package table.',
  },
  'pkg.error.locked': { zh: '片区“{name}”已锁定，不能修改。', en: 'Package “{name}” is locked and cannot be edited.' },
  'pkg.error.splitAll': {
    zh: '不能拆出片区的全部小区。',
    en: 'Cannot split off every compound of a package.',
  },
  'pkg.error.splitNone': {
    zh: '请先在地图上选择本片区中的小区。',
    en: 'Select compounds of this package on the map first.',
  },
  'pkg.error.samePackage': { zh: '不能与自身合并。', en: 'A package cannot merge with itself.' },
  'pkg.splitName': { zh: '{name}-拆分', en: '{name} (split)' },
  'pkg.change.add': { zh: '将小区“{compound}”加入片区“{pkg}”', en: 'Add compound “{compound}” to package “{pkg}”' },
  'pkg.change.remove': {
    zh: '将小区“{compound}”移出片区“{pkg}”',
    en: 'Remove compound “{compound}” from package “{pkg}”',
  },
  'pkg.change.move': {
    zh: '将小区“{compound}”从片区“{from}”移入“{pkg}”',
    en: 'Move compound “{compound}” from package “{from}” to “{pkg}”',
  },
  'pkg.change.merge': { zh: '合并片区“{other}”到“{pkg}”', en: 'Merge package “{other}” into “{pkg}”' },
  'pkg.change.split': { zh: '从片区“{pkg}”拆出 {n} 个小区', en: 'Split {n} compounds off package “{pkg}”' },
  'pkg.change.delete': { zh: '删除片区“{pkg}”', en: 'Delete package “{pkg}”' },
  'pkg.change.edit': { zh: '修改片区“{pkg}”的{field}', en: 'Edit {field} of package “{pkg}”' },
  'pkg.change.lock': { zh: '锁定片区“{pkg}”', en: 'Lock package “{pkg}”' },
  'pkg.change.unlock': { zh: '解锁片区“{pkg}”', en: 'Unlock package “{pkg}”' },
  'bundle.title': { zh: '自动打包', en: 'Auto bundle' },
  'bundle.distance': { zh: '距离阈值 (m)', en: 'Distance (m)' },
  'bundle.same': { zh: '不跨越', en: 'Never cross' },
  'bundle.same.sub_district': { zh: '街道边界', en: 'Sub-district boundaries' },
  'bundle.same.community': { zh: '社区边界', en: 'Community boundaries' },
  'bundle.same.none': { zh: '不限', en: 'No boundary' },
  'bundle.onlyEligible': { zh: '仅符合改造条件的小区', en: 'Only eligible compounds' },
  'bundle.maxCompounds': { zh: '每包最多小区数', en: 'Max compounds per package' },
  'bundle.maxHouseholds': { zh: '每包最多户数', en: 'Max households per package' },
  'bundle.unlimited': { zh: '不限', en: 'No limit' },
  'bundle.preview': { zh: '预览', en: 'Preview' },
  'bundle.apply': { zh: '执行', en: 'Apply' },
  'bundle.lockedKept': {
    zh: '已锁定的 {n} 个片区及其小区保持不变。',
    en: 'The {n} locked packages and their compounds are kept as they are.',
  },
  'bundle.result': { zh: '共 {n} 个片区，涉及 {c} 个小区。', en: '{n} packages covering {c} compounds.' },
  'bundle.applied': { zh: '已打包为 {n} 个片区。', en: 'Bundled into {n} packages.' },
  'bundle.unchanged': { zh: '打包结果与现状相同，未作修改。', en: 'Bundling changed nothing.' },
  'bundle.col.name': { zh: '片区', en: 'Package' },
  'bundle.col.compounds': { zh: '小区', en: 'Compounds' },
  'bundle.col.households': { zh: '户数', en: 'Households' },
  'bundle.col.locked': { zh: '锁定', en: 'Locked' },
  'priority.title': { zh: '改造优先级', en: 'Renovation priority' },
  'priority.score': { zh: '得分 {score}', en: 'Score {score}' },
  'priority.term': { zh: '{weight} × {value} = {points}', en: '{weight} × {value} = {points}' },
};

let registered = false;
/** Idempotent: commands and views call it before their first `t()`. */
export function registerPackageMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(packageMessages);
}
