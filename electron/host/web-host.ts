// Starts the whole browser host: a backend in `homeDir`, its startup project (first launch: a demo copy),
// then the HTTP server. Separate from electron/web.ts (argument parsing, signals) so tests can run it.

import type { Backend } from '../backend/index';
import { createBackend } from '../backend/index';
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
}

export interface WebHost {
  server: WebServer;
  backend: Backend;
  /** Closes connections, then disposes the backend (which releases the project's lock). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const hub = createEventHub();
  const backend = createBackend({ homeDir: ensureDir(opts.homeDir), emit: hub.emit });
  try {
    const registry = registryFor(backend.handlers, opts.log);
    await backend.startup();
    const server = await startWebServer({
      registry,
      hub,
      rendererDir: opts.rendererDir,
      port: opts.port,
      token: opts.token,
      log: opts.log,
    });
    let stopped: Promise<void> | null = null;
    const stop = () => {
      stopped ??= server.close().finally(() => backend.dispose());
      return stopped;
    };
    return { server, backend, stop };
  } catch (error) {
    backend.dispose();
    throw error;
  }
}
