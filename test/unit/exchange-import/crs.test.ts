import { execFileSync } from 'node:child_process';
import gcoord from 'gcoord';
import { describe, expect, test } from 'vitest';
import { matchPrj } from '../../../electron/backend/exchange/import/prj';
import { createTransform } from '../../../electron/backend/exchange/import/transform';
import { CRS_CHOICES, guessCrsFromExtent } from '../../../shared/exchange/crs-choices';
import { removeOffset } from '../../../shared/exchange/offsets';
import { createMetricFrame } from '../../../shared/geo/crs';
import { lngLat } from '../../../shared/model/units';

// Coordinates land where GDAL/PROJ puts them: projected points from `gdaltransform -s_srs EPSG:4490 -t_srs
// EPSG:n` (values below) go back to their lon/lat within millimetres; the proj4 strings equal gdalsrsinfo's.

const CASES = [
  { crs: 'EPSG:4545', xy: [549517.595456893, 3015430.59779193], lonlat: [108.5, 27.25] }, // 3°, CM 108E
  { crs: 'EPSG:4524', xy: [36549517.5954569, 3015430.59779193], lonlat: [108.5, 27.25] }, // 3°, zone 36 prefix
  { crs: 'EPSG:4491', xy: [13585190.7034194, 4371151.24946612], lonlat: [75.99, 39.47] }, // 6°, zone 13 prefix
] as const;

const metres = (a: readonly number[], b: readonly number[]): number => {
  const f = createMetricFrame(4545);
  const p = f.toMetric(lngLat(a[0] as number, a[1] as number));
  const q = f.toMetric(lngLat(b[0] as number, b[1] as number));
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
};

describe('CRS choices and transforms', () => {
  test.each(CASES)('$crs: a GDAL-projected point lands at its lon/lat', ({ crs, xy, lonlat }) => {
    const p = createTransform({ crs })(xy[0], xy[1]);
    expect(Math.abs(p[0] - lonlat[0])).toBeLessThan(1e-7);
    expect(Math.abs(p[1] - lonlat[1])).toBeLessThan(1e-7);
  });

  test('the list covers 4326, 4490, 4534–4554, 4513–4533, 4491–4512 and 3857, with gdalsrsinfo-equal definitions', () => {
    const codes = CRS_CHOICES.map((c) => c.epsg);
    expect(codes).toHaveLength(2 + 21 + 21 + 22 + 1);
    for (const e of [4326, 4490, 4534, 4554, 4513, 4533, 4491, 4512, 3857]) expect(codes).toContain(e);
    for (const e of [4502, 4513, 4533, 4544]) {
      const gdal = execFileSync('gdalsrsinfo', [`EPSG:${e}`, '-o', 'proj4'])
        .toString()
        .trim();
      expect(CRS_CHOICES.find((c) => c.epsg === e)?.proj4).toBe(gdal);
    }
  });

  test('GCJ-02 and BD-09 offsets are removed (hundreds of metres)', () => {
    const wgs: [number, number] = [106.7, 26.6];
    // The offset the web maps add, then gcoord's inverse must bring the point back to within ~1 m.
    const gcj = createTransform({ crs: 'EPSG:4326', from: 'gcj02' });
    const moved = removeOffset(wgs, 'gcj02');
    expect(metres(moved, wgs)).toBeGreaterThan(200);
    expect(metres(moved, wgs)).toBeLessThan(1000);
    expect(gcj(wgs[0], wgs[1])).toEqual(moved);
    expect(metres(removeOffset(wgs, 'bd09'), wgs)).toBeGreaterThan(500);
    // Round trip: a point as 高德/百度 show it, converted back, is within ~1 m of where it really is.
    for (const [crs, from] of [
      [gcoord.GCJ02, 'gcj02'],
      [gcoord.BD09, 'bd09'],
    ] as const) {
      const shown = gcoord.transform([wgs[0], wgs[1]], gcoord.WGS84, crs) as [number, number];
      expect(metres(shown, wgs)).toBeGreaterThan(200);
      expect(metres(removeOffset(shown, from), wgs)).toBeLessThan(1.5);
    }
  });

  test('ESRI .prj texts as GDAL and ArcGIS write them are matched; Beijing 54 is refused, garbage unparsable', () => {
    const gk = (name: string, fe: number, cm: number) =>
      `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
    expect(matchPrj(gk('CGCS2000_3_Degree_GK_CM_108E', 500000, 108))).toEqual({ ok: true, code: 'EPSG:4545' });
    expect(matchPrj(gk('CGCS2000_3_Degree_GK_Zone_36', 36500000, 108))).toEqual({ ok: true, code: 'EPSG:4524' });
    expect(matchPrj(gk('CGCS2000_GK_Zone_13', 13500000, 75))).toEqual({ ok: true, code: 'EPSG:4491' });
    expect(
      matchPrj(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ),
    ).toEqual({ ok: true, code: 'EPSG:4326' });
    const b54 = matchPrj(gk('Beijing_1954_3_Degree_GK_CM_108E', 500000, 108).replace('D_China_2000', 'D_Beijing_1954'));
    expect(b54.ok).toBe(false);
    expect(matchPrj('this is not wkt').ok).toBe(false);
  });

  test('coordinates without a CRS: lon/lat, or a zone read from the easting prefix', () => {
    expect(guessCrsFromExtent([106.7, 26.6, 106.8, 26.7])).toBe('EPSG:4326');
    expect(guessCrsFromExtent([36549000, 3015000, 36551000, 3016000])).toBe('EPSG:4524');
    expect(guessCrsFromExtent([549000, 3015000, 551000, 3016000])).toBeNull(); // no prefix: the zone is unknowable
  });
});
