// Starts the whole browser host: a backend in `homeDir`, its startup project (first launch: a demo copy),
// then the HTTP server. Separate from electron/web.ts (argument parsing, signals) so tests can run it.

import type { Backend } from '../backend/index';
import { createBackend } from '../backend/index';
import { createChromiumPrinter } from '../backend/report/chromium-printer';
import { createEventHub } from './events';
import { ensureDir } from './home';
import { startWebServer, type WebServer } from './http/server';
import { type Logger, registryFor } from './registry';

export interface WebHostOptions {
  homeDir: string;
  rendererDir: string;
  port: number;
  token?: string;
  log?: Logger;
  /** A project file to open instead of the startup project (the CLI's `renozone dossier <file>`). */
  open?: string;
  /** Chromium for printing reports (default: $RENOZONE_CHROMIUM or /usr/bin/chromium). */
  chromiumPath?: string;
}

export interface WebHost {
  server: WebServer;
  backend: Backend;
  /** Closes connections, then disposes the backend (which releases the project's lock). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const hub = createEventHub();
  // Reports print through a Chromium that opens this host's own server; its URL is known once the server listens.
  let baseUrl = '';
  const printer = createChromiumPrinter({ baseUrl: () => baseUrl, executablePath: opts.chromiumPath });
  const backend = createBackend({ homeDir: ensureDir(opts.homeDir), emit: hub.emit, printer });
  try {
    const registry = registryFor(backend.handlers, opts.log);
    if (opts.open) await backend.handlers['project.open']({ path: opts.open });
    else await backend.startup();
    const server = await startWebServer({
      registry,
      hub,
      rendererDir: opts.rendererDir,
      port: opts.port,
      token: opts.token,
      log: opts.log,
    });
    baseUrl = server.url;
    let stopped: Promise<void> | null = null;
    const stop = () => {
      stopped ??= server
        .close()
        .then(() => printer.close?.())
        .finally(() => backend.dispose());
      return stopped;
    };
    return { server, backend, stop };
  } catch (error) {
    backend.dispose();
    throw error;
  }
}
