import type { EventMap } from '../../shared/api';
import { AppError } from '../../shared/model/errors';

// Long work (import, export, whole-project analyses) runs as a job: it reports progress as `job.progress` events
// and yields to the event loop between chunks, so other calls (job.cancel among them) and events get through and
// the UI never freezes. A cancelled job throws AppError('job.cancelled') at its next checkpoint; the caller's
// transaction or temp file is then thrown away, so cancelling changes nothing.

export interface JobContext {
  readonly jobId: string;
  /** Reports progress (throttled to ~10 events/s) and throws job.cancelled if the job was cancelled. */
  progress(done: number, total: number, message: string): void;
  /** Yields to the event loop (call every few thousand items); throws job.cancelled if the job was cancelled. */
  checkpoint(): Promise<void>;
  readonly cancelled: boolean;
}

type EmitProgress = (payload: EventMap['job.progress']) => void;

export class Jobs {
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(private readonly emit: EmitProgress) {}

  /** Runs `work` as job `jobId` (a fresh id when absent); always emits a final progress event. */
  async run<T>(jobId: string | undefined, work: (job: JobContext) => Promise<T>): Promise<T> {
    const id = jobId ?? `job:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`;
    const state = { cancelled: false };
    this.running.set(id, state);
    let lastEmit = 0;
    let last = { done: 0, total: 1, message: '' };
    const throwIfCancelled = () => {
      if (state.cancelled) throw new AppError('job.cancelled');
    };
    const job: JobContext = {
      jobId: id,
      get cancelled() {
        return state.cancelled;
      },
      progress: (done, total, message) => {
        throwIfCancelled();
        last = { done, total, message };
        const now = Date.now();
        if (now - lastEmit >= 100 || done >= total) {
          lastEmit = now;
          this.emit({ jobId: id, done, total, message });
        }
      },
      checkpoint: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        throwIfCancelled();
      },
    };
    try {
      return await work(job);
    } finally {
      this.running.delete(id);
      this.emit({ jobId: id, done: last.total, total: last.total, message: state.cancelled ? 'cancelled' : 'done' });
    }
  }

  /** Marks a running job cancelled; false when no such job runs. */
  cancel(jobId: string): boolean {
    const state = this.running.get(jobId);
    if (!state) return false;
    state.cancelled = true;
    return true;
  }
}
