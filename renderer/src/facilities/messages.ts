// Strings of the facility catalog, the placement tool, its live checks and the facility form (issue 4 §3).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const facilityMessages: Catalog = {
  'cmd.tool.placeFacility': { zh: '布置设施', en: 'Place facility' },
  'facilities.tab': { zh: '设施库', en: 'Facilities' },
  'facilities.catalog.title': { zh: '设施库', en: 'Facility catalog' },
  'facilities.catalog.hint': {
    zh: '把设施拖到地图上，或点选后在地图上单击放置；R / Shift+R 旋转 15°，Esc 取消。',
    en: 'Drag a facility onto the map, or pick it and click the map; R / Shift+R rotates by 15°, Esc cancels.',
  },
  'facilities.catalog.size': { zh: '{w} × {l} m', en: '{w} × {l} m' },
  'facilities.catalog.minArea': { zh: '最小 {a} m²', en: 'min {a} m²' },
  'facilities.catalog.floors': { zh: '{n} 层', en: '{n} floors' },
  'facilities.catalog.unverified': { zh: '未核实', en: 'Unverified' },
  'facilities.catalog.grade': { zh: '{g} 级', en: 'Grade {g}' },
  'facilities.catalog.picked': { zh: '正在布置：{name}', en: 'Placing: {name}' },
  'facilities.catalog.loading': { zh: '设施库尚未就绪。', en: 'The facility catalog is not ready.' },
  'facilities.check.title': { zh: '实时检查', en: 'Live checks' },
  'facilities.check.none': {
    zh: '移动设施时在此显示检查结果。',
    en: 'Check results appear here while a facility moves.',
  },
  'facilities.check.time': { zh: '本次检查用时 {ms} ms', en: 'Checked in {ms} ms' },
  'facilities.check.allOk': { zh: '全部通过', en: 'All passed' },
  'facilities.check.failures': { zh: '{n} 项不满足', en: '{n} failing' },
  'facilities.check.stalls': { zh: '可布置停车位 {n} 个', en: '{n} parking stalls fit' },
  'facilities.check.distance': { zh: '{actual} m < {required} m', en: '{actual} m < {required} m' },
  'facilities.check.distanceOk': { zh: '{actual} m ≥ {required} m', en: '{actual} m ≥ {required} m' },
  'facilities.check.outside': { zh: '不在任何小区内', en: 'Not inside any compound' },
  'facilities.col.rule': { zh: '检查项', en: 'Rule' },
  'facilities.col.result': { zh: '实际 / 要求', en: 'Actual / required' },
  'facilities.tableTab': { zh: '设施表', en: 'Facilities' },
  'facilities.col.name': { zh: '名称', en: 'Name' },
  'facilities.col.type': { zh: '类型', en: 'Type' },
  'facilities.col.compound': { zh: '所属小区', en: 'Compound' },
  'facilities.col.area': { zh: '占地 m²', en: 'Footprint m²' },
  'facilities.col.stalls': { zh: '停车位', en: 'Stalls' },
  'facilities.col.checks': { zh: '检查', en: 'Checks' },
  'facilities.table.stats': {
    zh: '{n} 个设施，{failing} 个有不满足项（按所在位置检查）',
    en: '{n} facilities, {failing} failing a check where they stand',
  },
  'facilities.table.onlyFailing': { zh: '只看不满足', en: 'Failing only' },
  'facilities.table.empty': {
    zh: '尚未布置设施：从右侧“设施库”拖到地图上。',
    en: 'No facilities yet: drag one from the Facilities catalog onto the map.',
  },
  'facilities.summary.place': { zh: '布置设施 {name}', en: 'Place facility {name}' },
  'facilities.summary.move': { zh: '移动设施 {name}', en: 'Move facility {name}' },
  'facilities.summary.rotate': { zh: '旋转设施 {name}', en: 'Rotate facility {name}' },
  'facilities.summary.delete': { zh: '删除设施 {name}', en: 'Delete facility {name}' },
  'facilities.summary.deleteMany': { zh: '删除设施 {n} 个', en: 'Delete {n} facilities' },
  'facilities.summary.edit': { zh: '修改设施 {name} 的{field}', en: 'Edit {field} of facility {name}' },
  'facilities.form.title': { zh: '设施', en: 'Facility' },
  'facilities.form.type': { zh: '类型', en: 'Type' },
  'facilities.form.name': { zh: '名称', en: 'Name' },
  'facilities.form.floors': { zh: '层数', en: 'Floors' },
  'facilities.form.height_m': { zh: '高度 (m)', en: 'Height (m)' },
  'facilities.form.note': { zh: '备注', en: 'Note' },
  'facilities.form.area': { zh: '占地 {a} m²', en: 'Footprint {a} m²' },
  'facilities.form.compound': { zh: '所属小区', en: 'Compound' },
  'facilities.form.rotateLeft': { zh: '左转 15°', en: 'Rotate −15°' },
  'facilities.form.rotateRight': { zh: '右转 15°', en: 'Rotate +15°' },
  'facilities.form.delete': { zh: '删除设施', en: 'Delete facility' },
  'facilities.form.moveHint': {
    zh: '用“布置设施”工具拖动可移动设施，移动时实时检查。',
    en: 'Drag it with the Place facility tool to move it; checks run live.',
  },
  'facilities.form.invalid': { zh: '请输入 {min}–{max} 之间的数值', en: 'Enter a value from {min} to {max}' },
  'facilities.legend.title': { zh: '存量土地与设施', en: 'Leftover land and facilities' },
  'facilities.legend.ok': { zh: '检查满足', en: 'Check met' },
  'facilities.legend.bad': { zh: '检查不满足', en: 'Check failed' },
  'facilities.layer': { zh: '设施', en: 'Facilities' },
  'facilities.unknownType': { zh: '未知设施类型 {key}', en: 'Unknown facility type {key}' },
};

let registered = false;
export function registerFacilityMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(facilityMessages);
}
registerFacilityMessages();
