// Review mode's own map (a second MapLibre instance over the normal one, so the designer's map keeps its view and
// style): high-contrast, fitted to the presented package, with the pointer (a big red dot), the pen and the pin
// picker for opinions. Kept in step imperatively with the row store and the review store, like the normal map.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { annotationCollection, pinCollection } from '../map/reviewLayers';
import { LOCAL_IDEOGRAPH_FONT } from '../map/style';
import { type AppState, useStore } from '../state/store';
import { memberIds, packageBounds, packageOutline, reviewCollections, strokeCollection } from './reviewFeatures';
import { currentPackageId, type ReviewState, useReview } from './reviewState';
import { applyLayerSwitches, applyTheme, RV, reviewStyle } from './reviewStyle';
import { farEnough, PEN_COLOR, PEN_WIDTH_PX } from './strokes';

// The audience window has no normal map to have set the worker up.
maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The e2e tests read the review map (fitted package, projection) from here. */
    __rzReview?: { map: MapLibreMap; fitted: string | null };
  }
}

const setData = (map: MapLibreMap, id: string, data: unknown) =>
  void map.getSource<GeoJSONSource>(id)?.setData(data as GeoJSON.FeatureCollection);

function drawRows(map: MapLibreMap, s: AppState, r: ReviewState): void {
  const pkg = currentPackageId(r);
  const c = reviewCollections(s, memberIds(s, pkg));
  setData(map, RV.compounds, c.compounds);
  setData(map, RV.labels, c.labels);
  setData(map, RV.buildings, c.buildings);
  setData(map, RV.pipelines, c.pipelines);
  setData(map, RV.facilities, c.facilities);
  setData(map, RV.pkg, packageOutline(s, pkg));
  drawMarks(map, s, r);
}

function drawMarks(map: MapLibreMap, s: AppState, r: ReviewState): void {
  const pkg = currentPackageId(r);
  const departments = s.project?.settings.review_departments ?? DEFAULT_SETTINGS.review_departments;
  setData(map, RV.annotations, annotationCollection(Object.values(s.annotations).filter((a) => a.package_id === pkg)));
  setData(
    map,
    RV.pins,
    pkg
      ? pinCollection(s.review_opinions, departments, { packageId: pkg, meetingId: r.meetingId })
      : { type: 'FeatureCollection', features: [] },
  );
}

function fitPackage(map: MapLibreMap, s: AppState, r: ReviewState, animate: boolean): void {
  const pkg = currentPackageId(r);
  const box = packageBounds(s, pkg);
  if (!box) return;
  const { width, height } = map.getContainer().getBoundingClientRect();
  // Padding scaled to the map: room for the outline and the names at the edges, never more than a fifth.
  const pad = Math.round(Math.min(width, height) * 0.08) + 24;
  map.fitBounds(box, { padding: pad, maxZoom: 18.5, duration: animate ? 500 : 0 });
  map.once('idle', () => {
    if (window.__rzReview?.map === map) window.__rzReview.fitted = pkg;
  });
}

/** Pen, pointer and pin handling (presenter only); returns the detach. */
function attachTools(map: MapLibreMap): () => void {
  let drawing = false;
  let lastPx: [number, number] | null = null;
  const tool = () => useReview.getState().tool;
  const down = (e: MapMouseEvent) => {
    if (tool() !== 'pen') return;
    drawing = true;
    lastPx = [e.point.x, e.point.y];
    const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    useReview.setState((s) => ({ strokes: [...s.strokes, { coords: [at], color: PEN_COLOR, width: PEN_WIDTH_PX }] }));
  };
  const move = (e: MapMouseEvent) => {
    const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    if (tool() === 'pointer') useReview.setState({ pointer: at });
    if (!drawing || !farEnough(lastPx, [e.point.x, e.point.y])) return;
    lastPx = [e.point.x, e.point.y];
    useReview.setState((s) => {
      const last = s.strokes[s.strokes.length - 1];
      if (!last) return s;
      return { strokes: [...s.strokes.slice(0, -1), { ...last, coords: [...last.coords, at] }] };
    });
  };
  const up = () => {
    drawing = false;
    lastPx = null;
  };
  const click = (e: MapMouseEvent) => {
    if (tool() === 'pin') useReview.setState({ pinDraft: [e.lngLat.lng, e.lngLat.lat], tool: 'none' });
  };
  const out = () => {
    if (useReview.getState().pointer) useReview.setState({ pointer: null });
  };
  map.on('mousedown', down);
  map.on('mousemove', move);
  map.on('mouseup', up);
  map.on('click', click);
  map.on('mouseout', out);
  return () => {
    map.off('mousedown', down);
    map.off('mousemove', move);
    map.off('mouseup', up);
    map.off('click', click);
    map.off('mouseout', out);
  };
}

