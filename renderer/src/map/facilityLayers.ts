// Facilities on the map (issue 4 §3): placed facilities with their type labels and selection outline (red when
// failing a check where they stand: placedChecks.ts), and the live
// check of the footprint being placed or moved — the footprint filled red when it overlaps what it must not, and a
// line per distance finding (green when met, red when not) labelled "6.0 m < 9.0 m". Both are redrawn whole: a
// compound has a handful of facilities and a check a few dozen findings.
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  MapLayerMouseEvent,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { FACILITY_COLORS } from '../../../shared/style/site-colors';
import { checkCollection, facilityCollection } from '../facilities/features';
import { failingIds, placedChecks } from '../facilities/placedChecks';
import { type LiveCheck, usePlacement } from '../facilities/placementStore';
import { useStore } from '../state/store';
import type { AppState } from '../state/types';
import { FONT, pickedLine, rowLabels } from './layerParts';

export const FACILITY_SOURCES = { facilities: 'facilities', checks: 'facility-checks' } as const;
const { ok: OK, bad: BAD, facility: FACILITY } = FACILITY_COLORS;
const okColor: ExpressionSpecification = ['case', ['get', 'ok'], OK, BAD];
const isKind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

export const facilityLayers: LayerSpecification[] = [
  {
    id: 'facilities-fill',
    type: 'fill',
    source: FACILITY_SOURCES.facilities,
    paint: { 'fill-color': FACILITY, 'fill-opacity': 0.35 },
  },
  {
    // A placed facility failing a check where it stands is outlined red (and its label starts with ✗).
    id: 'facilities-outline',
    type: 'line',
    source: FACILITY_SOURCES.facilities,
    paint: {
      'line-color': ['case', ['get', 'ok'], FACILITY, BAD],
      'line-width': ['case', ['get', 'ok'], 1.5, 2.5],
    },
  },
  pickedLine('facilities-selected', FACILITY_SOURCES.facilities, '#1677ff', 3),
];

/** Labels and live checks sit above the buildings and the other labels. */
export const facilityTopLayers: LayerSpecification[] = [
  rowLabels('facility-labels', FACILITY_SOURCES.facilities, '#3b1f99', 8),
  {
    id: 'facility-check-fill',
    type: 'fill',
    source: FACILITY_SOURCES.checks,
    filter: isKind('footprint'),
    paint: { 'fill-color': okColor, 'fill-opacity': 0.35 },
  },
  {
    id: 'facility-check-lines',
    type: 'line',
    source: FACILITY_SOURCES.checks,
    filter: ['any', isKind('distance'), isKind('footprint')],
    paint: { 'line-color': okColor, 'line-width': ['case', isKind('footprint'), 2, 1.8] },
  },
  {
    id: 'facility-check-labels',
    type: 'symbol',
    source: FACILITY_SOURCES.checks,
    filter: isKind('distance'),
    layout: {
      'symbol-placement': 'line-center',
      'text-field': ['get', 'text'],
      'text-font': FONT,
      'text-size': 12,
      'text-allow-overlap': true,
      'text-offset': [0, -0.8],
    },
    paint: { 'text-color': okColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: 'facility-check-title',
    type: 'symbol',
    source: FACILITY_SOURCES.checks,
    filter: isKind('title'),
    layout: { 'text-field': ['get', 'text'], 'text-font': FONT, 'text-size': 13, 'text-allow-overlap': true },
    paint: { 'text-color': okColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

/** The layers the facilities switch hides (the live check stays: it is what the tool is doing). */
export const FACILITY_LAYER_IDS = [...facilityLayers.map((l) => l.id), 'facility-labels'];

/** Starts drawing facilities and live checks; returns the stop. */
export function followFacilityLayers(map: MapLibreMap): () => void {
  const drawRows = (s: AppState) =>
    void map
      .getSource<GeoJSONSource>(FACILITY_SOURCES.facilities)
      ?.setData(facilityCollection(s.facilities, failingIds(placedChecks(s).checks)));
  const drawChecks = (live: LiveCheck | null) =>
    void map.getSource<GeoJSONSource>(FACILITY_SOURCES.checks)?.setData(checkCollection(live) as never);
  const select = (s: AppState) =>
    map.setFilter(
      'facilities-selected',
      // style.ts imports this module for its layers: the filter is written here, not imported from there.
      ['in', ['get', 'id'], ['literal', s.selection.filter((r) => r.table === 'facilities').map((r) => r.id)]],
    );
  drawRows(useStore.getState());
  select(useStore.getState());
  drawChecks(usePlacement.getState().live);
  const stopStore = useStore.subscribe((s, prev) => {
    // Any edit can change a facility's checks (a building drawn beside it, a green marked protected).
    if (s.facilities !== prev.facilities || s.revision !== prev.revision || s.project !== prev.project) drawRows(s);
    if (s.selection !== prev.selection) select(s);
  });
  const stopLive = usePlacement.subscribe((s, prev) => {
    if (s.live !== prev.live) drawChecks(s.live);
  });
  // The select tool's hit test knows compounds and buildings only; a click on a facility (this listener runs after
  // the tool's, registered earlier) selects the facility instead, so its form opens.
  const onClick = (e: MapLayerMouseEvent): void => {
    const id = e.features?.[0]?.properties?.id;
    if (useStore.getState().tool !== 'select' || e.originalEvent.shiftKey || typeof id !== 'string') return;
    useStore.setState({ selection: [{ table: 'facilities', id }] });
  };
  map.on('click', 'facilities-fill', onClick);
  return () => {
    stopStore();
    stopLive();
    map.off('click', 'facilities-fill', onClick);
  };
}
