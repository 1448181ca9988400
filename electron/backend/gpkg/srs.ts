import { AppError } from '../../../shared/model/errors';

// Spatial reference rows for gpkg_spatial_ref_sys. The project's metric CRS is a CGCS2000 3° Gauss–Krüger zone
// without zone prefix, EPSG 4534 (CM 75°E) … 4554 (CM 135°E); its WKT matches what GDAL/PROJ print for the code.

export interface SrsRow {
  srs_name: string;
  srs_id: number;
  organization: string;
  organization_coordsys_id: number;
  definition: string;
  description: string;
}

export const FIRST_GK_EPSG = 4534;
export const LAST_GK_EPSG = 4554;

/** Central meridian in degrees of a CGCS2000 3° GK zone code. Example: 4544 → 105. */
export function centralMeridianOf(epsg: number): number {
  if (!Number.isInteger(epsg) || epsg < FIRST_GK_EPSG || epsg > LAST_GK_EPSG)
    throw new AppError('input.invalid', { detail: `EPSG ${epsg} is not a CGCS2000 3° GK zone (4534–4554)` });
  return 75 + (epsg - FIRST_GK_EPSG) * 3;
}

/** The zone whose central meridian is nearest to a longitude. Example: 106.2 → 4544 (CM 105°E). */
export function gkZoneForLongitude(lon: number): number {
  const zone = Math.round((lon - 75) / 3);
  return FIRST_GK_EPSG + Math.min(LAST_GK_EPSG - FIRST_GK_EPSG, Math.max(0, zone));
}

export function gkSrsRow(epsg: number): SrsRow {
  const cm = centralMeridianOf(epsg);
  const name = `CGCS2000 / 3-degree Gauss-Kruger CM ${cm}E`;
  const definition =
    `PROJCS["${name}",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",` +
    `SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],` +
    `PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],` +
    `AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],` +
    `PARAMETER["central_meridian",${cm}],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],` +
    `PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Northing",NORTH],` +
    `AXIS["Easting",EAST],AUTHORITY["EPSG","${epsg}"]]`;
  return {
    srs_name: name,
    srs_id: epsg,
    organization: 'EPSG',
    organization_coordsys_id: epsg,
    definition,
    description: `CGCS2000 3-degree Gauss-Kruger zone, central meridian ${cm}°E (project metric CRS)`,
  };
}
