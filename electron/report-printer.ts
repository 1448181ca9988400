// The desktop app's report printer: a hidden window loads the app's own page at the report route (with the same
// preload, so the page reaches the backend over IPC like the main window), waits for the page's readiness flag
// and prints with Electron's printToPDF at the page's CSS page size. Cannot run without Electron; kept small.
import { rename, rm, writeFile } from 'node:fs/promises';
import { BrowserWindow } from 'electron';
import { AppError } from '../shared/model/errors';
import { countPdfPages, type PdfPrinter, REPORT_READY_TIMEOUT_MS } from './backend/report/printer';

const READY_SCRIPT =
  "window.__reportReady === true ? 'ready' : typeof window.__reportError === 'string' ? 'error:' + window.__reportError : ''";

async function waitReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + REPORT_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = String(await win.webContents.executeJavaScript(READY_SCRIPT));
    if (state === 'ready') return;
    if (state.startsWith('error:')) throw new AppError('report.failed', { detail: state.slice(6) });
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new AppError('report.failed', {
    detail: `the report page was not ready after ${REPORT_READY_TIMEOUT_MS / 1000} s`,
  });
}

export function createElectronPrinter(opts: { rendererIndex: string; preload: string }): PdfPrinter {
  return {
    async print(route, out, { paper }) {
      const win = new BrowserWindow({
        show: false,
        width: 1280,
        height: 900,
        webPreferences: {
          preload: opts.preload,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          // A hidden window must keep drawing its maps.
          backgroundThrottling: false,
        },
      });
      const tmp = `${out}.part`;
      try {
        await win.loadFile(opts.rendererIndex, { hash: `report/${route}` });
        await waitReady(win);
        const pdf = await win.webContents.printToPDF({
          pageSize: paper,
          printBackground: true,
          preferCSSPageSize: true,
          margins: { marginType: 'none' },
        });
        await writeFile(tmp, pdf);
        await rename(tmp, out);
        return { pages: countPdfPages(pdf) };
      } catch (error) {
        await rm(tmp, { force: true });
        if (error instanceof AppError) throw error;
        throw new AppError('report.failed', { detail: error instanceof Error ? error.message : String(error) });
      } finally {
        win.destroy();
      }
    },
  };
}
