// Strings of the site-context layers (roads, fire lanes, site areas): layer names, legend, tools, form labels and
// errors, zh first. Keys live under `context.`; command labels under `cmd.tool.`. The road and site-area kind names
// are in shared/i18n/site-kinds.ts (exported files label their styles with them too).
import { type Catalog, registerMessages } from '../../../shared/i18n';
import '../../../shared/i18n/site-kinds';

export const contextMessages: Catalog = {
  'cmd.tool.drawRoad': { zh: '画道路', en: 'Draw road' },
  'cmd.tool.drawSiteArea': { zh: '画场地要素', en: 'Draw site area' },
  'context.layer.roads': { zh: '道路与消防车道', en: 'Roads and fire lanes' },
  'context.layer.site_areas': { zh: '场地要素', en: 'Site areas' },
  'context.label.keptGreen': { zh: '保留绿地', en: 'Kept green' },
  'context.label.demolish': { zh: '{name}（拆除）', en: '{name} (to demolish)' },
  'context.label.road': { zh: '{name} {width}m', en: '{name} {width} m' },
  'context.legend.title': { zh: '场地要素', en: 'Site context' },
  'context.legend.road': { zh: '道路（按实际宽度）', en: 'Road (true width)' },
  'context.legend.fireLane': { zh: '消防车道（红色虚线边）', en: 'Fire lane (red dashed edges)' },
  'context.legend.keptGreen': { zh: '保留绿地（不计入存量用地）', en: 'Kept green (not leftover land)' },
  'context.legend.demolish': { zh: '违建·拟拆除（其用地计入腾空）', en: 'Illegal, to demolish (land freed)' },
  'context.picker.roadKind': { zh: '新道路类型', en: 'New road kind' },
  'context.picker.roadWidth': { zh: '新道路宽度 (m)', en: 'New road width (m)' },
  'context.picker.areaKind': { zh: '新场地要素类型', en: 'New site area kind' },
  'context.summary.drawRoad': { zh: '绘制{kind}（{width} m）', en: 'Draw {kind} ({width} m)' },
  'context.summary.drawSiteArea': { zh: '绘制{kind}', en: 'Draw {kind}' },
  'context.summary.delete': { zh: '删除道路/场地要素 {n} 个', en: 'Delete {n} roads/site areas' },
  'context.error.shortRoad': { zh: '道路至少需要两个不同的点', en: 'A road needs at least two distinct points' },
  'context.error.keepOnlyGreen': { zh: '只有绿地可以标记为“保留”', en: 'Only green can be marked as kept' },
  'context.error.demolishOnlyIllegal': {
    zh: '只有违法建设可以标记为“拆除”',
    en: 'Only illegal structures can be marked for demolition',
  },
  'context.attr.road': { zh: '道路', en: 'Road' },
  'context.attr.siteArea': { zh: '场地要素', en: 'Site area' },
  'context.col.name': { zh: '名称', en: 'Name' },
  'context.col.kind': { zh: '类型', en: 'Kind' },
  'context.col.width_m': { zh: '宽度 (m)', en: 'Width (m)' },
  'context.col.keep': { zh: '保留（保护绿地）', en: 'Keep (protected green)' },
  'context.col.demolish': { zh: '拟拆除', en: 'To demolish' },
  'context.col.note': { zh: '备注', en: 'Note' },
  'context.col.compound_id': { zh: '所属小区', en: 'Compound' },
  'context.derived.length': { zh: '长度', en: 'Length' },
  'context.derived.area': { zh: '面积', en: 'Area' },
};

let registered = false;
/** Idempotent: registerMessages refuses duplicate keys, and several modules import this. */
export function registerContextMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(contextMessages);
}
registerContextMessages();
