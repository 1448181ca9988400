// The renderer's only way to the backend. In Electron the preload script exposes `window.renozone` (one
// function per call); in the browser host the same calls go over HTTP with the per-run token, events over SSE.
// The rest of the renderer never knows which host it runs in.
import {
  CALL_NAMES,
  type CallName,
  type Client,
  type EventMap,
  type EventName,
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_HEADER,
  httpCallPath,
  type WireResult,
} from '../../shared/api';
import { AppError, type AppErrorData } from '../../shared/model/errors';

declare global {
  interface Window {
    renozone?: Client;
  }
}

/** Raised in the renderer for a backend error; `data.code` is translated with `errorText`. */
export class BackendError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.detail ?? data.code);
    this.name = 'BackendError';
  }
}

function httpClient(): Client {
  const token = document.querySelector<HTMLMetaElement>('meta[name="renozone-token"]')?.content ?? '';
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const source = new EventSource(`${HTTP_EVENTS_PATH}?token=${encodeURIComponent(token)}`);
  source.onmessage = (msg) => {
    const { event, payload } = JSON.parse(msg.data) as { event: EventName; payload: unknown };
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  const client: Record<string, unknown> = {
    on(event: EventName, listener: (p: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  for (const name of CALL_NAMES) {
    client[name] = async (input: unknown) => {
      const res = await fetch(httpCallPath(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      const wire = (await res.json()) as WireResult<unknown>;
      if (!wire.ok) throw new BackendError(wire.error);
      return wire.value;
    };
  }
  return client as Client;
}

function wrapPreload(preload: Client): Client {
  // The preload rejects with AppErrorData-shaped objects; normalise to BackendError like the HTTP client.
  const client: Record<string, unknown> = { on: preload.on.bind(preload) };
  for (const name of CALL_NAMES) {
    const fn = preload[name] as (input: unknown) => Promise<unknown>;
    client[name] = async (input: unknown) => {
      try {
        return await fn(input ?? {});
      } catch (e) {
        const data = (e as { data?: AppErrorData }).data ?? { code: 'internal', detail: String(e) };
        throw new BackendError(data);
      }
    };
  }
  return client as Client;
}

export const api: Client = window.renozone ? wrapPreload(window.renozone) : httpClient();

export const call = <K extends CallName>(name: K, ...args: Parameters<Client[K]>): ReturnType<Client[K]> =>
  (api[name] as (...a: unknown[]) => ReturnType<Client[K]>)(...args);

export const onEvent = <E extends EventName>(event: E, listener: (p: EventMap[E]) => void) => api.on(event, listener);

export const errorData = (e: unknown): AppErrorData =>
  e instanceof BackendError
    ? e.data
    : e instanceof AppError
      ? e.toData()
      : { code: 'internal', params: { detail: String(e) } };
