import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { AppError } from '../../../shared/model/errors';
import { countPdfPages, type PdfPrinter, REPORT_READY_TIMEOUT_MS, type ReportWindowFlags } from './printer';

// The web host's and the CLI's printer: one headless Debian Chromium, launched on first use and kept for later
// prints, opens the report route of the running web server (its index.html carries the session token) and prints
// with the page's own CSS page size. WebGL (the maps) runs through SwiftShader, so the GPU flags must stay as they are.

export const CHROMIUM_ENV = 'RENOZONE_CHROMIUM';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface ChromiumPrinterOptions {
  /** The web server's base URL (e.g. http://127.0.0.1:5174/); read at print time, as the server starts later. */
  baseUrl: () => string;
  /** Chromium's executable; default $RENOZONE_CHROMIUM or /usr/bin/chromium. */
  executablePath?: string;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env[CHROMIUM_ENV] || DEFAULT_CHROMIUM;
}

export function createChromiumPrinter(opts: ChromiumPrinterOptions): PdfPrinter {
  const executablePath = opts.executablePath ?? chromiumPath();
  let browser: Promise<Browser> | null = null;

  const launch = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) throw new AppError('report.printerUnavailable', { path: executablePath });
    // Loaded on demand: hosts that never print do not pay for playwright-core.
    const { chromium } = await import('playwright-core');
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    } catch (error) {
      throw new AppError('report.printerUnavailable', { path: executablePath }, String(error));
    }
  };

  const browserOnce = (): Promise<Browser> => {
    browser ??= launch().catch((error: unknown) => {
      browser = null;
      throw error;
    });
    return browser;
  };

  return {
    async print(route, out, { paper }) {
      const b = await browserOnce();
      const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
      const tmp = `${out}.part`;
      try {
        await page.goto(`${opts.baseUrl()}#report/${route}`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => {
            const w = globalThis as unknown as ReportWindowFlags;
            return w.__reportReady === true || typeof w.__reportError === 'string';
          },
          undefined,
          { timeout: REPORT_READY_TIMEOUT_MS, polling: 200 },
        );
        const failed = await page.evaluate(() => (globalThis as unknown as ReportWindowFlags).__reportError ?? null);
        if (failed !== null) throw new AppError('report.failed', { detail: failed });
        const pdf = await page.pdf({ path: tmp, format: paper, printBackground: true, preferCSSPageSize: true });
        await rename(tmp, out);
        return { pages: countPdfPages(pdf) };
      } catch (error) {
        await rm(tmp, { force: true });
        if (error instanceof AppError) throw error;
        throw new AppError('report.failed', { detail: error instanceof Error ? error.message : String(error) });
      } finally {
        await page.close().catch(() => {});
      }
    },
    async close() {
      const pending = browser;
      browser = null;
      if (pending) await (await pending.catch(() => null))?.close();
    },
  };
}
