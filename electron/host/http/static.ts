// Serves the built renderer (dist/renderer) read-only. index.html is served from memory with the per-run
// token injected; every other file is streamed from disk. Invariant: no path outside `root` is ever opened.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { mimeType } from './mime';

export const TOKEN_META_NAME = 'renozone-token';

/** Inserts `<meta name="renozone-token">` right after `<head>`; the renderer's HTTP client reads it. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}" />`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('index.html has no <head>');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

/** Maps a URL path to a file under root, or null when it would escape root or is malformed. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

export interface StaticSite {
  serve(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void>;
}

/** Loads index.html once (failing early if the renderer was not built) and serves the folder. */
export async function createStaticSite(root: string, token: string): Promise<StaticSite> {
  const indexPath = resolve(root, 'index.html');
  const indexHtml = injectToken(await readFile(indexPath, 'utf8'), token);
  const send = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
  };
  return {
    async serve(req, res, urlPath) {
      const filePath = urlPath === '/' ? indexPath : resolveStaticPath(root, urlPath);
      if (!filePath) return send(res, 400, 'bad path');
      if (filePath === indexPath) {
        // Never cached: it carries this run's token.
        res.writeHead(200, { 'content-type': mimeType(indexPath), 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : indexHtml);
        return;
      }
      const info = await stat(filePath).catch(() => null);
      if (!info?.isFile()) {
        // Browsers ask for /favicon.ico on their own; without one, answer "nothing" rather than an error.
        if (urlPath === '/favicon.ico') return void res.writeHead(204).end();
        return send(res, 404, 'not found');
      }
      res.writeHead(200, { 'content-type': mimeType(filePath), 'content-length': info.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(filePath)
        .on('error', () => res.destroy())
        .pipe(res);
    },
  };
}