function applyTool(map: MapLibreMap, r: ReviewState): void {
  // The pen draws where the mouse drags, so the map must not pan under it.
  if (r.tool === 'pen') map.dragPan.disable();
  else map.dragPan.enable();
  const cursor = r.tool === 'pointer' ? 'none' : r.tool === 'pen' || r.tool === 'pin' ? 'crosshair' : '';
  map.getCanvas().style.cursor = cursor;
}

export function ReviewMap() {
  const container = useRef<HTMLDivElement>(null);
  const dot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const first = useReview.getState();
    const map = new maplibregl.Map({
      container: el,
      style: reviewStyle(first.theme),
      center: [106.2, 27.4],
      zoom: 14,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 200 }), 'bottom-right');
    window.__rzReview = { map, fitted: null };
    const placeDot = () => {
      const p = useReview.getState().pointer;
      const d = dot.current;
      if (!d) return;
      if (!p) {
        d.style.display = 'none';
        return;
      }
      const px = map.project(p);
      d.style.display = 'block';
      d.style.transform = `translate(${px.x}px, ${px.y}px)`;
    };
    const stops: (() => void)[] = [];
    map.once('load', () => {
      drawRows(map, useStore.getState(), useReview.getState());
      applyLayerSwitches(map, useReview.getState().layers);
      fitPackage(map, useStore.getState(), useReview.getState(), false);
      if (useReview.getState().role === 'presenter') stops.push(attachTools(map));
      applyTool(map, useReview.getState());
      map.on('move', placeDot);
      stops.push(
        useStore.subscribe((s, prev) => {
          if (s.revision === prev.revision) return;
          const r = useReview.getState();
          const marksOnly =
            s.compounds === prev.compounds &&
            s.buildings === prev.buildings &&
            s.packages === prev.packages &&
            s.package_members === prev.package_members &&
            s.pipelines === prev.pipelines &&
            s.facilities === prev.facilities;
          if (marksOnly) drawMarks(map, s, r);
          else drawRows(map, s, r);
        }),
        useReview.subscribe((r, prev) => {
          const s = useStore.getState();
          if (r.index !== prev.index || r.agenda !== prev.agenda || r.meetingId !== prev.meetingId) {
            drawRows(map, s, r);
            fitPackage(map, s, r, true);
          }
          if (r.strokes !== prev.strokes) setData(map, RV.strokes, strokeCollection(r.strokes));
          if (r.theme !== prev.theme) applyTheme(map, r.theme);
          if (r.layers !== prev.layers) applyLayerSwitches(map, r.layers);
          if (r.tool !== prev.tool) applyTool(map, r);
          if (r.pointer !== prev.pointer) placeDot();
        }),
      );
      setData(map, RV.strokes, strokeCollection(useReview.getState().strokes));
    });
    // The review layout may change size (card column, full screen): keep the package fitted.
    const resize = new ResizeObserver(() => {
      map.resize();
      if (map.loaded()) fitPackage(map, useStore.getState(), useReview.getState(), false);
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      for (const s of stops) s();
      if (window.__rzReview?.map === map) window.__rzReview = undefined;
      map.remove();
    };
  }, []);

  return (
    <div className="rz-review-map" data-testid="review-map">
      <div ref={container} style={{ position: 'absolute', inset: 0 }} />
      <div ref={dot} className="rz-review-pointer" data-testid="review-pointer" style={{ display: 'none' }} />
    </div>
  );
}
