import { createMetricFrame, type MetricFrame } from '../../geo/crs';
import { metric } from '../../model/units';

// One metric frame per EPSG code: building the proj4 converter costs more than a whole live check, and a drag
// calls footprint/check functions on every pointer move.
const FRAMES = new Map<number, MetricFrame>();

export function cachedFrame(epsg: number): MetricFrame {
  let frame = FRAMES.get(epsg);
  if (!frame) {
    frame = createMetricFrame(epsg);
    FRAMES.set(epsg, frame);
  }
  return frame;
}

/**
 * The frame shifted so that `originLngLat` is (0, 0). Clipper2 works on integers and falls back to BigInt
 * arithmetic once coordinate products pass 2^53: Gauss–Krüger northings (3 × 10^6 m, × 100 on its centimetre grid)
 * get there and make every boolean and offset ~10× slower. Local coordinates of a district keep it in doubles.
 */
export function localFrame(frame: MetricFrame, originLngLat: readonly [number, number]): MetricFrame {
  const [ox, oy] = frame.ringToMetric([[originLngLat[0], originLngLat[1]]])[0] as [number, number];
  return {
    epsg: frame.epsg,
    toMetric: (p) => {
      const m = frame.toMetric(p);
      return metric(m[0] - ox, m[1] - oy);
    },
    toLngLat: (m) => frame.toLngLat(metric(m[0] + ox, m[1] + oy)),
    ringToMetric: (ring) => frame.ringToMetric(ring).map((p) => [p[0] - ox, p[1] - oy]),
    ringToLngLat: (ring) => frame.ringToLngLat(ring.map((p) => [p[0] + ox, p[1] + oy])),
  };
}
