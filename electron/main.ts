// The Electron shell: one window, the application menu, dialogs, and the backend bound to IPC. Kept thin:
// the backend, the call registry and the menu template are plain modules tested without Electron.
// Security: contextIsolation + sandbox, no Node in the page, no navigation, no new windows but review mode's
// audience window of our own page, no permissions,
// and IPC answered only for our own page. The CSP is the meta tag in renderer/index.html (pages load from
// file://, where response-header hooks do not apply).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain, Menu, session } from 'electron';
import packageJson from '../package.json';
import { CALL_NAMES, type CallInput, type CallName, IPC_EVENT_CHANNEL, ipcChannel } from '../shared/api';
import { errorText } from '../shared/i18n/index';
import { createBackend } from './backend/index';
import { createEventHub } from './host/events';
import { buildMenuTemplate } from './host/menu';
import { registryFor } from './host/registry';
import { createElectronPrinter } from './report-printer';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const projectFilters = [{ name: 'RenoZone (GeoPackage)', extensions: ['gpkg'] }];

let mainWindow: BrowserWindow | null = null;

/** True only for our own index.html loaded from disk (compared as paths, so URL encoding does not matter). */
function isRendererPage(url: string | undefined): boolean {
  if (!url?.startsWith('file:')) return false;
  try {
    const path = fileURLToPath(url);
    return process.platform === 'win32' ? path.toLowerCase() === rendererIndex.toLowerCase() : path === rendererIndex;
  } catch {
    return false;
  }
}

const securePreferences = () => ({
  preload: join(__dirname, 'preload.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
});

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1600,
    height: 1000,
    show: false,
    title: 'RenoZone 片区改造设计',
    webPreferences: securePreferences(),
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadFile(rendererIndex);
  return win;
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The one window a page may open: review mode's audience window (our own page, #review-audience), with the
    // same locked-down preferences; anything else is refused.
    contents.setWindowOpenHandler(({ url }) =>
      isRendererPage(url) && new URL(url).hash === '#review-audience'
        ? { action: 'allow', overrideBrowserWindowOptions: { webPreferences: securePreferences() } }
        : { action: 'deny' },
    );
  });
}

async function start(): Promise<void> {
  const hub = createEventHub();
  const printer = createElectronPrinter({ rendererIndex, preload: join(__dirname, 'preload.cjs') });
  const backend = createBackend({ homeDir: app.getPath('userData'), emit: hub.emit, printer });
  const registry = registryFor(backend.handlers);
  app.on('will-quit', () => backend.dispose());

  // Only our own page may call the backend (a frame from anywhere else gets a refusal).
  const trusted = (event: IpcMainInvokeEvent) => isRendererPage(event.senderFrame?.url);
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) =>
      trusted(event)
        ? registry.dispatch(name, input)
        : { ok: false, error: { code: 'input.invalid', params: { detail: 'untrusted sender' } } },
    );
  }
  hub.subscribe((message) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC_EVENT_CHANNEL, message);
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  /** Menu items run the same calls as the UI; failures are shown in a dialog, "nothing to undo" is not. */
  const run = async <K extends CallName>(name: K, input: CallInput<K>) => {
    const result = await registry.dispatch(name, input);
    if (!result.ok && result.error.code !== 'history.empty') {
      dialog.showErrorBox('RenoZone', errorText(result.error, 'zh'));
    }
  };
  const askSavePath = async (defaultName: string) => {
    const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: projectFilters };
    const res = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return res.canceled ? undefined : res.filePath;
  };
  const menu = buildMenuTemplate({
    newProject: async () => {
      const path = await askSavePath('新项目.gpkg');
      if (path) await run('project.create', { path });
    },
    openProject: async () => {
      const options = { properties: ['openFile' as const], filters: projectFilters };
      const res = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      const path = res.filePaths[0];
      if (!res.canceled && path) await run('project.open', { path });
    },
    openDemo: () => void run('project.openDemo', {}),
    saveAs: async () => {
      const path = await askSavePath('项目副本.gpkg');
      // The system dialog has already asked about replacing an existing file.
      if (path) await run('project.saveAs', { path, overwrite: true });
    },
    closeProject: () => void run('project.close', {}),
    undo: () => void run('history.undo', {}),
    redo: () => void run('history.redo', {}),
    about: () =>
      void dialog.showMessageBox({ title: 'RenoZone', message: `RenoZone 片区改造设计 ${packageJson.version}` }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

  try {
    await backend.startup();
  } catch (error) {
    // The window still opens: the user can open or create another project from the menu.
    dialog.showErrorBox('RenoZone', error instanceof Error ? error.message : String(error));
  }
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  lockDownContents();
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('RenoZone', String(error));
    app.quit();
  });
}
