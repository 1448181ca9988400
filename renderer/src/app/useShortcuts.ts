// Routes key presses to commands. Ignored while the user types in a field or works inside a dialog, so Delete,
// Backspace and single letters reach the input instead of deleting features or switching tools.
import { useEffect } from 'react';
import { useStore } from '../state/store';
import { commandForKey } from './commands';
import { useCommands } from './commandsContext';
import { isTypingTarget } from './shortcuts';

export function useShortcuts(): void {
  const commands = useCommands();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (isTypingTarget(document.activeElement as HTMLElement | null) || isTypingTarget(target)) return;
      if (target?.closest('[role="dialog"]')) return;
      const command = commandForKey(commands.values(), e);
      if (!command) return;
      // Claim the key even when disabled, so Ctrl+O / Ctrl+N never fall through to the browser.
      e.preventDefault();
      if (command.enabled(useStore.getState())) void command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
