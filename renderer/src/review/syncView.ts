// What the presenter shares with the audience window (pure, no DOM): the view state the room sees.
import type { ReviewState } from './reviewState';

export type SyncedView = Pick<
  ReviewState,
  'meetingId' | 'agenda' | 'index' | 'theme' | 'layers' | 'strokes' | 'pointer'
>;
export type SyncMessage = { kind: 'view'; view: SyncedView } | { kind: 'hello' } | { kind: 'bye' };

export const viewOf = (s: ReviewState): SyncedView => ({
  meetingId: s.meetingId,
  agenda: s.agenda,
  index: s.index,
  theme: s.theme,
  layers: s.layers,
  strokes: s.strokes,
  pointer: s.pointer,
});

/** Whether the synced part of the state changed (the audience needs nothing else). */
export function viewChanged(a: ReviewState, b: ReviewState): boolean {
  const va = viewOf(a);
  const vb = viewOf(b);
  return (Object.keys(va) as (keyof SyncedView)[]).some((k) => va[k] !== vb[k]);
}
