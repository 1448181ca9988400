import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { DETAIL_LAYERS, type ReportSource, reportStyle } from './mapStyle';
import { MAP_PIXEL_RATIO, PX_PER_MM } from './paper';

// Map images at print resolution from an off-screen MapLibre map: a hidden div sized in CSS px for the figure's
// size on paper, drawn at MAP_PIXEL_RATIO (≥ 200 dpi), read back with toDataURL once the map is idle. Not a
// screenshot of the window. One map draws every image of a report in turn (new data, size and view each time):
// starting a map (style, workers, WebGL context) costs more than drawing it, and browsers cap live WebGL contexts.

maplibregl.setWorkerUrl(workerUrl);

export interface MapLabel {
  text: string;
  lngLat: [number, number];
  /** Emphasised labels (the compound of a compound page, the package on the location map). */
  strong?: boolean;
}

export interface MapSpec {
  key: string;
  widthMm: number;
  heightMm: number;
  /** [west, south, east, north] to fit, with `paddingMm` around. */
  bounds: [number, number, number, number];
  paddingMm: number;
  /** Compound id → 'member' | 'current' (others draw as 'other'). */
  roles: Record<string, string>;
  /** Package id → 'this' (others draw as 'other'). */
  packageRoles: Record<string, string>;
  /** Buildings, roads, green, leftover land, facilities and pipelines drawn (not on the location map). */
  detail: boolean;
  labels: MapLabel[];
}

export interface MapImage {
  dataUrl: string;
  widthMm: number;
  heightMm: number;
  /** Label anchors in mm from the figure's top-left corner. */
  labels: { text: string; xMm: number; yMm: number; strong: boolean }[];
  /** Ground metres per millimetre of paper at the map's centre (the scale bar and 1:n). */
  metresPerMm: number;
}

export interface MapPrinter {
  draw(spec: MapSpec): Promise<MapImage>;
  dispose(): void;
}

const EARTH_CIRCUMFERENCE_M = 40075016.686;
const TILE_PX = 512;
const IDLE_TIMEOUT_MS = 120_000;

const sizePx = (spec: Pick<MapSpec, 'widthMm' | 'heightMm'>) => ({
  width: Math.round(spec.widthMm * PX_PER_MM),
  height: Math.round(spec.heightMm * PX_PER_MM),
});

function idle(map: maplibregl.Map, key: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('error', onError);
      reject(new Error(`map ${key} not drawn after ${IDLE_TIMEOUT_MS / 1000} s`));
    }, IDLE_TIMEOUT_MS);
    const onError = (e: maplibregl.ErrorEvent) => {
      clearTimeout(timer);
      reject(e.error ?? new Error(String(e)));
    };
    map.once('error', onError);
    map.once('idle', () => {
      clearTimeout(timer);
      map.off('error', onError);
      resolve();
    });
  });
}

/** Starts the off-screen map with every source of the report loaded once. */
export async function createMapPrinter(
  data: Record<ReportSource, GeoJSON.FeatureCollection>,
  lat: number,
  first: MapSpec,
): Promise<MapPrinter> {
  const box = document.createElement('div');
  const place = (spec: MapSpec) => {
    const { width, height } = sizePx(spec);
    Object.assign(box.style, {
      position: 'fixed',
      left: '-20000px',
      top: '0',
      width: `${width}px`,
      height: `${height}px`,
    });
  };
  place(first);
  document.body.appendChild(box);
  const map = new maplibregl.Map({
    container: box,
    style: reportStyle(data, lat),
    bounds: first.bounds,
    fitBoundsOptions: { padding: Math.round(first.paddingMm * PX_PER_MM) },
    pixelRatio: MAP_PIXEL_RATIO,
    interactive: false,
    trackResize: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  await idle(map, first.key);
  let roles: Record<string, string> = {};
  let packageRoles: Record<string, string> = {};
  const setRoles = (source: ReportSource, before: Record<string, string>, after: Record<string, string>) => {
    for (const id of Object.keys(before)) if (!(id in after)) map.removeFeatureState({ source, id });
    for (const [id, role] of Object.entries(after))
      if (before[id] !== role) map.setFeatureState({ source, id }, { role });
  };

  const read = (spec: MapSpec): MapImage => {
    const centre = map.getCenter();
    const metresPerPx =
      (EARTH_CIRCUMFERENCE_M * Math.cos((centre.lat * Math.PI) / 180)) / (TILE_PX * 2 ** map.getZoom());
    return {
      // JPEG: encoding a 200 dpi PNG takes seconds per map; at this resolution JPEG artefacts are invisible on paper.
      dataUrl: map.getCanvas().toDataURL('image/jpeg', 0.92),
      widthMm: spec.widthMm,
      heightMm: spec.heightMm,
      labels: spec.labels.map((l) => {
        const p = map.project(l.lngLat);
        return { text: l.text, xMm: p.x / PX_PER_MM, yMm: p.y / PX_PER_MM, strong: l.strong === true };
      }),
      metresPerMm: metresPerPx * PX_PER_MM,
    };
  };

  return {
    async draw(spec) {
      place(spec);
      map.resize();
      setRoles('compounds', roles, spec.roles);
      setRoles('packages', packageRoles, spec.packageRoles);
      roles = spec.roles;
      packageRoles = spec.packageRoles;
      for (const layer of DETAIL_LAYERS) map.setLayoutProperty(layer, 'visibility', spec.detail ? 'visible' : 'none');
      map.fitBounds(spec.bounds, { padding: Math.round(spec.paddingMm * PX_PER_MM), animate: false });
      const drawn = idle(map, spec.key);
      map.triggerRepaint();
      await drawn;
      return read(spec);
    },
    dispose() {
      map.remove();
      box.remove();
    },
  };
}
