// View state of the pipeline check UI that commands set without touching React: the clearance dialog, a check
// request (the runner in the toolbar shows the busy indicator) and the open cross-section (its clicked point).
import { create } from 'zustand';
import type { Position } from '../../../shared/model/geometry';
import { type ConflictFilter, EMPTY_CONFLICT_FILTER } from './conflictRows';

export interface PipelineUiState {
  clearanceOpen: boolean;
  /** Bumped by the 检查管线 command; the runner runs the check once per bump. */
  checkRequest: number;
  /** The clicked point (lon/lat) of the open cross-section, null when closed. */
  sectionAt: Position | null;
  filter: ConflictFilter;
}

export const usePipelineUi = create<PipelineUiState>(() => ({
  clearanceOpen: false,
  checkRequest: 0,
  sectionAt: null,
  filter: EMPTY_CONFLICT_FILTER,
}));

export const requestPipelineCheck = (): void => usePipelineUi.setState((s) => ({ checkRequest: s.checkRequest + 1 }));
export const openClearanceDialog = (): void => usePipelineUi.setState({ clearanceOpen: true });
export const openSectionAt = (lngLat: Position): void => usePipelineUi.setState({ sectionAt: lngLat });
export const setConflictFilter = (patch: Partial<ConflictFilter>): void =>
  usePipelineUi.setState((s) => ({ filter: { ...s.filter, ...patch } }));
