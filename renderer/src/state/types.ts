// The shapes of the renderer's mirror store, kept free of DOM and backend imports so pure modules (commands,
// forms) and their Node-side unit tests can name them without pulling in the API client.
import type { ProjectInfo } from '../../../shared/api';
import type { Change, HistoryState } from '../../../shared/model/change';
import type { Building, Compound, FeatureTableName } from '../../../shared/model/tables';

export type ToolId =
  | 'select'
  | 'drawCompound'
  | 'drawBuilding'
  | 'editVertices'
  | 'move'
  | 'measureDistance'
  | 'measureArea';
export type LayerId = 'compounds' | 'buildings' | 'labels';
export interface FeatureRef {
  table: FeatureTableName;
  id: string;
}

export const EMPTY_HISTORY: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoSummary: null,
  redoSummary: null,
  depth: 0,
};

export interface AppState {
  project: ProjectInfo | null;
  compounds: Record<string, Compound>;
  buildings: Record<string, Building>;
  /** Bumped on every confirmed change; `lastChange` is that change, for layers that update by diff. */
  revision: number;
  lastChange: Change | null;
  history: HistoryState;
  selection: FeatureRef[];
  tool: ToolId;
  snapping: boolean;
  layers: Record<LayerId, boolean>;
  /** Cursor position on the map (lon/lat) and the current map scale denominator, for the status bar. */
  cursor: [number, number] | null;
  scale: number | null;
}
