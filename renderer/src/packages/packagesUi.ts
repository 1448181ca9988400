// View state of the package UI (not rows): whether the bundle dialog is open, and the compound the package
// panel returns to ("back to the compound") when it was opened from a compound's panel.
import { create } from 'zustand';

export interface PackagesUiState {
  bundleOpen: boolean;
  returnTo: string | null;
}

export const usePackagesUi = create<PackagesUiState>(() => ({ bundleOpen: false, returnTo: null }));
