// Presenter ↔ audience window (演示窗口) over a BroadcastChannel: the presenter sends what the room should see
// (agenda, index, theme, layers, unsaved strokes, pointer); the audience applies it and asks for a full state when
// it opens. Both windows read the project's rows from the same backend, so only view state crosses here.
import { useReview } from './reviewState';
import { type SyncMessage, viewChanged, viewOf } from './syncView';

export const CHANNEL = 'renozone-review';
export const AUDIENCE_HASH = '#review-audience';
export const PRESENTER_HASH = '#review-presenter';

const channel = (): BroadcastChannel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** Presenter side: broadcasts the view while presenting; answers an audience window's hello. Returns the stop. */
export function broadcastView(): () => void {
  const ch = channel();
  if (!ch) return () => {};
  const send = () => {
    const s = useReview.getState();
    if (s.phase === 'presenting') ch.postMessage({ kind: 'view', view: viewOf(s) } satisfies SyncMessage);
    else ch.postMessage({ kind: 'bye' } satisfies SyncMessage);
  };
  ch.onmessage = (e: MessageEvent<SyncMessage>) => {
    if (e.data?.kind === 'hello') send();
  };
  const stop = useReview.subscribe((s, prev) => {
    if (s.phase !== prev.phase || (s.phase === 'presenting' && viewChanged(s, prev))) send();
  });
  return () => {
    stop();
    ch.close();
  };
}

/** Audience side: follows the presenter's view; `onBye` when the presenter leaves review mode. Returns the stop. */
export function followPresenter(onBye: () => void): () => void {
  const ch = channel();
  if (!ch) return () => {};
  ch.onmessage = (e: MessageEvent<SyncMessage>) => {
    const m = e.data;
    if (m?.kind === 'view') useReview.setState({ ...m.view, phase: 'presenting', role: 'audience', tool: 'none' });
    else if (m?.kind === 'bye') onBye();
  };
  ch.postMessage({ kind: 'hello' } satisfies SyncMessage);
  return () => ch.close();
}

/** Opens the audience window (the same app with the audience hash); null when the browser blocked it. */
export function openAudienceWindow(): Window | null {
  const url = `${location.origin}${location.pathname}${location.search}${AUDIENCE_HASH}`;
  return window.open(url, 'renozone-review-audience', 'popup,width=1280,height=720');
}
