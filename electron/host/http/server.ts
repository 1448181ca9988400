// The web host's HTTP server: the built renderer, the contract's calls (POST, JSON in, WireResult out) and
// the event stream (SSE), on 127.0.0.1 only. Routing, guarding and serving live here; the backend does not
// know it is behind HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALL_NAMES, type CallName, HTTP_EVENTS_PATH, HTTP_TOKEN_HEADER, httpCallPath } from '../../../shared/api';
import type { AppErrorData } from '../../../shared/model/errors';
import type { EventHub } from '../events';
import { type CallRegistry, type Logger, toWireError } from '../registry';
import { BodyTooLarge, MAX_BODY_BYTES, readJsonBody } from './body';
import { checkRequest, newToken, tokenMatches } from './guard';
import { createSseClients } from './sse';
import { createStaticSite } from './static';

export interface WebServerOptions {
  registry: CallRegistry;
  hub: EventHub;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  maxBodyBytes?: number;
  log?: Logger;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  /** Ends event streams and open connections, then stops listening. */
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // The page's own CSP is the meta tag in index.html; framing can only be forbidden by a header.
  'content-security-policy': "frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
};

function sendError(res: ServerResponse, status: number, error: AppErrorData): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ ok: false, error }));
}

const refusal = (detail: string): AppErrorData => ({ code: 'input.invalid', params: { detail }, detail });

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const site = await createStaticSite(opts.rendererDir, token);
  const sse = createSseClients(opts.hub);
  const callByPath = new Map<string, CallName>(CALL_NAMES.map((name) => [httpCallPath(name), name]));
  let port = opts.port;

  async function handleCall(req: IncomingMessage, res: ServerResponse, name: CallName): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, refusal('calls use POST'));
    if (!tokenMatches(token, req.headers[HTTP_TOKEN_HEADER] as string | undefined)) {
      return sendError(res, 403, refusal('missing or wrong token'));
    }
    let input: unknown;
    try {
      input = await readJsonBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('connection', 'close');
        return sendError(res, 413, refusal(error.message));
      }
      return sendError(res, 400, toWireError(error, opts.log));
    }
    const result = await opts.registry.dispatch(name, input);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(result));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    const refused = checkRequest(req, port);
    if (refused) return sendError(res, refused.status, refusal(refused.detail));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const name = callByPath.get(url.pathname);
    if (name) return handleCall(req, res, name);
    if (url.pathname === HTTP_EVENTS_PATH) {
      if (!tokenMatches(token, url.searchParams.get('token'))) return sendError(res, 403, refusal('wrong token'));
      return sse.attach(res);
    }
    if (url.pathname.startsWith('/api/')) return sendError(res, 404, refusal(`no such call: ${url.pathname}`));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, refusal('method not allowed'));
    return site.serve(req, res, url.pathname);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, toWireError(error, opts.log, 'http'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        sse.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
