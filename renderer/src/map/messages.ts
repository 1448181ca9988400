// The map's user-facing strings (one catalog part, zh first). Registered once on import.
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const mapMessages: Catalog = {
  'map.summary.drawCompound': { zh: '绘制小区', en: 'Draw compound' },
  'map.summary.drawBuilding': { zh: '绘制楼栋', en: 'Draw building' },
  'map.summary.moveVertex': { zh: '移动顶点（{n} 个要素）', en: 'Move vertex ({n} features)' },
  'map.summary.insertVertex': { zh: '插入顶点（{n} 个要素）', en: 'Insert vertex ({n} features)' },
  'map.summary.deleteVertex': { zh: '删除顶点（{n} 个要素）', en: 'Delete vertex ({n} features)' },
  'map.summary.move': { zh: '移动（{n} 个要素）', en: 'Move ({n} features)' },
  'map.summary.clip': { zh: '裁剪到相邻小区', en: 'Clip to neighbouring compounds' },
  'map.newCompoundName': { zh: '新建小区', en: 'New compound' },
  'map.unnamed': { zh: '未命名小区', en: 'Unnamed compound' },
  'map.error.invalidPolygon': { zh: '无法保存：{reason}', en: 'Cannot save: {reason}' },
  'map.error.vertexDelete': {
    zh: '删除该顶点后多边形无效，已保留原状。',
    en: 'Deleting this vertex would leave an invalid polygon; nothing was changed.',
  },
  'map.error.clipEmpty': {
    zh: '裁剪后小区没有剩余面积，已保留原状。',
    en: 'Nothing of the compound would remain after clipping; it was left as it is.',
  },
  'map.overlap.title': { zh: '新小区与其他小区重叠', en: 'The new compound overlaps others' },
  'map.overlap.body': {
    zh: '已保存，但与以下 {n} 个小区重叠：{names}',
    en: 'Saved, but it overlaps {n} compound(s): {names}',
  },
  'map.overlap.clip': { zh: '裁剪到相邻小区', en: 'Clip to neighbouring compounds' },
  'map.measure.hint': { zh: '单击添加点，双击结束', en: 'Click to add points, double-click to finish' },
};

let registered = false;
/** Idempotent: a hot reload must not register the same keys twice (registerMessages refuses duplicates). */
export function registerMapMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(mapMessages);
}
