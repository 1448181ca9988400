// The last pipeline clearance check and what the user focuses in it. The map draws markers from here and the
// conflict list edits the filter; the check itself runs in the backend (`pipelines.check`).
import { create } from 'zustand';
import type { PipeCheckResult } from '../../../shared/model/pipelines';
import { call } from '../api';

export interface ConflictState {
  result: PipeCheckResult | null;
  running: boolean;
  /** The conflict the user clicked in the list or on the map (its key), for highlight and zoom. */
  focusedKey: string | null;
  /** Accepted conflicts stay on record but are hidden from the map unless asked for. */
  showAccepted: boolean;
}

export const useConflicts = create<ConflictState>(() => ({
  result: null,
  running: false,
  focusedKey: null,
  showAccepted: false,
}));

/** Runs the check on the open project; the result replaces the previous one. Throws BackendError on failure. */
export async function runPipelineCheck(): Promise<PipeCheckResult> {
  useConflicts.setState({ running: true });
  try {
    const result = await call('pipelines.check', {});
    useConflicts.setState({ result });
    return result;
  } finally {
    useConflicts.setState({ running: false });
  }
}
