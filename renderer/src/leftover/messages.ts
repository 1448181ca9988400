// Strings of the leftover-land layer and panel (issue 4 §2).
import { type Catalog, registerMessages } from '../../../shared/i18n';

export const leftoverMessages: Catalog = {
  'cmd.leftover.show': { zh: '存量土地', en: 'Leftover land' },
  'leftoverUi.layer': { zh: '存量土地', en: 'Leftover land' },
  'leftoverUi.tab': { zh: '存量土地', en: 'Leftover land' },
  'leftoverUi.label': { zh: '{area} m² · 最小宽 {width} m', en: '{area} m² · min width {width} m' },
  'leftoverUi.fit': { zh: '{name} ×{n}', en: '{name} ×{n}' },
  'leftoverUi.none': { zh: '无', en: 'none' },
  'leftoverUi.noPieces': {
    zh: '没有满足最小面积和最小宽度的空地。',
    en: 'No land meets the minimum area and width.',
  },
  'leftoverUi.computing': { zh: '正在计算存量土地…', en: 'Computing leftover land…' },
  'leftoverUi.progress': { zh: '（计算中 {done}/{total} 个小区）', en: '(computing {done}/{total} compounds)' },
  'leftoverUi.cancel': { zh: '取消', en: 'Cancel' },
  'leftoverUi.saving': { zh: '保存中 {percent}%', en: 'Saving {percent}%' },
  'leftoverUi.halted': { zh: '存量土地计算已取消。', en: 'Leftover computation cancelled.' },
  'leftoverUi.haltedStale': {
    zh: '存量土地计算已取消，显示的结果可能已过时。',
    en: 'Leftover computation cancelled; what is shown may be out of date.',
  },
  'leftoverUi.resume': { zh: '重新计算', en: 'Compute again' },
  'leftoverUi.stats': {
    zh: '{compounds} 个小区，{pieces} 块空地，合计 {area} m²（计算 {ms} ms）',
    en: '{compounds} compounds, {pieces} pieces, {area} m² in all (computed in {ms} ms)',
  },
  'leftoverUi.col.compound': { zh: '小区 / 空地', en: 'Compound / piece' },
  'leftoverUi.col.package': { zh: '片区', en: 'Package' },
  'leftoverUi.col.area': { zh: '面积 m²', en: 'Area m²' },
  'leftoverUi.col.width': { zh: '最小宽 m', en: 'Min width m' },
  'leftoverUi.col.rect': { zh: '最大矩形 m', en: 'Best rectangle m' },
  'leftoverUi.col.fits': { zh: '可布置', en: 'What fits' },
  'leftoverUi.piece': { zh: '空地 {n}', en: 'Piece {n}' },
  'leftoverUi.pieces': { zh: '{n} 块', en: '{n} pieces' },
  'leftoverUi.view.compounds': { zh: '按小区', en: 'By compound' },
  'leftoverUi.view.packages': { zh: '按片区', en: 'By package' },
  'leftoverUi.noPackage': { zh: '未入片区', en: 'No package' },
  'leftoverUi.search': { zh: '筛选小区', en: 'Filter compounds' },
  'leftoverUi.showOnMap': { zh: '在地图上显示', en: 'Show on map' },
  'leftoverUi.save': { zh: '保存为图层', en: 'Save as layer' },
  'leftoverUi.saved': { zh: '已保存 {n} 块空地到“存量土地”图层', en: 'Saved {n} pieces to the leftover_pieces layer' },
  'leftoverUi.settings': {
    zh: '最小面积 {area} m²，最小宽度 {width} m（项目设置）',
    en: 'Minimum area {area} m², minimum width {width} m (project settings)',
  },
};

let registered = false;
export function registerLeftoverMessages(): void {
  if (registered) return;
  registered = true;
  registerMessages(leftoverMessages);
}
registerLeftoverMessages();
