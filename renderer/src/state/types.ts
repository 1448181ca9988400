// The shapes of the renderer's mirror store, kept free of DOM and backend imports so pure modules (commands,
// forms) and their Node-side unit tests can name them without pulling in the API client.
import type { ProjectInfo } from '../../../shared/api';
import type { Change, HistoryState } from '../../../shared/model/change';
import type { FeatureTableName, RowOf, TableName } from '../../../shared/model/tables';

export type ToolId =
  | 'select'
  | 'drawCompound'
  | 'drawBuilding'
  | 'editVertices'
  | 'move'
  | 'measureDistance'
  | 'measureArea'
  | 'editPackage'
  | 'drawPipeline'
  | 'drawTree'
  | 'crossSection'
  | 'drawRoad'
  | 'drawSiteArea'
  | 'placeFacility';
export type LayerId =
  | 'compounds'
  | 'buildings'
  | 'labels'
  | 'packages'
  | 'pipelines'
  | 'trees'
  | 'roads'
  | 'site_areas'
  | 'facilities'
  | 'leftover'
  | 'annotations';
/** Tables whose rows the map selects: the polygon features plus pipelines (lines) and trees (points). */
export type SelectableTable = FeatureTableName | 'pipelines' | 'trees' | 'roads' | 'site_areas' | 'facilities';
export interface FeatureRef {
  table: SelectableTable;
  id: string;
}

export const EMPTY_HISTORY: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoSummary: null,
  redoSummary: null,
  depth: 0,
};

/** Tables mirrored row by row (settings live in project.settings instead). */
export type MirroredTable = Exclude<TableName, 'settings'>;
export const MIRRORED_TABLES: readonly MirroredTable[] = [
  'compounds',
  'buildings',
  'packages',
  'package_members',
  'renovation_items',
  'compound_items',
  'pipelines',
  'trees',
  'clearance_rules',
  'conflict_reviews',
  'roads',
  'site_areas',
  'facilities',
  'leftover_pieces',
  'review_meetings',
  'review_opinions',
  'annotations',
];
export type Mirror = { [T in MirroredTable]: Record<string, RowOf<T>> };

export interface AppState extends Mirror {
  project: ProjectInfo | null;
  /** Bumped on every confirmed change; `lastChange` is that change, for layers that update by diff. */
  revision: number;
  lastChange: Change | null;
  history: HistoryState;
  selection: FeatureRef[];
  /** The work package shown in the package panel and edited by the package-edit tool (issue 3). */
  activePackageId: string | null;
  tool: ToolId;
  snapping: boolean;
  layers: Record<LayerId, boolean>;
  /** Cursor position on the map (lon/lat) and the current map scale denominator, for the status bar. */
  cursor: [number, number] | null;
  scale: number | null;
}
