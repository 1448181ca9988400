// The page's only door to the backend (contextIsolation + sandbox): one function per contract call and `on`
// for events. ipcRenderer itself never reaches the page. Errors cross contextBridge as plain objects carrying
// `data: AppErrorData` (custom properties of Error objects would be stripped), which renderer/src/api.ts
// turns into BackendError.
import { contextBridge, ipcRenderer } from 'electron';
import {
  CALL_NAMES,
  type CallName,
  type Client,
  type EventMap,
  type EventName,
  IPC_EVENT_CHANNEL,
  ipcChannel,
  type WireResult,
} from '../shared/api';

type Listener = (payload: EventMap[EventName]) => void;
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, message: { event: EventName; payload: EventMap[EventName] }) => {
  for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
});

async function invoke(name: CallName, input: unknown): Promise<unknown> {
  const wire = (await ipcRenderer.invoke(ipcChannel(name), input ?? {})) as WireResult<unknown>;
  if (wire.ok) return wire.value;
  throw { name: 'BackendError', message: wire.error.detail ?? wire.error.code, data: wire.error };
}

// One function per call; the mapped type ties each to its contract signature.
const callFunctions = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => invoke(name, input)])) as {
  [K in CallName]: Client[K];
};

const client = {
  ...callFunctions,
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener as Listener);
    return () => {
      set.delete(listener as Listener);
    };
  },
} satisfies Client;

contextBridge.exposeInMainWorld('renozone', client);
