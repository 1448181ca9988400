import proj4 from 'proj4';
import type { Position } from '../model/geometry';
import { type LngLat, lngLat, type Metric, metric } from '../model/units';

// The project's metric frame (DESIGN.md "Coordinates"): CGCS2000 3-degree Gauss–Krüger zones without the zone
// prefix in the easting, EPSG:4534 (CM 75°E) … EPSG:4554 (CM 135°E). Geometry is stored in lon/lat; every metric
// analysis projects into this frame. WGS84 and CGCS2000 differ by centimetres, so lon/lat is taken as GRS80
// geographic and no datum shift is applied.

export const GK_EPSG_MIN = 4534;
export const GK_EPSG_MAX = 4554;

/** EPSG code of the 3° GK zone whose central meridian is nearest to `lon`, clamped to China's zones. */
export function gkZoneEpsg(lon: number): number {
  const cm = 3 * Math.round(lon / 3);
  const epsg = GK_EPSG_MIN + (cm - 75) / 3;
  return Math.min(GK_EPSG_MAX, Math.max(GK_EPSG_MIN, epsg));
}

/** Central meridian (degrees east) of a 3° GK zone EPSG code. Throws on codes outside 4534–4554. */
export function gkCentralMeridian(epsg: number): number {
  if (!Number.isInteger(epsg) || epsg < GK_EPSG_MIN || epsg > GK_EPSG_MAX) {
    throw new RangeError(`not a CGCS2000 3-degree GK zone without prefix: EPSG:${epsg}`);
  }
  return 75 + 3 * (epsg - GK_EPSG_MIN);
}

/** proj4 definition of the zone, e.g. gkProj4(4544) → '+proj=tmerc +lat_0=0 +lon_0=105 …'. */
export function gkProj4(epsg: number): string {
  const cm = gkCentralMeridian(epsg);
  return `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** OGC WKT1 as GDAL writes it for the zone (for gpkg_spatial_ref_sys.definition). */
export function gkWkt(epsg: number): string {
  const cm = gkCentralMeridian(epsg);
  return (
    `PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM ${cm}E",` +
    'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",' +
    'SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],' +
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]],' +
    'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],' +
    `PARAMETER["central_meridian",${cm}],PARAMETER["scale_factor",1],` +
    'PARAMETER["false_easting",500000],PARAMETER["false_northing",0],' +
    'UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],AXIS["Easting",EAST],' +
    `AUTHORITY["EPSG","${epsg}"]]`
  );
}

/** Human name of the zone, e.g. 'CGCS2000 / 3-degree Gauss-Kruger CM 105E'. */
export const gkName = (epsg: number): string => `CGCS2000 / 3-degree Gauss-Kruger CM ${gkCentralMeridian(epsg)}E`;

/**
 * Conversions between lon/lat and one GK zone. Made once per project (the proj4 converter is built once);
 * every function is pure and allocates new arrays, never touching its input.
 */
export interface MetricFrame {
  readonly epsg: number;
  toMetric(p: LngLat): Metric;
  toLngLat(m: Metric): LngLat;
  /** Bulk version for rings and lines of plain positions ([lon, lat] in, [x, y] out). */
  ringToMetric(ring: readonly Position[]): Position[];
  ringToLngLat(ring: readonly Position[]): Position[];
}

const GEOGRAPHIC = '+proj=longlat +ellps=GRS80 +no_defs';

/** Creates the metric frame for `epsg` (default: the zone of 106.2°E, EPSG:4544). */
export function createMetricFrame(epsg: number): MetricFrame {
  const converter = proj4(GEOGRAPHIC, gkProj4(epsg));
  const fwd = (x: number, y: number): [number, number] => {
    const out = converter.forward([x, y]);
    return [out[0] as number, out[1] as number];
  };
  const inv = (x: number, y: number): [number, number] => {
    const out = converter.inverse([x, y]);
    return [out[0] as number, out[1] as number];
  };
  return {
    epsg,
    toMetric: (p) => {
      const [x, y] = fwd(p[0], p[1]);
      return metric(x, y);
    },
    toLngLat: (m) => {
      const [lon, lat] = inv(m[0], m[1]);
      return lngLat(lon, lat);
    },
    ringToMetric: (ring) => ring.map((p) => fwd(p[0], p[1])),
    ringToLngLat: (ring) => ring.map((p) => inv(p[0], p[1])),
  };
}

/** The frame for a project's settings, or for data centred at `lon` when the zone is automatic. */
export const frameForLon = (lon: number): MetricFrame => createMetricFrame(gkZoneEpsg(lon));
