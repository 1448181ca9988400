import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectInfo } from '../../../shared/api';

// The renderer's leftover computation as a backend job (renderer/src/leftover/leftoverStore.ts): its progress events
// reach the panel's state, and a run nobody wants any more (the layer switched off) is cancelled through job.cancel.
// A fake preload client answers leftover.compute when the test says so and records job.cancel.

type Listener = (p: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
const computes: { input: { jobId?: string }; reject(e: unknown): void; resolve(v: unknown): void }[] = [];
const cancels: string[] = [];
(globalThis as unknown as { window: unknown }).window = {
  renozone: new Proxy(
    {},
    {
      get: (_, name) => {
        if (name === 'on')
          return (event: string, l: Listener) => {
            const set = listeners.get(event) ?? new Set();
            listeners.set(event, set);
            set.add(l);
            return () => set.delete(l);
          };
        if (name === 'leftover.compute')
          return (input: { jobId?: string }) =>
            new Promise((resolve, reject) => computes.push({ input, resolve, reject }));
        if (name === 'job.cancel')
          return (input: { jobId: string }) => {
            cancels.push(input.jobId);
            return Promise.resolve(true);
          };
        return () => Promise.resolve(null);
      },
    },
  ),
};
const { useStore } = await import('../../../renderer/src/state/store');
const { followLeftoverUpdates, useLeftover } = await import('../../../renderer/src/leftover/leftoverStore');

const emit = (event: string, payload: unknown) => {
  for (const l of listeners.get(event) ?? []) l(payload);
};
const tick = () => new Promise((r) => setTimeout(r, 5));
let stop: (() => void) | null = null;
afterEach(() => stop?.());

describe('leftover computation as a job', () => {
  it('shows its progress and is cancelled when the layer is switched off', async () => {
    useStore.setState((s) => ({
      project: { path: '/片区.gpkg', history: { canUndo: false, canRedo: false, depth: 0 } } as ProjectInfo,
      layers: { ...s.layers, leftover: true },
    }));
    stop = followLeftoverUpdates();
    await tick();
    const run = computes[0];
    const jobId = run?.input.jobId ?? '';
    expect(jobId).toMatch(/^leftover:/);

    emit('job.progress', { jobId, done: 50, total: 200, message: 'leftover.compute' });
    emit('job.progress', { jobId: 'import:1', done: 1, total: 2, message: 'import' });
    expect(useLeftover.getState().progress).toEqual({ done: 50, total: 200 });

    useStore.setState((s) => ({ layers: { ...s.layers, leftover: false } }));
    expect(cancels).toEqual([jobId]);
    run?.reject({ data: { code: 'job.cancelled' } });
    await tick();
    expect(useLeftover.getState().progress).toBeNull();
    expect(useLeftover.getState().result).toBeNull();

    // Wanted again: computed afresh.
    useStore.setState((s) => ({ layers: { ...s.layers, leftover: true } }));
    await tick();
    expect(computes).toHaveLength(2);
    expect(computes[1]?.input.jobId).not.toBe(jobId);
    computes[1]?.resolve({ compounds: [] });
    await tick();
    expect(useLeftover.getState().result).toEqual([]);
  });

  it('stays halted after the user cancels, through edits, until asked to compute again', async () => {
    useStore.setState((s) => ({ layers: { ...s.layers, leftover: true } }));
    useLeftover.setState({ result: null, revision: null });
    stop = followLeftoverUpdates();
    await tick();
    const run = computes.at(-1);
    const jobId = run?.input.jobId ?? '';
    const before = computes.length;

    useLeftover.setState({ halted: true }); // the panel's 取消
    expect(cancels.at(-1)).toBe(jobId);
    run?.reject({ data: { code: 'job.cancelled' } });
    await tick();
    useStore.setState((s) => ({ revision: s.revision + 1 })); // an edit while halted: nothing computed
    await new Promise((r) => setTimeout(r, 300));
    expect(computes).toHaveLength(before);

    useLeftover.setState({ halted: false }); // 重新计算
    await new Promise((r) => setTimeout(r, 300));
    expect(computes).toHaveLength(before + 1);
    computes.at(-1)?.resolve({ compounds: [] });
    await tick();
    expect(useLeftover.getState().result).toEqual([]);
  });
});
