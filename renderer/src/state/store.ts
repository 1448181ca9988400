// The renderer's mirror of the rows it shows (DESIGN.md "One write path"). It is updated only from changes the
// backend confirms — never edited first. Map layers, panels and tables read it; tools write through `commit`.
import { create } from 'zustand';
import type { ProjectInfo } from '../../../shared/api';
import type { Change, HistoryState } from '../../../shared/model/change';
import { call, onEvent } from '../api';
import { type AppState, EMPTY_HISTORY, MIRRORED_TABLES, type Mirror } from './types';

export type { AppState, FeatureRef, LayerId, MirroredTable, ToolId } from './types';

const emptyMirror = (): Mirror => Object.fromEntries(MIRRORED_TABLES.map((t) => [t, {}])) as Mirror;

export const useStore = create<AppState>(() => ({
  project: null,
  ...emptyMirror(),
  revision: 0,
  lastChange: null,
  history: EMPTY_HISTORY,
  selection: [],
  activePackageId: null,
  tool: 'select',
  snapping: true,
  layers: {
    compounds: true,
    buildings: true,
    labels: true,
    packages: true,
    pipelines: true,
    trees: true,
    roads: true,
    site_areas: true,
    facilities: true,
    leftover: false,
    annotations: true,
  },
  cursor: null,
  scale: null,
}));

const set = useStore.setState;

/** Applies a confirmed change to the mirror. Puts replace whole rows, so applying twice is harmless. */
export function mirrorChange(change: Change, history?: HistoryState): void {
  set((s) => {
    const next: Partial<Mirror> = {};
    // Copy a table's record once, on its first touch in this change.
    const table = <T extends keyof Mirror>(name: T): Mirror[T] => {
      if (!next[name]) next[name] = { ...s[name] } as Mirror[T] as never;
      return next[name] as Mirror[T];
    };
    let project = s.project;
    for (const op of change.ops) {
      if (op.table === 'settings') {
        if (op.op === 'put' && project)
          project = { ...project, settings: { ...project.settings, [op.row.id]: op.row.value } };
        continue;
      }
      const rows = table(op.table) as Record<string, unknown>;
      if (op.op === 'put') rows[op.row.id] = op.row;
      else delete rows[op.id];
    }
    // A selected row that this change deleted leaves the selection (any selectable table).
    const selection = s.selection.filter((r) => (next[r.table] ?? s[r.table])[r.id] !== undefined);
    return {
      ...next,
      project,
      selection,
      revision: s.revision + 1,
      lastChange: change,
      history: history ?? s.history,
    };
  });
}

/** Numbers loadProject calls: only the newest may fill the mirror. */
let loads = 0;

/**
 * Loads every feature of the open project into the mirror (after open, create, save-as). A project switch is both
 * announced (project.changed) and answered, so loads overlap; one that finishes after a newer one started is stale
 * (a slow load of the previous project landing after a quick load of a new empty one would bring the old rows back)
 * and is dropped.
 */
export async function loadProject(project: ProjectInfo | null): Promise<void> {
  const load = ++loads;
  if (!project) {
    set({ project: null, ...emptyMirror(), selection: [], history: EMPTY_HISTORY, lastChange: null });
    set((s) => ({ revision: s.revision + 1 }));
    return;
  }
  const features = await call('features.load', {});
  if (load !== loads) return;
  set((s) => ({
    project,
    ...(Object.fromEntries(
      MIRRORED_TABLES.map((t) => [t, Object.fromEntries((features[t] ?? []).map((r) => [r.id, r]))]),
    ) as Mirror),
    selection: [],
    history: project.history,
    lastChange: null,
    revision: s.revision + 1,
  }));
}

/** The one way the UI edits: send a change, mirror what the backend confirms. Throws BackendError on refusal. */
export async function commit(change: Change): Promise<void> {
  const res = await call('change.apply', { change });
  mirrorChange(res.change, res.history);
}

export async function undo(): Promise<void> {
  const res = await call('history.undo', {});
  if (res) mirrorChange(res.change, res.history);
}

export async function redo(): Promise<void> {
  const res = await call('history.redo', {});
  if (res) mirrorChange(res.change, res.history);
}

let unsubscribe: (() => void)[] = [];
/** Follows backend events (changes made by another window or the CLI, project switches). */
export function followBackend(): void {
  for (const u of unsubscribe) u();
  unsubscribe = [
    onEvent('change.applied', (e) => mirrorChange(e.change, e.history)),
    onEvent('project.changed', (e) => {
      if (e.project?.path !== useStore.getState().project?.path) void loadProject(e.project);
      else if (e.project) set({ project: e.project });
    }),
  ];
}
