import proj4 from 'proj4';
import { CRS_CHOICES, crsChoice } from '../../../../shared/exchange/crs-choices';

// Reading a CRS definition (.prj WKT, a GeoJSON crs name, a GeoPackage srs) into one of the offered choices.
// ESRI-flavoured .prj files (what ArcGIS and most Chinese survey software write) carry no EPSG code, so the
// projection is matched on its parameters: datum family, central meridian and false easting.

export type PrjResult = { ok: true; code: string } | { ok: false; reason: 'unparsable' | 'unsupported'; name: string };

const num = (wkt: string, param: string): number | null => {
  const m = new RegExp(`PARAMETER\\["${param}",\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
};

/** The EPSG code behind a WKT1/ESRI .prj text, when it is one of CRS_CHOICES. */
export function matchPrj(wkt: string): PrjResult {
  const text = wkt.trim();
  const name = /^(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\["([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  const authorities = [...text.matchAll(/AUTHORITY\["EPSG",\s*"?(\d+)"?\]/gi)];
  const outer = authorities[authorities.length - 1]?.[1];
  if (outer && crsChoice(`EPSG:${outer}`)) return { ok: true, code: `EPSG:${outer}` };
  let parsedByProj4 = true;
  try {
    proj4(text);
  } catch {
    parsedByProj4 = false;
  }
  if (!/^(PROJCS|GEOGCS)\[/i.test(text))
    return { ok: false, reason: parsedByProj4 ? 'unsupported' : 'unparsable', name };
  const datum = /DATUM\["([^"]*)"/i.exec(text)?.[1]?.toLowerCase() ?? '';
  const cgcs = /2000|cgcs/.test(datum);
  const wgs = /wgs_?84|wgs_1984|world_geodetic_system_1984/.test(datum);
  if (!cgcs && !wgs) return { ok: false, reason: parsedByProj4 ? 'unsupported' : 'unparsable', name };
  if (/^GEOGCS/i.test(text)) return { ok: true, code: cgcs ? 'EPSG:4490' : 'EPSG:4326' };
  if (/mercator_auxiliary_sphere|popular_visualisation|pseudo_mercator|web_mercator/i.test(text))
    return { ok: true, code: 'EPSG:3857' };
  const cm = num(text, 'central_meridian');
  const fe = num(text, 'false_easting');
  const tm = /PROJECTION\["(transverse_mercator|gauss_kruger)"/i.test(text);
  if (!cgcs || !tm || cm === null || fe === null)
    return { ok: false, reason: parsedByProj4 ? 'unsupported' : 'unparsable', name };
  const wanted = `+lon_0=${cm} +k=1 +x_0=${fe} `;
  const hit = CRS_CHOICES.find((c) => c.kind !== 'geographic' && c.kind !== 'webmercator' && c.proj4.includes(wanted));
  // A 3° zone and a 6° zone without prefix can share a central meridian (e.g. 105°E); the name tells them apart.
  const six = !/3[_ -]?degree|3度/i.test(name);
  const sameCm = CRS_CHOICES.filter((c) => c.proj4.includes(wanted));
  const pick = sameCm.find((c) => (six ? c.kind.startsWith('gk6') : c.kind.startsWith('gk3'))) ?? hit;
  return pick ? { ok: true, code: pick.code } : { ok: false, reason: 'unsupported', name };
}

/** 'EPSG:4547' from a GeoJSON crs name such as 'urn:ogc:def:crs:EPSG::4547' or 'EPSG:4547'; CRS84 → 4326. */
export function codeFromCrsName(name: string): string | null {
  if (/CRS84$/i.test(name)) return 'EPSG:4326';
  const m = /EPSG:(?::)?(\d+)$/i.exec(name.trim()) ?? /EPSG::?(\d+)/i.exec(name);
  return m ? `EPSG:${m[1]}` : null;
}
