import { useEffect, useRef } from 'react';

/**
 * Fills a dialog's form from `source` when the dialog opens, not each time `source` is replaced: after a project
 * switch the project is loaded more than once, and a refresh arriving while the dialog is open must not overwrite
 * what the user has typed (a CI run caught the settings dialog losing a typed year that way).
 */
export function useFillOnOpen<T>(open: boolean, source: T | null, fill: (source: T) => void): void {
  const filled = useRef(false);
  const fillRef = useRef(fill);
  fillRef.current = fill;
  useEffect(() => {
    if (!open) {
      filled.current = false;
      return;
    }
    if (source !== null && !filled.current) {
      filled.current = true;
      fillRef.current(source);
    }
  }, [open, source]);
}
