import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/model/errors';
import { startWebHost, type WebHost } from '../../host/web-host';
import { chromiumPath } from './chromium-printer';

// The CLI's printing rig (`renozone dossier`, `renozone minutes`): the web host's machinery in-process on 127.0.0.1
// with an ephemeral port and a throw-away home folder, opening the given project file; the backend's printer then
// drives Chromium against it. Stopped (browser, server, project lock, temp home) when the work is done.

/** The built renderer beside the bundle (dist/electron/cli.cjs → dist/renderer). */
const defaultRendererDir = () => join(__dirname, '..', 'renderer');

export async function withPrintHost<T>(
  file: string,
  work: (host: WebHost) => Promise<T>,
  opts: { rendererDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<T> {
  const chromium = chromiumPath(opts.env);
  if (!existsSync(chromium)) throw new AppError('report.printerUnavailable', { path: chromium });
  const rendererDir = opts.rendererDir ?? defaultRendererDir();
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new AppError('report.failed', { detail: `${rendererDir}/index.html is missing (npm run build)` });
  const home = mkdtempSync(join(tmpdir(), 'renozone-print-'));
  let host: WebHost | null = null;
  try {
    host = await startWebHost({ homeDir: home, rendererDir, port: 0, open: resolve(file), chromiumPath: chromium });
    return await work(host);
  } finally {
    await host?.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
