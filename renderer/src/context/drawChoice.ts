// What the next drawn road or site area becomes: the toolbar's picker sets it while 画道路 / 画场地要素 is active, and
// editing a row's kind or width in the attribute panel makes that the current choice ("last used"). Session state,
// not saved in the project. The tools read it through ToolHost.contextDraw (they never touch a store).
import { create } from 'zustand';
import type { RoadKind, SiteAreaKind } from '../../../shared/model/tables';

export interface ContextDrawChoice {
  roadKind: RoadKind;
  /** Metres; a fire lane's clear width defaults to 4 m (GB 50016 as commonly quoted). */
  roadWidthM: number;
  areaKind: SiteAreaKind;
}

export const DEFAULT_CONTEXT_CHOICE: ContextDrawChoice = { roadKind: 'road', roadWidthM: 5, areaKind: 'green' };
export const FIRE_LANE_DEFAULT_WIDTH_M = 4;

export const useContextDraw = create<ContextDrawChoice>(() => ({ ...DEFAULT_CONTEXT_CHOICE }));

export const setContextDraw = (patch: Partial<ContextDrawChoice>): void => useContextDraw.setState(patch);
