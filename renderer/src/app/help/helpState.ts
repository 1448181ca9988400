// View state of the shortcut reference: the command opens it without touching React.
import { create } from 'zustand';

export const useHelpUi = create<{ open: boolean }>(() => ({ open: false }));
export const openShortcutSheet = (): void => useHelpUi.setState({ open: true });
export const closeShortcutSheet = (): void => useHelpUi.setState({ open: false });
