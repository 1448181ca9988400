// The HTTP layer alone (a registry with test handlers): limits and shutdown, without a backend.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../electron/host/events';
import { startWebServer } from '../../../electron/host/http/server';
import { injectToken, resolveStaticPath } from '../../../electron/host/http/static';
import { CallRegistry } from '../../../electron/host/registry';
import { HTTP_TOKEN_HEADER, httpCallPath, type WireResult } from '../../../shared/api';
import { rawRequest, tempDir } from './helpers';

describe('static paths', () => {
  it('keeps every resolved path inside the root', () => {
    expect(resolveStaticPath('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js');
    expect(resolveStaticPath('/srv/r', '/a/../b.js')).toBe('/srv/r/b.js');
    expect(resolveStaticPath('/srv/r', '/../x')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/..')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/..\\x')).toBeNull();
  });

  it('injects the token meta right after <head>', () => {
    expect(injectToken('<html><head lang="x"><title>', 'T')).toBe(
      '<html><head lang="x">\n    <meta name="renozone-token" content="T" /><title>',
    );
    expect(() => injectToken('<html></html>', 'T')).toThrow();
  });
});

describe('web server limits', () => {
  it('refuses an oversized body with 413 and a clear message, then closes cleanly', async () => {
    const tmp = tempDir();
    mkdirSync(join(tmp.dir, 'r'));
    writeFileSync(join(tmp.dir, 'r', 'index.html'), '<html><head></head></html>');
    const seen: unknown[] = [];
    const registry = new CallRegistry(() => {}).register('project.open', (input) => {
      seen.push(input);
      return null as never;
    });
    const server = await startWebServer({
      registry,
      hub: createEventHub(),
      rendererDir: join(tmp.dir, 'r'),
      port: 0,
      maxBodyBytes: 1024,
    });
    try {
      const res = await rawRequest(server.port, {
        path: httpCallPath('project.open'),
        method: 'POST',
        headers: { [HTTP_TOKEN_HEADER]: server.token },
        body: JSON.stringify({ path: 'x'.repeat(2000) }),
      });
      expect(res.status).toBe(413);
      const wire = JSON.parse(res.body) as WireResult<unknown>;
      expect(!wire.ok && wire.error.params?.detail).toMatch(/exceeds/);
      expect(seen).toHaveLength(0);
      const ok = await rawRequest(server.port, {
        path: httpCallPath('project.open'),
        method: 'POST',
        headers: { [HTTP_TOKEN_HEADER]: server.token },
        body: JSON.stringify({ path: '/p.gpkg' }),
      });
      expect(JSON.parse(ok.body)).toEqual({ ok: true, value: null });
      expect((await rawRequest(server.port, { path: '/api/call/nope', method: 'POST' })).status).toBe(404);
    } finally {
      await server.close();
      tmp.remove();
    }
  });
});
