// The tools are pure state machines (Terra Draw's "modes behind an adapter"): they reach the map only through
// MapAdapter and the project only through ToolHost, so unit tests drive them with a fake projection and plain
// rows. Nothing here may touch the DOM, MapLibre or the zustand store.
import type { Change } from '../../../../shared/model/change';
import type { LineString, Point, Polygon, Position } from '../../../../shared/model/geometry';
import type { PipeType } from '../../../../shared/model/pipelines';
import type { ProjectSettings } from '../../../../shared/model/settings';
import type { Compound } from '../../../../shared/model/tables';
import type { ContextDrawChoice } from '../../context/drawChoice';
import type { BoundaryOf, PackageRows } from '../../packages/rows';
import type { FeatureRef } from '../../state/types';
import type { HitIndex } from '../geo/hitTest';
import type { LineIndex } from '../geo/lines';
import type { FeatureRows } from '../geo/sharedVertices';
import type { Px, SnapIndex } from '../geo/snap';

export type { FeatureRef };

export type Cursor = '' | 'crosshair' | 'move' | 'pointer';

export interface Handle {
  pos: Position;
  kind: 'vertex' | 'midpoint';
}

/** Everything a tool draws above the layers; the map renders it into the overlay source. */
export interface Overlay {
  /** Vertices being drawn or measured, the pointer's rubber-band point last. */
  sketch?: Position[];
  /** Draw the sketch as a closed polygon (area tools) rather than a line. */
  sketchClosed?: boolean;
  /** Geometries being dragged, drawn in place of the stored ones until the change is confirmed. */
  previews?: (Polygon | LineString | Point)[];
  handles?: Handle[];
  snap?: Position | null;
  /** Box-select rectangle corners. */
  box?: [Position, Position];
  label?: { pos: Position; text: string };
}

export interface MapAdapter {
  project(p: Position): Px;
  unproject(px: Px): Position;
  setCursor(cursor: Cursor): void;
  render(overlay: Overlay): void;
}

export interface ToolPointer {
  px: Px;
  lngLat: Position;
  shift: boolean;
  alt: boolean;
  /** 0 main, 2 secondary (right). */
  button: number;
}

export interface ToolKey {
  key: string;
  shift: boolean;
  ctrl: boolean;
}

/** What the package tools see of the packages (optional so older hosts and test fakes need not provide it). */
export interface PackageHost {
  rows(): PackageRows;
  activeId(): string | null;
  setActive(id: string | null): void;
  /** The boundary function for the project's current settings. */
  boundaryOf(): BoundaryOf;
}

export interface ToolHost {
  map: MapAdapter;
  rows(): FeatureRows;
  settings(): ProjectSettings;
  selection(): FeatureRef[];
  setSelection(refs: FeatureRef[]): void;
  snapping(): boolean;
  /** Index over the segments of the visible features (rebuilt by the host when the rows change). */
  snapIndex(): SnapIndex;
  /** Index over the visible features for hit testing. */
  hitIndex(): HitIndex;
  /** Index over the visible pipelines and trees (optional: polygon-only fakes may omit it). */
  lineIndex?(): LineIndex;
  /** The pipe type a new pipeline gets (the toolbar's picker); default water supply. */
  pipeType?(): PipeType;
  /** The kind and width a new road or site area gets (the toolbar's picker); optional for older fakes. */
  contextDraw?(): ContextDrawChoice;
  /** Sends the change through the store; shows the error itself and resolves false on refusal. */
  commit(change: Change): Promise<boolean>;
  error(text: string): void;
  /** A saved compound overlaps others: the host offers to clip it. */
  compoundOverlaps(saved: Compound, overlapped: Compound[]): void;
  newId(): string;
  packages?: PackageHost;
}

export interface Tool {
  /** true: the tool takes this drag (the map stops panning until pointerUp). */
  pointerDown?(e: ToolPointer): boolean;
  pointerMove?(e: ToolPointer): void;
  pointerUp?(e: ToolPointer): void;
  click?(e: ToolPointer): void;
  doubleClick?(e: ToolPointer): void;
  contextMenu?(e: ToolPointer): void;
  /** true: the key was the tool's (the caller stops it there). */
  keyDown?(e: ToolKey): boolean;
  /** Rows or selection changed: redraw the overlay from them. */
  refresh?(): void;
  deactivate?(): void;
}

/** Snap tolerance, screen pixels (issue: "within 10 px"). */
export const SNAP_TOLERANCE_PX = 10;
/** How close the pointer must be to a handle to grab it, px. */
export const HANDLE_RADIUS_PX = 8;

export const pxDistance = (a: Px, b: Px): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
