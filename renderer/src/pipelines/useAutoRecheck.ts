// While the conflict list is mounted (its tab open), re-run the check ~300 ms after the last confirmed change
// that touches what the check reads: pipelines, trees, buildings or the clearance table. Reviews do not re-run it.
import { useEffect } from 'react';
import { useStore } from '../state/store';
import { runPipelineCheck, useConflicts } from './conflictStore';
import { touchesCheck } from './touchesCheck';

export const RECHECK_DELAY_MS = 300;

export function useAutoRecheck(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.revision === prev.revision || !touchesCheck(s.lastChange)) return;
      if (useConflicts.getState().result === null) return; // never checked: wait for the command
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        runPipelineCheck().catch(() => undefined); // a failing re-run keeps the last result; the command reports errors
      }, RECHECK_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
