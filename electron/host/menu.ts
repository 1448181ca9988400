// The desktop application menu (文件/编辑/视图/帮助) as a plain template. Items that touch the project call
// the same contract calls the UI uses (through main.ts's actions), so the renderer learns of the result from
// the backend's events exactly as if it had made the call itself.
import type { MenuItemConstructorOptions } from 'electron';
import { type Catalog, type Lang, registerMessages, t } from '../../shared/i18n/index';

export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openDemo(): void;
  saveAs(): void;
  closeProject(): void;
  undo(): void;
  redo(): void;
  about(): void;
}

const messages: Catalog = {
  'appmenu.file': { zh: '文件', en: 'File' },
  'appmenu.new': { zh: '新建项目…', en: 'New Project…' },
  'appmenu.open': { zh: '打开项目…', en: 'Open Project…' },
  'appmenu.demo': { zh: '打开示例片区', en: 'Open Demo District' },
  'appmenu.saveAs': { zh: '另存为…', en: 'Save As…' },
  'appmenu.close': { zh: '关闭项目', en: 'Close Project' },
  'appmenu.quit': { zh: '退出', en: 'Quit' },
  'appmenu.edit': { zh: '编辑', en: 'Edit' },
  'appmenu.undo': { zh: '撤销', en: 'Undo' },
  'appmenu.redo': { zh: '重做', en: 'Redo' },
  'appmenu.cut': { zh: '剪切', en: 'Cut' },
  'appmenu.copy': { zh: '复制', en: 'Copy' },
  'appmenu.paste': { zh: '粘贴', en: 'Paste' },
  'appmenu.selectAll': { zh: '全选', en: 'Select All' },
  'appmenu.view': { zh: '视图', en: 'View' },
  'appmenu.reload': { zh: '重新加载', en: 'Reload' },
  'appmenu.devTools': { zh: '开发者工具', en: 'Developer Tools' },
  'appmenu.resetZoom': { zh: '实际大小', en: 'Actual Size' },
  'appmenu.zoomIn': { zh: '放大', en: 'Zoom In' },
  'appmenu.zoomOut': { zh: '缩小', en: 'Zoom Out' },
  'appmenu.fullScreen': { zh: '全屏', en: 'Full Screen' },
  'appmenu.help': { zh: '帮助', en: 'Help' },
  'appmenu.about': { zh: '关于 RenoZone', en: 'About RenoZone' },
  'appmenu.projectFilter': { zh: 'RenoZone 项目（GeoPackage）', en: 'RenoZone project (GeoPackage)' },
  'appmenu.newFileName': { zh: '新项目.gpkg', en: 'New project.gpkg' },
  'appmenu.errorTitle': { zh: 'RenoZone', en: 'RenoZone' },
  'appmenu.aboutText': { zh: '片区改造设计 {version}', en: 'Zone-by-zone renovation design {version}' },
};
registerMessages(messages);

export function buildMenuTemplate(actions: MenuActions, lang: Lang = 'zh'): MenuItemConstructorOptions[] {
  const l = (key: string) => t(key, {}, lang);
  return [
    {
      label: l('appmenu.file'),
      submenu: [
        { label: l('appmenu.new'), accelerator: 'CmdOrCtrl+N', click: actions.newProject },
        { label: l('appmenu.open'), accelerator: 'CmdOrCtrl+O', click: actions.openProject },
        { label: l('appmenu.demo'), click: actions.openDemo },
        { label: l('appmenu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveAs },
        { label: l('appmenu.close'), accelerator: 'CmdOrCtrl+W', click: actions.closeProject },
        { type: 'separator' },
        { label: l('appmenu.quit'), role: 'quit' },
      ],
    },
    {
      label: l('appmenu.edit'),
      submenu: [
        // The keys themselves belong to the renderer (it handles them in the browser host too, and knows when
        // a text field has focus); the menu only shows them, so one key press never undoes twice.
        { label: l('appmenu.undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: actions.undo },
        { label: l('appmenu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: actions.redo },
        { type: 'separator' },
        { label: l('appmenu.cut'), role: 'cut' },
        { label: l('appmenu.copy'), role: 'copy' },
        { label: l('appmenu.paste'), role: 'paste' },
        { label: l('appmenu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: l('appmenu.view'),
      submenu: [
        { label: l('appmenu.reload'), role: 'reload' },
        { label: l('appmenu.devTools'), role: 'toggleDevTools' },
        { type: 'separator' },
        { label: l('appmenu.resetZoom'), role: 'resetZoom' },
        { label: l('appmenu.zoomIn'), role: 'zoomIn' },
        { label: l('appmenu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: l('appmenu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
    { label: l('appmenu.help'), submenu: [{ label: l('appmenu.about'), click: actions.about }] },
  ];
}
