// The browser host over real HTTP with the real backend in a temp home folder.

import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/host/web-host';
import { HTTP_EVENTS_PATH, HTTP_TOKEN_HEADER, httpCallPath, type WireResult } from '../../../shared/api';
import type { Compound } from '../../../shared/model/tables';
import { rawRequest, tempDir } from './helpers';

const INDEX = '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body></body></html>';

function makeRendererDir(dir: string): string {
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'worker.mjs'), 'export {};');
  writeFileSync(join(root, 'assets', 'lib.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  return root;
}

describe('web host', () => {
  const tmp = tempDir();
  let host: WebHost;
  let port: number;
  let token: string;

  const callHttp = async <T>(name: Parameters<typeof httpCallPath>[0], input: unknown, headers = {}) => {
    const res = await rawRequest(port, {
      path: httpCallPath(name),
      method: 'POST',
      headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token, ...headers },
      body: JSON.stringify(input),
    });
    return { status: res.status, wire: JSON.parse(res.body) as WireResult<T> };
  };

  beforeAll(async () => {
    host = await startWebHost({
      homeDir: join(tmp.dir, 'home'),
      rendererDir: makeRendererDir(tmp.dir),
      port: 0,
      log: () => {},
    });
    port = host.server.port;
    token = host.server.token;
  });
  afterAll(async () => {
    await host?.stop();
    tmp.remove();
  });

  it('serves index.html with the token injected, and assets with the right types', async () => {
    expect(host.server.url).toBe(`http://127.0.0.1:${port}/`);
    const index = await rawRequest(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain(`<meta name="renozone-token" content="${token}" />`);
    expect((await rawRequest(port, { path: '/assets/worker.mjs' })).headers['content-type']).toMatch(/javascript/);
    expect((await rawRequest(port, { path: '/assets/lib.wasm' })).headers['content-type']).toBe('application/wasm');
    expect((await rawRequest(port, { path: '/nope.js' })).status).toBe(404);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await rawRequest(port, { path });
      expect(res.body).not.toContain('outside the renderer');
      expect([400, 404]).toContain(res.status);
    }
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await rawRequest(port, { path: httpCallPath('app.info'), method: 'POST', body: '{}' });
    expect(none.status).toBe(403);
    const wrong = await callHttp('app.info', {}, { [HTTP_TOKEN_HEADER]: 'x'.repeat(token.length) });
    expect(wrong.status).toBe(403);
    const events = await rawRequest(port, { path: `${HTTP_EVENTS_PATH}?token=nope` });
    expect(events.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a cross-origin Origin, even for index.html', async () => {
    const rebound = await rawRequest(port, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain(token);
    const otherPort = await rawRequest(port, { path: '/', headers: { host: `127.0.0.1:${port + 1}` } });
    expect(otherPort.status).toBe(403);
    expect((await rawRequest(port, { path: '/', headers: { host: `localhost:${port}` } })).status).toBe(200);
    const cors = await callHttp('app.info', {}, { origin: 'http://evil.example' });
    expect(cors.status).toBe(403);
    const sameOrigin = await callHttp('app.info', {}, { origin: `http://127.0.0.1:${port}` });
    expect(sameOrigin.wire.ok).toBe(true);
  });

  it('answers bad input with input.invalid, malformed JSON too', async () => {
    const { wire } = await callHttp('project.open', { path: '' });
    expect(!wire.ok && wire.error.code).toBe('input.invalid');
    const notJson = await rawRequest(port, {
      path: httpCallPath('project.open'),
      method: 'POST',
      headers: { [HTTP_TOKEN_HEADER]: token },
      body: '{"path":',
    });
    expect(notJson.status).toBe(400);
    expect((JSON.parse(notJson.body) as WireResult<unknown>).ok).toBe(false);
  });

  it('opened the demo district at startup and round-trips a call', async () => {
    const { wire } = await callHttp<{ counts: { compounds: number } } | null>('project.current', {});
    if (!wire.ok) throw new Error(JSON.stringify(wire.error));
    expect(wire.value?.counts.compounds).toBeGreaterThan(50);
  });

  it('pushes change.applied to an open event stream', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `${HTTP_EVENTS_PATH}?token=${token}` }, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          const frame = buffer.split('\n\n').find((f) => f.includes('"change.applied"'));
          if (frame) {
            req.destroy();
            resolve(frame);
          }
        });
        res.once('readable', () => void applyChange());
      });
      req.on('error', reject);
      req.end();
    });
    async function applyChange() {
      const features = await callHttp<{ compounds: Compound[] }>('features.load', {});
      if (!features.wire.ok) throw new Error('features.load failed');
      const first = features.wire.value.compounds[0] as Compound;
      const change = { ops: [{ op: 'put', table: 'compounds', row: { ...first, name: '测试小区' } }], summary: 't' };
      const applied = await callHttp('change.apply', { change });
      expect(applied.wire.ok).toBe(true);
    }
    const frame = await received;
    const message = JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { event: string; payload: unknown };
    expect(message.event).toBe('change.applied');
    expect(JSON.stringify(message.payload)).toContain('测试小区');
  });
});

describe('web host shutdown', () => {
  it('releases the project on stop: a second host on the same home reopens the same file', async () => {
    const tmp = tempDir();
    const opts = { homeDir: join(tmp.dir, 'home'), rendererDir: makeRendererDir(tmp.dir), port: 0, log: () => {} };
    try {
      const first = await startWebHost(opts);
      const firstPath = (await first.backend.handlers['project.current']({}))?.path;
      await first.stop();
      await first.stop(); // idempotent
      const second = await startWebHost(opts);
      try {
        expect((await second.backend.handlers['project.current']({}))?.path).toBe(firstPath);
      } finally {
        await second.stop();
      }
    } finally {
      tmp.remove();
    }
  });
});
