// Binds the contract's calls (shared/api.ts) to backend handlers for every host. One dispatch function serves
// Electron IPC and HTTP alike, so both hosts validate inputs with the same schemas and shape errors the same way.
// Invariant: dispatch never throws; whatever happens, the caller gets a WireResult it can send as it is.
import { z } from 'zod';
import { CALL_NAMES, type CallName, calls, type Handlers, type WireResult } from '../../shared/api';
import { AppError, type AppErrorData } from '../../shared/model/errors';

type AnyHandler = (input: unknown) => unknown;
export type Logger = (message: string, error: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name);

/** Turns anything thrown by a handler into wire data: AppError keeps its code, anything else is 'internal'. */
export function toWireError(error: unknown, log: Logger = defaultLogger, context = 'call'): AppErrorData {
  if (error instanceof AppError) return error.toData();
  log(`RenoZone: ${context} failed`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', params: { detail }, detail };
}

export class CallRegistry {
  private readonly handlers = new Map<CallName, AnyHandler>();

  constructor(private readonly log: Logger = defaultLogger) {}

  /** Registers one handler. A second registration of the same name is a wiring bug, so it throws. */
  register<K extends CallName>(name: K, handler: Handlers[K]): this {
    if (!isCallName(name)) throw new Error(`unknown call: ${String(name)}`);
    if (this.handlers.has(name)) throw new Error(`call registered twice: ${name}`);
    if (typeof handler !== 'function') throw new Error(`handler for ${name} is not a function`);
    this.handlers.set(name, handler as AnyHandler);
    return this;
  }

  /** Registers every call of the contract from one Handlers object (a backend). */
  registerAll(handlers: Handlers): this {
    for (const name of CALL_NAMES) this.register(name, handlers[name]);
    return this;
  }

  has(name: string): boolean {
    return isCallName(name) && this.handlers.has(name);
  }

  /** Calls of the contract that have no handler yet (a host checks this is empty before serving). */
  missing(): CallName[] {
    return CALL_NAMES.filter((name) => !this.handlers.has(name));
  }

  /** Parses the raw input with the call's schema, runs the handler, and wraps the outcome. */
  async dispatch(name: string, rawInput: unknown): Promise<WireResult<unknown>> {
    if (!isCallName(name)) {
      const detail = `unknown call "${name}"`;
      return { ok: false, error: { code: 'input.invalid', params: { detail }, detail } };
    }
    const handler = this.handlers.get(name);
    if (!handler) {
      return { ok: false, error: toWireError(new Error(`no handler registered for ${name}`), this.log, name) };
    }
    const parsed = calls[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const detail = `${name}: ${z.prettifyError(parsed.error)}`;
      return { ok: false, error: new AppError('input.invalid', { detail }, detail).toData() };
    }
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toWireError(error, this.log, name) };
    }
  }
}

/** A registry holding all of a backend's handlers, refusing to start if the backend misses a call. */
export function registryFor(handlers: Handlers, log?: Logger): CallRegistry {
  const registry = new CallRegistry(log).registerAll(handlers);
  const missing = registry.missing();
  if (missing.length > 0) throw new Error(`backend has no handler for: ${missing.join(', ')}`);
  return registry;
}
