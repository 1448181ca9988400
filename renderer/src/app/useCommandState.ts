import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../state/store';
import type { CommandState } from './commands';

/** The slice of the store commands' `enabled`/`active` read; re-renders only when it changes. */
export const useCommandState = (): CommandState =>
  useStore(
    useShallow((s) => ({
      project: s.project,
      selection: s.selection,
      history: s.history,
      tool: s.tool,
      snapping: s.snapping,
    })),
  );
