// What a key does while presenting (pure, unit-tested). Presentation clickers send →/← or PageDown/PageUp (some
// Space, Shift+Space or Backspace), F5/Shift+F5 to start and Esc to stop; B or . blanks the screen in PowerPoint,
// here it toggles the light/dark theme instead of doing nothing. Keys with Ctrl/⌘ are left to the app (undo).
import type { KeyInput } from '../app/shortcuts';

export type ReviewKeyAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'pointer' | 'pen' | 'theme' | 'stay';

/** Keys without modifiers and what they do (exported for the shortcut reference, help/shortcutSheet.ts). */
export const REVIEW_PLAIN_KEYS: Readonly<Record<string, ReviewKeyAction>> = {
  arrowright: 'next',
  arrowdown: 'next',
  pagedown: 'next',
  ' ': 'next',
  enter: 'next',
  arrowleft: 'prev',
  arrowup: 'prev',
  pageup: 'prev',
  backspace: 'prev',
  home: 'first',
  end: 'last',
  escape: 'exit',
  p: 'pointer',
  d: 'pen',
  b: 'theme',
  '.': 'theme',
  // Clickers send F5 to (re)start the show: already presenting, so swallow it rather than reload the page.
  f5: 'stay',
};

/** Keys held with Shift: Shift+Space goes back (some clickers send it), Shift+F5 is swallowed as F5 is. */
export const REVIEW_SHIFT_KEYS: Readonly<Record<string, ReviewKeyAction>> = { ' ': 'prev', f5: 'stay' };

export function reviewKeyAction(input: KeyInput): ReviewKeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const key = input.key.toLowerCase();
  if (input.shiftKey) return REVIEW_SHIFT_KEYS[key] ?? null;
  return REVIEW_PLAIN_KEYS[key] ?? null;
}
