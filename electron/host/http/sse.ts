// Server-sent events: one stream per browser tab carrying every backend event as `data: {event, payload}`.
// Comment lines every few seconds keep proxies and idle timers from closing a quiet stream.
import type { ServerResponse } from 'node:http';
import type { EventHub, EventMessage } from '../events';

export const KEEP_ALIVE_MS = 15_000;

export interface SseClients {
  attach(res: ServerResponse): void;
  /** Ends every open stream (shutdown). */
  closeAll(): void;
  readonly count: number;
}

export function createSseClients(hub: EventHub, keepAliveMs = KEEP_ALIVE_MS): SseClients {
  const open = new Set<ServerResponse>();
  const write = (message: EventMessage) => {
    const frame = `data: ${JSON.stringify(message)}\n\n`;
    for (const res of open) res.write(frame);
  };
  let unsubscribe: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  const start = () => {
    unsubscribe = hub.subscribe(write);
    timer = setInterval(() => {
      for (const res of open) res.write(': keep-alive\n\n');
    }, keepAliveMs);
    timer.unref();
  };
  const stop = () => {
    unsubscribe?.();
    if (timer) clearInterval(timer);
    unsubscribe = null;
    timer = null;
  };
  return {
    attach(res) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 2000\n\n');
      if (open.size === 0) start();
      open.add(res);
      res.on('close', () => {
        open.delete(res);
        if (open.size === 0) stop();
      });
    },
    closeAll() {
      for (const res of open) res.end();
      open.clear();
      stop();
    },
    get count() {
      return open.size;
    },
  };
}
