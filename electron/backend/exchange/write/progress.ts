import type { JobContext } from '../../jobs';

// Writers report progress per row and yield every CHUNK rows, so a cancel is seen within a few thousand rows and
// the event loop (the UI's other calls) is never blocked for long. Code outside a job passes NO_JOB.

export type ExportJob = Pick<JobContext, 'progress' | 'checkpoint'>;
export const NO_JOB: ExportJob = { progress: () => {}, checkpoint: async () => {} };

const CHUNK = 2000;

export class RowTicker {
  private done = 0;
  constructor(
    private readonly job: ExportJob,
    private readonly total: number,
  ) {}

  /** Counts one row; true every CHUNK rows, when the caller should `await pause()`. */
  due(): boolean {
    this.done++;
    return this.done % CHUNK === 0;
  }

  /** Reports progress and yields; throws job.cancelled when the job was cancelled. */
  async pause(message: string): Promise<void> {
    this.job.progress(Math.min(this.done, this.total), this.total, message);
    await this.job.checkpoint();
  }
}
