import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index';
import { createEventHub } from '../../../electron/host/events';
import { CallRegistry, registryFor } from '../../../electron/host/registry';
import { CALL_NAMES, type Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/model/errors';
import { tempDir } from './helpers';

const quiet = () => {};

describe('CallRegistry', () => {
  it('refuses a second registration of the same call', () => {
    const registry = new CallRegistry(quiet).register('project.close', () => null);
    expect(() => registry.register('project.close', () => null)).toThrow(/registered twice/);
  });

  it('answers an input that fails the schema with input.invalid and a readable detail', async () => {
    const registry = new CallRegistry(quiet).register('project.open', ({ path }) => {
      throw new Error(`should not run for ${path}`);
    });
    const res = await registry.dispatch('project.open', { path: 42 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('input.invalid');
    expect(res.error.params?.detail).toMatch(/path/);
    const extra = await registry.dispatch('project.open', { path: '/x.gpkg', evil: true });
    expect(!extra.ok && extra.error.code).toBe('input.invalid');
  });

  it('answers an unknown call name with input.invalid instead of throwing', async () => {
    const res = await new CallRegistry(quiet).dispatch('project.format', {});
    expect(!res.ok && res.error.code).toBe('input.invalid');
  });

  it('passes AppError data through and turns anything else into internal, logged', async () => {
    const logged: unknown[] = [];
    const registry = new CallRegistry((_m, e) => logged.push(e))
      .register('project.close', () => {
        throw new AppError('project.none');
      })
      .register('project.recent', () => {
        throw new TypeError('boom');
      });
    const appErr = await registry.dispatch('project.close', {});
    expect(!appErr.ok && appErr.error.code).toBe('project.none');
    expect(logged).toHaveLength(0);
    const other = await registry.dispatch('project.recent', {});
    expect(!other.ok && other.error).toMatchObject({ code: 'internal', params: { detail: 'boom' } });
    expect(logged).toHaveLength(1);
  });

  it('hands the handler the parsed input (a missing body counts as {})', async () => {
    const seen: unknown[] = [];
    const registry = new CallRegistry(quiet).register('journal.list', (input) => {
      seen.push(input);
      return [];
    });
    expect(await registry.dispatch('journal.list', undefined)).toEqual({ ok: true, value: [] });
    expect(seen).toEqual([{}]);
  });

  it('registryFor refuses a backend that misses a call', () => {
    const partial = { 'app.info': () => ({ version: '0', schemaVersion: 1, homeDir: '/' }) } as unknown as Handlers;
    expect(() => registryFor(partial, quiet)).toThrow(/not a function/);
  });
});

describe('registry over the real backend', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0).reverse()) c(); // last registered first: dispose before removing files
  });

  it('binds every call and round-trips app.info and the demo project', async () => {
    const home = tempDir();
    const backend = createBackend({ homeDir: home.dir, emit: createEventHub().emit });
    cleanups.push(home.remove, () => backend.dispose());
    const registry = registryFor(backend.handlers, quiet);
    expect(registry.missing()).toEqual([]);
    expect(CALL_NAMES.every((n) => registry.has(n))).toBe(true);

    const info = await registry.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { homeDir: home.dir } });
    const demo = await registry.dispatch('project.openDemo', {});
    expect(demo.ok).toBe(true);
    const features = await registry.dispatch('features.load', {});
    if (!features.ok) throw new Error(JSON.stringify(features.error));
    const { compounds } = features.value as { compounds: unknown[] };
    expect(compounds.length).toBeGreaterThan(50);
    const bad = await registry.dispatch('change.apply', { change: { ops: [], summary: 'x' } });
    expect(!bad.ok && bad.error.code).toBe('input.invalid');
  });
});
