// Wires MapLibre's pointer and keyboard events to the active tool, and builds the ToolHost the tools see
// (rows, selection and commit from the store; errors through antd's message). Map gestures that clash with
// tools are off: box-zoom (Shift+drag is box select), rotation, and double-click zoom while a tool uses the
// double-click (drawing and measuring finish with it).
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { errorText } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { errorData } from '../api';
import { useContextDraw } from '../context/drawChoice';
import { boundaryFor } from '../packages/boundary';
import { commit, type ToolId, useStore } from '../state/store';
import { buildIndexes, indexCache } from './geo/indexes';
import { createMapAdapter } from './mapAdapter';
import { type MapUi, showOverlapNotice } from './overlapNotice';
import { usePipeType } from './pipeTypeStore';
import { scaleDenominator } from './scale';
import { createTool } from './tools';
import type { Tool, ToolHost, ToolKey, ToolPointer } from './tools/types';

const TOOLS_USING_DOUBLE_CLICK = new Set<ToolId>([
  'drawCompound',
  'drawBuilding',
  'measureDistance',
  'measureArea',
  'editVertices',
  'drawPipeline',
  'drawRoad',
  'drawSiteArea',
]);

function createHost(map: MapLibreMap, ui: () => MapUi): ToolHost {
  const cache = indexCache();
  const indexes = () => {
    const s = useStore.getState();
    const { compounds, buildings, pipelines, trees, roads, site_areas } = s.layers;
    const key = `${s.revision}:${compounds}:${buildings}:${pipelines}:${trees}:${roads}:${site_areas}`;
    return cache(key, () => buildIndexes(s, { compounds, buildings, pipelines, trees, roads, site_areas }));
  };
  return {
    map: createMapAdapter(map),
    rows: () => useStore.getState(),
    settings: () => useStore.getState().project?.settings ?? DEFAULT_SETTINGS,
    selection: () => useStore.getState().selection,
    setSelection: (selection) => useStore.setState({ selection }),
    snapping: () => useStore.getState().snapping,
    snapIndex: () => indexes().snap,
    hitIndex: () => indexes().hit,
    lineIndex: () => indexes().lines,
    pipeType: () => usePipeType.getState().type,
    contextDraw: () => useContextDraw.getState(),
    async commit(change) {
      try {
        await commit(change);
        return true;
      } catch (e) {
        void ui().message.error(errorText(errorData(e)));
        return false;
      }
    },
    error: (text) => void ui().message.error(text),
    compoundOverlaps: (saved, overlapped) => showOverlapNotice(ui(), saved, overlapped),
    newId: () => crypto.randomUUID(),
    packages: {
      rows: () => useStore.getState(),
      activeId: () => useStore.getState().activePackageId,
      setActive: (id) => useStore.setState({ activePackageId: id }),
      boundaryOf: () => boundaryFor(useStore.getState().project?.settings ?? DEFAULT_SETTINGS),
    },
  };
}

const pointer = (e: MapMouseEvent): ToolPointer => ({
  px: [e.point.x, e.point.y],
  lngLat: [e.lngLat.lng, e.lngLat.lat],
  shift: e.originalEvent.shiftKey,
  alt: e.originalEvent.altKey,
  button: e.originalEvent.button,
});

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Attaches the tools to the map; returns the detach. */
/** `ui` gives the latest antd message/notification instances (they come from the React tree). */
export function attachTools(map: MapLibreMap, ui: () => MapUi): () => void {
  map.boxZoom.disable();
  map.dragRotate.disable();
  map.touchZoomRotate.disableRotation();
  const host = createHost(map, ui);
  let tool: Tool = createTool(useStore.getState().tool, host);
  const setDoubleClickZoomFor = (id: ToolId): void => {
    if (TOOLS_USING_DOUBLE_CLICK.has(id)) map.doubleClickZoom.disable();
    else map.doubleClickZoom.enable();
  };
  setDoubleClickZoomFor(useStore.getState().tool);
  tool.refresh?.();
  let dragging = false;

  const endDrag = (e: ToolPointer): void => {
    if (!dragging) return;
    dragging = false;
    map.dragPan.enable();
    tool.pointerUp?.(e);
  };
  const onDown = (e: MapMouseEvent): void => {
    if (tool.pointerDown?.(pointer(e))) {
      dragging = true;
      map.dragPan.disable();
    }
  };
  const onMove = (e: MapMouseEvent): void => {
    const p = pointer(e);
    useStore.setState({ cursor: [p.lngLat[0], p.lngLat[1]] });
    tool.pointerMove?.(p);
  };
  const onUp = (e: MapMouseEvent): void => endDrag(pointer(e));
  const onClick = (e: MapMouseEvent): void => tool.click?.(pointer(e));
  const onDblClick = (e: MapMouseEvent): void => {
    e.preventDefault();
    tool.doubleClick?.(pointer(e));
  };
  const onContext = (e: MapMouseEvent): void => {
    e.originalEvent.preventDefault();
    tool.contextMenu?.(pointer(e));
  };
  const onMoveEnd = (): void => {
    const c = map.getCenter();
    useStore.setState({ scale: scaleDenominator(c.lat, map.getZoom()) });
  };
  const onKey = (e: KeyboardEvent): void => {
    if (isTyping(e.target) || e.altKey || e.metaKey) return;
    const key: ToolKey = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey };
    if (!e.ctrlKey && tool.keyDown?.(key)) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  map.on('mousedown', onDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  map.on('click', onClick);
  map.on('dblclick', onDblClick);
  map.on('contextmenu', onContext);
  map.on('move', onMoveEnd);
  map.on('mouseout', () => useStore.setState({ cursor: null }));
  window.addEventListener('keydown', onKey, true);
  onMoveEnd();

  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.tool !== prev.tool) {
      tool.deactivate?.();
      dragging = false;
      map.dragPan.enable();
      tool = createTool(s.tool, host);
      setDoubleClickZoomFor(s.tool);
      tool.refresh?.();
    } else if (s.revision !== prev.revision || s.selection !== prev.selection) tool.refresh?.();
  });

  return () => {
    unsubscribe();
    tool.deactivate?.();
    window.removeEventListener('keydown', onKey, true);
    map.off('mousedown', onDown);
    map.off('mousemove', onMove);
    map.off('mouseup', onUp);
    map.off('click', onClick);
    map.off('dblclick', onDblClick);
    map.off('contextmenu', onContext);
    map.off('move', onMoveEnd);
  };
}
