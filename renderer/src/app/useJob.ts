// One backend job as a dialog runs it (import, export, dossier): a fresh job id per run, its job.progress events,
// cancel through job.cancel, and the outcome told the same way everywhere — a cancelled job as a short notice, a
// failed one through the error dialog. `busy` holds from the start of a run until it settles.
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { call, errorData, onEvent } from '../api';
import { showError } from './feedback';

export type JobProgress = { done: number; total: number; message: string };

export interface Job {
  /** The last progress event of the running job (null when none runs). */
  progress: JobProgress | null;
  busy: boolean;
  percent: number;
  /** Runs `work` with a fresh job id; what it throws is reported here (cancelled: `cancelledKey`). */
  run(work: (jobId: string) => Promise<void>): Promise<void>;
  /** Asks the backend to cancel the running job, if any. */
  cancel(): void;
  /** Clears a stale progress (when the dialog opens again). */
  reset(): void;
}

/** `kind` prefixes the job ids (`import:…`); `cancelledKey` is the notice shown when the user cancelled. */
export function useJob(kind: string, cancelledKey: string): Job {
  const feedback = App.useApp();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(() => onEvent('job.progress', (p) => p.jobId === jobId.current && setProgress(p)), []);

  const run = useCallback(
    async (work: (jobId: string) => Promise<void>) => {
      const id = `${kind}:${Date.now()}`;
      jobId.current = id;
      setProgress({ done: 0, total: 1, message: '' });
      try {
        await work(id);
      } catch (e) {
        if (errorData(e).code === 'job.cancelled') feedback.message.info(t(cancelledKey));
        else showError(feedback, e);
      } finally {
        jobId.current = null;
        setProgress(null);
      }
    },
    [kind, cancelledKey, feedback],
  );
  const cancel = useCallback(() => {
    if (jobId.current) void call('job.cancel', { jobId: jobId.current });
  }, []);
  const reset = useCallback(() => setProgress(null), []);

  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return { progress, busy: progress !== null, percent, run, cancel, reset };
}
