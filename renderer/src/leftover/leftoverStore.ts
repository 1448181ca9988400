// Leftover land (存量土地) of every compound (issue 4 §2), which the map layer, the panel and the placement tool's
// snapping read. Computed by the backend (leftover.compute: the same engine, off the UI thread — the demo's 80
// compounds take ~0.4–0.6 s warm, 2 s on a cold start, which must not freeze a drag), debounced, while anything shows it;
// after an edit only the compounds it touched are recomputed. `ms` is the last run's round trip (the panel shows it).
// Each run is a backend job (chunk by chunk; large districts on worker threads): its progress shows in the panel with
// a cancel button, and a run nobody wants any more (the layer and panel closed, another project opened) is cancelled.
// Cancelled by the user, computing stays halted (the last result, if any, stays shown) until they ask again.
import { create } from 'zustand';
import type { Position } from '../../../shared/model/geometry';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import { call, errorData, onEvent } from '../api';
import { useStore } from '../state/store';
import type { AppState } from '../state/types';
import { type Dirty, dirtyCompounds, mergeDirty } from './dirty';
import type { PieceRef } from './keys';
import { mergeResult, pieceIndex } from './pieceIndex';

export { type PieceRef, pieceKey } from './keys';

export interface LeftoverState {
  result: CompoundLeftover[] | null;
  /** The store revision the result was computed at (null: never). */
  revision: number | null;
  ms: number;
  /** The piece the panel focuses (clicked in the list): highlighted on the map. */
  focused: string | null;
  /** Something besides the layer wants the result (the panel tab); counted so each user releases its own. */
  demand: number;
  /** Compounds done of the running computation (null: none runs). */
  progress: { done: number; total: number } | null;
  /** The user cancelled: nothing is computed until this is cleared (a new project clears it too). */
  halted: boolean;
}

export const useLeftover = create<LeftoverState>(() => ({
  result: null,
  revision: null,
  ms: 0,
  focused: null,
  demand: 0,
  progress: null,
  halted: false,
}));

/** Whether anything on screen needs leftover land: its layer, the panel, or the placement tool (snapping). */
export const leftoverWanted = (s: Pick<AppState, 'layers' | 'tool' | 'project'>, demand: number): boolean =>
  s.project !== null && (s.layers.leftover || s.tool === 'placeFacility' || demand > 0);

const DEBOUNCE_MS = 200;

/**
 * Keeps the result current while it is wanted; returns the stop. The backend computes (off the UI thread); after an
 * edit only the compounds it touched are recomputed and merged in.
 */
export function followLeftoverUpdates(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty: Dirty = 'all';
  let running = false;
  let stopped = false;
  /** The running computation's job id (null: none runs). */
  let job: string | null = null;
  let jobs = 0;
  const cancelJob = (): void => {
    if (job) void call('job.cancel', { jobId: job }).catch(() => undefined);
  };
  const stopProgress = onEvent('job.progress', (p) => {
    if (p.jobId === job && p.message === 'leftover.compute')
      useLeftover.setState({ progress: { done: p.done, total: p.total } });
  });

  const run = async (): Promise<void> => {
    const s = useStore.getState();
    if (running || useLeftover.getState().halted || !leftoverWanted(s, useLeftover.getState().demand)) return;
    const previous = useLeftover.getState().result;
    const ids = dirty === 'all' || !previous ? null : [...dirty].filter((id) => s.compounds[id]);
    dirty = new Set();
    if (ids && ids.length === 0 && previous) {
      // Nothing that cuts land changed (or only deleted compounds): no computing, only dropping the deleted.
      useLeftover.setState({ result: mergeResult(previous, [], Object.keys(s.compounds)), revision: s.revision });
      return;
    }
    running = true;
    const start = performance.now();
    const jobId = `leftover:${Date.now()}:${++jobs}`;
    job = jobId;
    try {
      const report = await call('leftover.compute', ids ? { compoundIds: ids, jobId } : { jobId });
      if (stopped || useStore.getState().project?.path !== s.project?.path) return;
      const order = Object.keys(useStore.getState().compounds);
      const result = ids && previous ? mergeResult(previous, report.compounds, order) : report.compounds;
      useLeftover.setState({ result, revision: s.revision, ms: performance.now() - start });
    } catch (e) {
      // Cancelled (no longer wanted) or failed: computed again, in full, when next wanted or after the next change.
      dirty = 'all';
      if (errorData(e).code !== 'job.cancelled') console.warn('leftover.compute failed', e);
    } finally {
      running = false;
      job = null;
      useLeftover.setState({ progress: null });
    }
    // Changes that arrived while this ran.
    if (useStore.getState().revision !== s.revision) schedule(DEBOUNCE_MS);
  };
  const schedule = (delay: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, delay);
  };
  const check = (): void => {
    const s = useStore.getState();
    const l = useLeftover.getState();
    if (!leftoverWanted(s, l.demand) || l.halted) {
      cancelJob();
      return;
    }
    if (l.revision === s.revision) return;
    // Just switched on: at once; after an edit: wait for the burst of changes (a drag, an undo run) to settle.
    schedule(l.result === null ? 0 : DEBOUNCE_MS);
  };
  check();
  const stopStore = useStore.subscribe((s, prev) => {
    if (s.project?.path !== prev.project?.path) {
      cancelJob(); // its result would be dropped
      dirty = 'all';
      useLeftover.setState({ result: null, revision: null, focused: null, halted: false });
    } else if (s.project?.settings !== prev.project?.settings) dirty = 'all';
    if (s.revision !== prev.revision)
      dirty = mergeDirty(
        dirty,
        s.lastChange && s.lastChange !== prev.lastChange ? dirtyCompounds(s.lastChange, prev) : 'all',
      );
    if (s.revision !== prev.revision || s.layers !== prev.layers || s.tool !== prev.tool) check();
  });
  const stopDemand = useLeftover.subscribe((s, prev) => {
    if (s.halted !== prev.halted) dirty = 'all'; // resumed: everything again (edits meanwhile went unrecorded)
    if (s.demand !== prev.demand || s.halted !== prev.halted) check();
  });
  return () => {
    stopped = true;
    cancelJob();
    stopProgress();
    if (timer) clearTimeout(timer);
    stopStore();
    stopDemand();
  };
}

let indexed: { result: readonly CompoundLeftover[]; at: (p: Position) => PieceRef | null } | null = null;
/** The piece under `p` in the current result (the index is rebuilt when the result changes). */
export function leftoverPieceAt(p: Position): PieceRef | null {
  const result = useLeftover.getState().result;
  if (!result) return null;
  if (indexed?.result !== result) indexed = { result, at: pieceIndex(result) };
  return indexed.at(p);
}
