import { describe, expect, it } from 'vitest';
import { createMetricFrame, gkCentralMeridian, gkProj4, gkWkt, gkZoneEpsg } from '../../../shared/geo/crs';
import { lngLat, metric } from '../../../shared/model/units';

// Expected values from PROJ (gdal-bin), independent of proj4js:
//   printf '106.2 27.4\n106.25 27.45\n104.6 27.3\n' | cs2cs +proj=longlat +ellps=GRS80 +to +proj=tmerc +lat_0=0 \
//     +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m
//   echo '106.2 27.4' | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:4544 -output_xy
const PROJ_4544: [number, number, number, number][] = [
  [106.2, 27.4, 618686.5866, 3032524.9945],
  [106.25, 27.45, 623576.6173, 3038114.9408],
  [104.6, 27.3, 460403.7553, 3020935.4542],
];

describe('gkZoneEpsg', () => {
  it('picks the 3-degree zone by nearest central meridian', () => {
    expect(gkZoneEpsg(106.2)).toBe(4544); // CM 105
    expect(gkZoneEpsg(104.6)).toBe(4544);
    expect(gkZoneEpsg(106.6)).toBe(4545); // CM 108
    expect(gkZoneEpsg(116.4)).toBe(4548); // Beijing, CM 117
    expect(gkZoneEpsg(121.4)).toBe(4549); // Shanghai, CM 120
  });
  it('clamps to the zones that exist (4534–4554)', () => {
    expect(gkZoneEpsg(10)).toBe(4534);
    expect(gkZoneEpsg(179)).toBe(4554);
  });
});

describe('gkProj4 / gkWkt', () => {
  it('describes the zone', () => {
    expect(gkCentralMeridian(4544)).toBe(105);
    expect(gkProj4(4544)).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
    const wkt = gkWkt(4544);
    expect(wkt).toMatch(/^PROJCS\["CGCS2000 \/ 3-degree Gauss-Kruger CM 105E"/);
    expect(wkt).toContain('PARAMETER["central_meridian",105]');
    expect(wkt.endsWith('AUTHORITY["EPSG","4544"]]')).toBe(true);
    expect(wkt.split('[').length).toBe(wkt.split(']').length);
  });
  it('refuses codes that are not GK zones', () => {
    expect(() => gkProj4(4326)).toThrow(RangeError);
    expect(() => gkWkt(4555)).toThrow(RangeError);
  });
});

describe('MetricFrame', () => {
  const frame = createMetricFrame(4544);
  it('matches PROJ to the millimetre', () => {
    for (const [lon, lat, x, y] of PROJ_4544) {
      const m = frame.toMetric(lngLat(lon, lat));
      expect(m[0]).toBeCloseTo(x, 3);
      expect(m[1]).toBeCloseTo(y, 3);
    }
  });
  it('round-trips lon/lat ↔ metres (single and bulk)', () => {
    const back = frame.toLngLat(metric(618686.5866, 3032524.9945));
    expect(back[0]).toBeCloseTo(106.2, 8);
    expect(back[1]).toBeCloseTo(27.4, 8);
    const ring: [number, number][] = [
      [106.2, 27.4],
      [106.21, 27.4],
      [106.21, 27.41],
      [106.2, 27.4],
    ];
    const roundTrip = frame.ringToLngLat(frame.ringToMetric(ring));
    roundTrip.forEach((p, i) => {
      expect(p[0]).toBeCloseTo((ring[i] as [number, number])[0], 9);
      expect(p[1]).toBeCloseTo((ring[i] as [number, number])[1], 9);
    });
  });
  it('works in the neighbouring zone too', () => {
    const m = createMetricFrame(4545).toMetric(lngLat(108, 27.4));
    expect(m[0]).toBeCloseTo(500000, 6); // on the central meridian
  });
});
