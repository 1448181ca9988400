// The bottom panel's view state (open, height, tab, table filter). View state only: rows live in state/store.ts.
import { create } from 'zustand';
import { type CompoundFilter, EMPTY_FILTER } from './compoundRows';
// The toggle command (app/commands.ts) reads its label from this part: register it wherever the command exists.
import './messages';

export type BottomTab = 'compounds' | 'packages' | 'plan' | 'pipes' | 'leftover' | 'facilities';

export interface BottomPanelState {
  open: boolean;
  /** Panel height in px, kept between MIN_HEIGHT and a share of the window by the resize handle. */
  height: number;
  tab: BottomTab;
  filter: CompoundFilter;
}

export const MIN_HEIGHT = 140;
export const DEFAULT_HEIGHT = 320;

export const useBottomPanel = create<BottomPanelState>(() => ({
  open: false,
  height: DEFAULT_HEIGHT,
  tab: 'compounds',
  filter: EMPTY_FILTER,
}));

export const toggleBottomPanel = (): void => useBottomPanel.setState((s) => ({ open: !s.open }));
export const showBottomTab = (tab: BottomTab): void => useBottomPanel.setState({ open: true, tab });
export const setFilter = (patch: Partial<CompoundFilter>): void =>
  useBottomPanel.setState((s) => ({ filter: { ...s.filter, ...patch } }));
