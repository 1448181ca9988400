// Strings of the pipelines and trees on the map: layer names, legend, tools, attribute labels (zh first). Keys are
// under `pipemap.` so they cannot clash with the conflicts UI's own catalog part.
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const pipeMapMessages: Catalog = {
  'pipemap.type.water_supply': { zh: '给水', en: 'Water supply' },
  'pipemap.type.storm': { zh: '雨水', en: 'Storm drain' },
  'pipemap.type.sewer': { zh: '污水', en: 'Sewer' },
  'pipemap.type.reclaimed': { zh: '再生水', en: 'Reclaimed water' },
  'pipemap.type.gas': { zh: '燃气', en: 'Gas' },
  'pipemap.type.heating': { zh: '热力', en: 'Heating' },
  'pipemap.type.power': { zh: '电力', en: 'Power' },
  'pipemap.type.telecom': { zh: '通信', en: 'Telecom' },
  'pipemap.type.utility_trench': { zh: '管沟', en: 'Utility trench' },
  'pipemap.gas.low': { zh: '低压', en: 'Low' },
  'pipemap.gas.medium_b': { zh: '中压B', en: 'Medium B' },
  'pipemap.gas.medium_a': { zh: '中压A', en: 'Medium A' },
  'pipemap.gas.subhigh_b': { zh: '次高压B', en: 'Sub-high B' },
  'pipemap.gas.subhigh_a': { zh: '次高压A', en: 'Sub-high A' },
  'pipemap.laying.direct_buried': { zh: '直埋', en: 'Direct buried' },
  'pipemap.laying.conduit': { zh: '保护管/管道', en: 'Conduit / duct' },
  'pipemap.status.existing': { zh: '现状', en: 'Existing' },
  'pipemap.status.new': { zh: '新建', en: 'New' },
  'pipemap.status.abandon': { zh: '废除', en: 'To abandon' },
  'pipemap.layer.pipelines': { zh: '管线', en: 'Pipelines' },
  'pipemap.layer.trees': { zh: '树木', en: 'Trees' },
  'pipemap.legend.pipelines': { zh: '管线（按类型）', en: 'Pipelines (by type)' },
  'pipemap.legend.status': { zh: '实线现状，粗线新建，虚线废除', en: 'Solid existing, thick new, dashed abandon' },
  'pipemap.legend.trees': { zh: '树木（圆为冠幅）', en: 'Trees (circle = crown)' },
  'pipemap.legend.conflicts': { zh: '净距冲突标记', en: 'Clearance conflict markers' },
  'cmd.tool.drawPipeline': { zh: '绘制管线', en: 'Draw pipeline' },
  'cmd.tool.drawTree': { zh: '绘制树木', en: 'Draw tree' },
  'pipemap.tool.pipeType': { zh: '当前管线类型', en: 'Current pipe type' },
  'pipemap.summary.drawPipeline': { zh: '绘制管线（{type}）', en: 'Draw pipeline ({type})' },
  'pipemap.summary.drawTree': { zh: '绘制树木', en: 'Draw tree' },
  'pipemap.summary.delete': { zh: '删除管线/树木 {n} 个', en: 'Delete {n} pipelines/trees' },
  'pipemap.error.shortLine': { zh: '管线至少需要两个不同的点', en: 'A pipeline needs at least two distinct points' },
  'pipemap.attr.pipeline': { zh: '管线', en: 'Pipeline' },
  'pipemap.attr.tree': { zh: '树木', en: 'Tree' },
  'pipemap.col.code': { zh: '编号', en: 'Code' },
  'pipemap.col.type': { zh: '类型', en: 'Type' },
  'pipemap.col.gas_pressure': { zh: '燃气压力', en: 'Gas pressure' },
  'pipemap.col.laying': { zh: '敷设方式', en: 'Laying' },
  'pipemap.col.diameter_mm': { zh: '管径/断面宽 (mm)', en: 'Diameter / width (mm)' },
  'pipemap.col.depth_start_m': { zh: '起点埋深 (m)', en: 'Cover at start (m)' },
  'pipemap.col.depth_end_m': { zh: '终点埋深 (m)', en: 'Cover at end (m)' },
  'pipemap.col.material': { zh: '材质', en: 'Material' },
  'pipemap.col.status': { zh: '状态', en: 'Status' },
  'pipemap.col.owner': { zh: '权属单位', en: 'Owner' },
  'pipemap.col.municipal': { zh: '市政主管', en: 'Municipal main' },
  'pipemap.col.compound_id': { zh: '所属小区', en: 'Compound' },
  'pipemap.col.species': { zh: '树种', en: 'Species' },
  'pipemap.col.crown_radius_m': { zh: '冠幅半径 (m)', en: 'Crown radius (m)' },
  'pipemap.derived.length': { zh: '长度', en: 'Length' },
  'pipemap.derived.pipeKey': { zh: '标准管线类别', en: 'Standard pipe key' },
  'pipemap.derived.rule': { zh: '采用的净距行', en: 'Clearance row used' },
  'pipemap.derived.noRule': { zh: '净距表中无此行', en: 'Not in the clearance table' },
  'pipemap.derived.unverified': { zh: 'C 级：未核实', en: 'grade C: unverified' },
  'pipemap.summary.edit': { zh: '修改{kind}“{name}”的{field}', en: 'Edit {field} of {kind} “{name}”' },
  'pipemap.invalid.number': { zh: '请输入 {min}–{max} 之间的数值', en: 'Enter a number from {min} to {max}' },
  'pipemap.invalid.text': { zh: '不能超过 {max} 个字符', en: 'At most {max} characters' },
  'pipemap.none': { zh: '（无）', en: '(none)' },
};

let registered = false;
/** Idempotent: registerMessages refuses duplicate keys, and several modules import this. */
export function registerPipeMapMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(pipeMapMessages);
}
registerPipeMapMessages();
