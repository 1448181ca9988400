// The presenter's keyboard while presenting: the clicker keys step through the agenda, P/D pick pointer/pen, B the
// theme, Esc leaves. Caught in the capture phase and claimed, so the shell's single-letter shortcuts (tools, Delete)
// never act on the hidden map behind the presentation; typing in the opinion form is left alone.
import { useEffect } from 'react';
import { isTypingTarget } from '../app/shortcuts';
import { reviewKeyAction } from './keys';
import { goTo, step, toggleTool, useReview } from './reviewState';

export function useReviewKeys(onExit: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (isTypingTarget(document.activeElement as HTMLElement | null) || isTypingTarget(target)) {
        if (e.key === 'Escape') (document.activeElement as HTMLElement | null)?.blur();
        return;
      }
      if (target?.closest('.ant-select-dropdown, [role="dialog"]')) return;
      const action = reviewKeyAction(e);
      if (!action) {
        // Undo/redo (Ctrl/⌘) still reach the app; other keys must not reach the hidden editing map.
        if (!(e.ctrlKey || e.metaKey)) e.preventDefault();
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      // A button clicked with the mouse keeps the focus; Space from the clicker would also press it on key-up.
      if (document.activeElement instanceof HTMLButtonElement) document.activeElement.blur();
      if (e.repeat && action !== 'next' && action !== 'prev') return;
      const s = useReview.getState();
      if (action === 'next') step(1);
      else if (action === 'prev') step(-1);
      else if (action === 'first') goTo(0);
      else if (action === 'last') goTo(s.agenda.length - 1);
      else if (action === 'pointer') toggleTool('pointer');
      else if (action === 'pen') toggleTool('pen');
      else if (action === 'theme') useReview.setState({ theme: s.theme === 'dark' ? 'light' : 'dark' });
      else if (action === 'exit') onExit();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onExit]);
}
