// Keeps the map's sources in step with the store: a full setData when a project loads (then fit the view and
// signal readiness once the map is idle), per-row updateData for every confirmed change, layer visibility and
// the selection filter from the store's switches.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { type AppState, useStore } from '../state/store';
import { followConflicts } from './conflictMarkers';
import { diffForChange, isEmptyDiff, type SourceDiff } from './diff';
import { projectExtent } from './extent';
import {
  buildingCollection,
  buildingLabelCollection,
  compoundCollection,
  compoundLabelCollection,
  packageCollection,
  packageLabelCollection,
} from './features';
import { assignPackageColors, sameColors } from './packageColors';
import { pipelineCollection, treeCollection } from './pipeFeatures';
import { LAYER_GROUPS, SOURCES, selectionFilter } from './style';

declare global {
  interface Window {
    /** The e2e harness waits on `ready` (set after each project's data is drawn) and projects with `map`. */
    __rz?: { map: MapLibreMap; ready: boolean };
  }
}

const settingsOf = (s: AppState) => s.project?.settings ?? DEFAULT_SETTINGS;

function source(map: MapLibreMap, id: string): GeoJSONSource | undefined {
  return map.getSource<GeoJSONSource>(id);
}

/** The package colours the packages source was last drawn with. */
let packageColors = new Map<string, number>();
const colorOf = (id: string): number => packageColors.get(id) ?? 0;

async function fullLoad(map: MapLibreMap, s: AppState): Promise<void> {
  window.__rz = { map, ready: false };
  packageColors = assignPackageColors(s.packages);
  await Promise.all([
    source(map, SOURCES.compounds)?.setData(compoundCollection(s.compounds, settingsOf(s))),
    source(map, SOURCES.buildings)?.setData(buildingCollection(s.buildings)),
    source(map, SOURCES.compoundLabels)?.setData(compoundLabelCollection(s.compounds)),
    source(map, SOURCES.buildingLabels)?.setData(buildingLabelCollection(s.buildings)),
    source(map, SOURCES.packages)?.setData(packageCollection(s.packages, colorOf)),
    source(map, SOURCES.packageLabels)?.setData(packageLabelCollection(s.packages)),
    source(map, SOURCES.pipelines)?.setData(pipelineCollection(s.pipelines)),
    source(map, SOURCES.trees)?.setData(treeCollection(s.trees)),
  ]);
  applyActivePackage(map, s);
  fitToFeatures(map, s);
  map.once('idle', () => {
    if (window.__rz?.map === map) window.__rz.ready = true;
  });
  map.triggerRepaint();
}

function fitToFeatures(map: MapLibreMap, s: AppState): void {
  const box = projectExtent(s);
  if (box) map.fitBounds(box, { padding: 40, animate: false, maxZoom: 18 });
}

function applyDiff(map: MapLibreMap, id: string, diff: SourceDiff): void {
  if (!isEmptyDiff(diff)) void source(map, id)?.updateData({ add: diff.add, remove: diff.remove });
}

function applyVisibility(map: MapLibreMap, layers: AppState['layers']): void {
  for (const [group, ids] of Object.entries(LAYER_GROUPS) as [keyof AppState['layers'], string[]][]) {
    for (const id of ids) map.setLayoutProperty(id, 'visibility', layers[group] ? 'visible' : 'none');
  }
}

function applySelection(map: MapLibreMap, selection: AppState['selection']): void {
  const ids = (table: string) => selection.filter((r) => r.table === table).map((r) => r.id);
  map.setFilter('compounds-selected', selectionFilter(ids('compounds')));
  map.setFilter('buildings-selected', selectionFilter(ids('buildings')));
  map.setFilter('pipelines-selected', selectionFilter(ids('pipelines')));
  map.setFilter('trees-selected', selectionFilter(ids('trees')));
}

/** The active package's outline and its member compounds, highlighted. */
function applyActivePackage(map: MapLibreMap, s: AppState): void {
  const id = s.activePackageId && s.packages[s.activePackageId] ? s.activePackageId : null;
  const members = id
    ? Object.values(s.package_members)
        .filter((m) => m.package_id === id)
        .map((m) => m.compound_id)
    : [];
  map.setFilter('packages-active', selectionFilter(id ? [id] : []));
  map.setFilter('compounds-active-package', selectionFilter(members));
}

/** Starts following the store; returns the unsubscribe. Call once the style has loaded. */
export function syncLayers(map: MapLibreMap): () => void {
  const initial = useStore.getState();
  void fullLoad(map, initial);
  applyVisibility(map, initial.layers);
  applySelection(map, initial.selection);
  const stopConflicts = followConflicts(map);
  const stopStore = useStore.subscribe((s, prev) => {
    if (s.revision !== prev.revision) {
      if (s.lastChange && s.lastChange !== prev.lastChange && s.project?.path === prev.project?.path) {
        // Recolour first: when a package edit changes another package's colour, redraw the packages whole.
        const touchesPackages = s.packages !== prev.packages;
        const colors = touchesPackages ? assignPackageColors(s.packages) : packageColors;
        const recolour = !sameColors(packageColors, colors);
        packageColors = colors;
        const diff = diffForChange(s.lastChange, settingsOf(s), colorOf);
        if (diff.compounds === 'full')
          void source(map, SOURCES.compounds)?.setData(compoundCollection(s.compounds, settingsOf(s)));
        else applyDiff(map, SOURCES.compounds, diff.compounds);
        applyDiff(map, SOURCES.buildings, diff.buildings);
        applyDiff(map, SOURCES.compoundLabels, diff.compoundLabels);
        applyDiff(map, SOURCES.buildingLabels, diff.buildingLabels);
        if (recolour) void source(map, SOURCES.packages)?.setData(packageCollection(s.packages, colorOf));
        else applyDiff(map, SOURCES.packages, diff.packages);
        applyDiff(map, SOURCES.packageLabels, diff.packageLabels);
        applyDiff(map, SOURCES.pipelines, diff.pipelines);
        applyDiff(map, SOURCES.trees, diff.trees);
        if (diff.membership || !isEmptyDiff(diff.packages)) applyActivePackage(map, s);
      } else void fullLoad(map, s);
    }
    if (s.activePackageId !== prev.activePackageId) applyActivePackage(map, s);
    if (s.layers !== prev.layers) applyVisibility(map, s.layers);
    if (s.selection !== prev.selection) applySelection(map, s.selection);
  });
  return () => {
    stopStore();
    stopConflicts();
  };
}
