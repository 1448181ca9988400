import { describe, expect, test } from 'vitest';
import { gkForward } from '../../../shared/analysis/bundle/gk-forward';
import { createMetricFrame } from '../../../shared/geo/crs';
import { lngLat } from '../../../shared/model/units';

// The allocation-free GK forward used by bundling must agree with the project's metric frame (proj4).

describe('gkForward', () => {
  test.each([4534, 4544, 4554])('agrees with createMetricFrame(%i) to under a micrometre across its zone', (epsg) => {
    const frame = createMetricFrame(epsg);
    const forward = gkForward(frame);
    const cm = 75 + 3 * (epsg - 4534);
    let worst = 0;
    for (let lat = 18; lat <= 53; lat += 2.5) {
      for (let dLon = -1.6; dLon <= 1.6; dLon += 0.4) {
        const ours = forward(cm + dLon, lat);
        const theirs = frame.toMetric(lngLat(cm + dLon, lat));
        worst = Math.max(worst, Math.hypot(ours[0] - theirs[0], ours[1] - theirs[1]));
      }
    }
    expect(worst).toBeLessThan(1e-6);
  });
});
