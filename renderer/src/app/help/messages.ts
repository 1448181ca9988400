// Strings of the keyboard and mouse reference (快捷键一览).
import { type Catalog, registerMessages } from '../../../../shared/i18n';

export const helpMessages: Catalog = {
  'cmd.help.shortcuts': { zh: '快捷键一览', en: 'Keyboard shortcuts' },
  'help.title': { zh: '快捷键与鼠标操作', en: 'Keyboard shortcuts and mouse gestures' },
  'help.hint': {
    zh: '单键快捷键在输入框或对话框中不起作用；按 F1 或 ? 随时打开本表。',
    en: 'Single-key shortcuts do not act while typing or in a dialog; press F1 or ? to open this sheet.',
  },
  'help.or': { zh: '或', en: 'or' },
  'help.group.file': { zh: '文件', en: 'File' },
  'help.group.tools': { zh: '工具', en: 'Tools' },
  'help.group.edit': { zh: '编辑', en: 'Edit' },
  'help.group.view': { zh: '视图', en: 'View' },
  'help.group.analysis': { zh: '分析与评审', en: 'Analysis and review' },
  'help.group.general': { zh: '通用', en: 'General' },
  'help.group.select': { zh: '选择工具', en: 'Select tool' },
  'help.group.drawing': {
    zh: '绘制（小区、楼栋、管线、道路、场地要素）',
    en: 'Drawing (compounds, buildings, pipelines, roads, site areas)',
  },
  'help.group.vertices': { zh: '编辑节点', en: 'Edit vertices' },
  'help.group.move': { zh: '移动工具', en: 'Move tool' },
  'help.group.measure': { zh: '测距、测面积', en: 'Measuring' },
  'help.group.facility': { zh: '布置设施', en: 'Placing facilities' },
  'help.group.review': { zh: '联审演示', en: 'Review presentation' },
  'help.select.pick': { zh: '选择要素；点空白处取消选择', en: 'Select a feature; on empty space, clear' },
  'help.select.toggle': { zh: '加入或移出选择', en: 'Add to or remove from the selection' },
  'help.select.box': { zh: '框选', en: 'Box select' },
  'help.draw.add': { zh: '添加节点（开启捕捉时吸附）', en: 'Add a vertex (snapped when snapping is on)' },
  'help.draw.finish': { zh: '完成绘制', en: 'Finish' },
  'help.draw.back': { zh: '删除上一个节点', en: 'Remove the last vertex' },
  'help.draw.cancel': {
    zh: '取消正在画的图形；未画节点时回到选择工具',
    en: 'Cancel the sketch; with nothing drawn, back to Select',
  },
  'help.vertex.drag': {
    zh: '拖动节点；拖动边中点插入节点（共用边界一起移动）',
    en: 'Drag a vertex; drag an edge midpoint to insert one (shared boundaries move together)',
  },
  'help.vertex.delete': { zh: '删除节点', en: 'Delete a vertex' },
  'help.vertex.cancel': { zh: '放弃正在进行的拖动', en: 'Drop the drag in progress' },
  'help.move.drag': {
    zh: '移动所选要素（小区连同其上的楼栋、设施、场地要素）',
    en: 'Move the selection (a compound carries its buildings, facilities and site areas)',
  },
  'help.move.cancel': { zh: '放弃正在进行的移动', en: 'Drop the move in progress' },
  'help.measure.add': { zh: '添加测量点', en: 'Add a point' },
  'help.measure.end': { zh: '结束测量', en: 'End the measurement' },
  'help.measure.clear': { zh: '清除测量结果', en: 'Clear the measurement' },
  'help.facility.place': {
    zh: '放置所选设施（或从设施目录拖到地图上）；拖动已放设施移动它，边拖边检查',
    en: 'Place the picked facility (or drag it from the catalog); drag a placed one to move it, checked live',
  },
  'help.facility.rotate': { zh: '旋转 15°', en: 'Turn by 15°' },
  'help.facility.rotateBack': { zh: '反向旋转 15°', en: 'Turn back by 15°' },
  'help.facility.delete': { zh: '删除所选设施', en: 'Delete the selected facility' },
  'help.facility.cancel': { zh: '取消放置或拖动', en: 'Cancel placing or dragging' },
  'help.review.next': { zh: '下一项', en: 'Next item' },
  'help.review.prev': { zh: '上一项', en: 'Previous item' },
  'help.review.first': { zh: '第一项', en: 'First item' },
  'help.review.last': { zh: '最后一项', en: 'Last item' },
  'help.review.pointer': { zh: '激光笔（再按关闭）', en: 'Pointer (press again to stop)' },
  'help.review.pen': { zh: '画笔批注（再按关闭）', en: 'Pen annotation (press again to stop)' },
  'help.review.theme': { zh: '切换明暗主题', en: 'Switch light/dark theme' },
  'help.review.exit': { zh: '退出演示', en: 'Leave the presentation' },
  'help.key.space': { zh: '空格', en: 'Space' },
  'help.mouse.click': { zh: '单击', en: 'Click' },
  'help.mouse.doubleClick': { zh: '双击', en: 'Double-click' },
  'help.mouse.rightClick': { zh: '右击', en: 'Right-click' },
  'help.mouse.drag': { zh: '拖动', en: 'Drag' },
};

let registered = false;
export function registerHelpMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(helpMessages);
}
registerHelpMessages();
