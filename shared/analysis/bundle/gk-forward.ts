import { gkCentralMeridian, type MetricFrame } from '../../geo/crs';
import type { Polygon, Position } from '../../model/geometry';

// Lon/lat → the project's GK zone (GRS80, k0 = 1, false easting 500 km), the same projection as the frame's proj4
// converter (Poder/Engsager's Krüger series of order 6, as proj4's etmerc) written out without proj4's per-point
// objects: bundling projects every vertex of thousands of compounds, and that allocation was most of its time.
// It agrees with createMetricFrame to well under a micrometre (test/unit/bundle/gk-forward.test.ts).

const A_AXIS = 6_378_137;
const FLATTENING = 1 / 298.257222101;
const N = FLATTENING / (2 - FLATTENING);
const E = Math.sqrt(FLATTENING * (2 - FLATTENING));
const N2 = N * N;
const N3 = N2 * N;
const N4 = N3 * N;
const N5 = N4 * N;
const N6 = N5 * N;
/** Rectifying radius. */
const RADIUS = (A_AXIS / (1 + N)) * (1 + N2 / 4 + N4 / 64 + N6 / 256);
const ALPHA = [
  N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180 - (127 * N5) / 288 + (7891 * N6) / 37800,
  (13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440 + (281 * N5) / 630 - (1983433 * N6) / 1935360,
  (61 * N3) / 240 - (103 * N4) / 140 + (15061 * N5) / 26880 + (167603 * N6) / 181440,
  (49561 * N4) / 161280 - (179 * N5) / 168 + (6601661 * N6) / 7257600,
  (34729 * N5) / 80640 - (3418889 * N6) / 1995840,
  (212378941 * N6) / 319334400,
];
const FALSE_EASTING = 500_000;
const RAD = Math.PI / 180;

/** A forward projection into the frame's zone: (lon, lat) in degrees → [easting, northing] in metres. */
export function gkForward(frame: Pick<MetricFrame, 'epsg'>): (lon: number, lat: number) => Position {
  const lon0 = gkCentralMeridian(frame.epsg) * RAD;
  return (lon, lat) => {
    const phi = lat * RAD;
    const lambda = lon * RAD - lon0;
    const sinPhi = Math.sin(phi);
    const t = Math.sinh(Math.atanh(sinPhi) - E * Math.atanh(E * sinPhi));
    const xiP = Math.atan2(t, Math.cos(lambda));
    const etaP = Math.atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
    // Σ αj sin(2jξ')cosh(2jη') and Σ αj cos(2jξ')sinh(2jη'), the multiples by angle addition from j = 1.
    const s1 = Math.sin(2 * xiP);
    const c1 = Math.cos(2 * xiP);
    const e2 = Math.exp(2 * etaP);
    const sh1 = (e2 - 1 / e2) / 2;
    const ch1 = (e2 + 1 / e2) / 2;
    let s = s1;
    let c = c1;
    let sh = sh1;
    let ch = ch1;
    let xi = xiP;
    let eta = etaP;
    for (let j = 0; j < 6; j++) {
      const alpha = ALPHA[j] as number;
      xi += alpha * s * ch;
      eta += alpha * c * sh;
      [s, c] = [s * c1 + c * s1, c * c1 - s * s1];
      [sh, ch] = [sh * ch1 + ch * sh1, ch * ch1 + sh * sh1];
    }
    return [FALSE_EASTING + RADIUS * eta, RADIUS * xi];
  };
}

/** A polygon's rings (holes included) projected with `forward`. */
export const projectRings = (polygon: Polygon, forward: (lon: number, lat: number) => Position): Position[][] =>
  polygon.coordinates.map((ring) => ring.map((p) => forward(p[0], p[1])));
