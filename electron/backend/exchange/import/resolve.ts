import { crsChoice, guessCrsFromExtent, isGeographic } from '../../../../shared/exchange/crs-choices';
import { AppError } from '../../../../shared/model/errors';
import type { ImportNotice, ImportSource } from '../../../../shared/model/exchange';
import type { RawGeometry, SourceData } from '../read/types';

// Which CRS an import uses and whether x/y look swapped: the user's choice, else what the source declares (when
// it is one of the offered systems), else a guess from the coordinates' extent that the preview shows as such.

export type Extent = [number, number, number, number];

export function forEachPosition(g: RawGeometry, fn: (x: number, y: number) => void): void {
  if (g.type === 'GeometryCollection') {
    for (const c of g.geometries ?? []) forEachPosition(c, fn);
    return;
  }
  walk(g.coordinates, fn);
}

/** Depth-first over nested coordinate arrays, without allocating (50,000 features are walked more than once). */
function walk(c: unknown, fn: (x: number, y: number) => void): void {
  if (!Array.isArray(c) || c.length === 0) return;
  if (typeof c[0] === 'number') {
    fn(c[0], c[1] as number);
    return;
  }
  for (let i = 0; i < c.length; i++) walk(c[i], fn);
}

/** Extent of the source coordinates as they are in the file; null when nothing has geometry. */
export function rawExtent(data: SourceData): Extent | null {
  const e: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of data.features) {
    if (!f.geometry) continue;
    forEachPosition(f.geometry, (x, y) => {
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      if (x < e[0]) e[0] = x;
      if (y < e[1]) e[1] = y;
      if (x > e[2]) e[2] = x;
      if (y > e[3]) e[3] = y;
    });
  }
  return e[0] === Infinity ? null : e;
}

export interface ResolvedCrs {
  crs: string | null;
  /** How the CRS was chosen, for the preview. */
  notices: ImportNotice[];
  swapSuggested: boolean;
}

export function resolveCrs(source: ImportSource, data: SourceData, extent: Extent | null): ResolvedCrs {
  const notices: ImportNotice[] = [];
  let crs: string | null = null;
  if (source.crs) {
    if (!crsChoice(source.crs)) throw new AppError('import.crsUnknown', { crs: source.crs });
    crs = source.crs.toUpperCase();
  } else if (data.crs && crsChoice(data.crs)) crs = data.crs;
  else {
    if (data.crs) notices.push({ key: 'exchange.notice.crsNotOffered', params: { crs: data.crs } });
    const guess = extent ? guessCrsFromExtent(extent) : null;
    if (guess) {
      crs = guess;
      // GeoJSON without a crs member is lon/lat by RFC 7946: nothing to confirm when the extent agrees.
      if (!(data.format === 'geojson' && guess === 'EPSG:4326' && extent && extent[1] >= -90 && extent[3] <= 90))
        notices.push({
          key: 'exchange.notice.crsGuessed',
          params: { crs: guess, label: crsChoice(guess)?.label ?? guess },
        });
    } else if (extent) notices.push({ key: 'exchange.notice.crsNeeded', params: {} });
  }
  // China lies within 73–135°E and 18–54°N: an extent with "x" in 15–55 and "y" in 70–140 is lat/lon as x/y.
  const swapSuggested =
    !source.swapXY &&
    crs !== null &&
    isGeographic(crs) &&
    extent !== null &&
    extent[0] >= 15 &&
    extent[2] <= 55 &&
    extent[1] >= 70 &&
    extent[3] <= 140;
  if (swapSuggested) notices.push({ key: 'exchange.notice.latLonOrder', params: {} });
  return { crs, notices, swapSuggested };
}
