// Which shell dialog is open. Kept apart from the row mirror (state/store.ts): it is view state only.
import { create } from 'zustand';

export type FileMode = 'open' | 'new' | 'saveAs';

export interface UiState {
  fileDialog: FileMode | null;
  settingsOpen: boolean;
}

export const useUi = create<UiState>(() => ({ fileDialog: null, settingsOpen: false }));
