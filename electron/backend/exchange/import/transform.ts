import proj4 from 'proj4';
import { crsChoice } from '../../../../shared/exchange/crs-choices';
import { removeOffset } from '../../../../shared/exchange/offsets';
import { AppError } from '../../../../shared/model/errors';
import type { CoordOffset } from '../../../../shared/model/exchange';

// From source coordinates to stored lon/lat: optional axis swap (lat/lon written as x/y), proj4 from the source
// CRS, then the web-map offset removed. One converter per import; positions are new arrays.

export type PositionTransform = (x: number, y: number) => [number, number];

export interface TransformOptions {
  crs: string;
  from?: CoordOffset | undefined;
  swapXY?: boolean | undefined;
}

export function createTransform({ crs, from, swapXY }: TransformOptions): PositionTransform {
  const choice = crsChoice(crs);
  if (!choice) throw new AppError('import.crsUnknown', { crs });
  const project = choice.kind === 'geographic' ? null : proj4(choice.proj4, '+proj=longlat +ellps=GRS80 +no_defs');
  return (x0, y0) => {
    const [x, y] = swapXY ? [y0, x0] : [x0, y0];
    let p: [number, number];
    if (project) {
      const out = project.forward([x, y]);
      p = [out[0] as number, out[1] as number];
    } else p = [x, y];
    return from ? removeOffset(p, from) : p;
  };
}

/** Lon/lat that can be on the map at all (China's data should be far inside it). */
export const plausibleLngLat = (p: readonly number[]): boolean =>
  Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 85;
