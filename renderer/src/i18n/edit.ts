import type { Catalog } from '../../../shared/i18n';

// Change summaries (written to the journal and shown as undo tooltips) and delete confirmation.
export const editMessages: Catalog = {
  'change.editField': { zh: '修改{kind}“{name}”的{field}', en: 'Edit {field} of {kind} “{name}”' },
  'change.deleteCompounds': { zh: '删除小区 {c} 个、楼栋 {b} 栋', en: 'Delete {c} compounds and {b} buildings' },
  'change.deleteBuildings': { zh: '删除楼栋 {b} 栋', en: 'Delete {b} buildings' },
  'change.settings': { zh: '修改项目设置', en: 'Change project settings' },
  'kind.compounds': { zh: '小区', en: 'compound' },
  'kind.buildings': { zh: '楼栋', en: 'building' },
  'delete.confirmTitle': { zh: '确认删除', en: 'Confirm delete' },
  'delete.confirmCascade': {
    zh: '将删除 {c} 个小区及其中的 {b} 栋楼栋。可以撤销。',
    en: 'This deletes {c} compounds and the {b} buildings in them. You can undo it.',
  },
  'delete.confirmCarried': {
    zh: '将删除 {c} 个小区及其中的 {b} 栋楼栋，以及其上的{rest}。可以撤销。',
    en: 'This deletes {c} compounds and the {b} buildings in them, with the {rest} on them. You can undo it.',
  },
  'delete.carried.facilities': { zh: '设施 {n} 个', en: '{n} facilities' },
  'delete.carried.roads': { zh: '道路 {n} 条', en: '{n} roads' },
  'delete.carried.site_areas': { zh: '场地要素 {n} 个', en: '{n} site areas' },
  'delete.carried.leftover_pieces': { zh: '存量用地 {n} 块', en: '{n} leftover pieces' },
  'delete.carried.sep': { zh: '、', en: ', ' },
  'delete.ok': { zh: '删除', en: 'Delete' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.ok': { zh: '确定', en: 'OK' },
  'common.save': { zh: '保存', en: 'Save' },
  'common.error': { zh: '出错了', en: 'Error' },
  'common.unnamed': { zh: '（未命名）', en: '(unnamed)' },
};
