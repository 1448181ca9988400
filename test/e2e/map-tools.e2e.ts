// The map's other tools in the browser: a compound drawn over a neighbour is saved, flagged, and clipped to it
// with the notice's button; a distance measurement shows its length on the map.
import { describe, expect, it } from 'vitest';
import { findOverlaps } from '../../shared/analysis/overlap';
import { createMetricFrame } from '../../shared/geo/crs';
import type { Position } from '../../shared/model/geometry';
import { callBackend, lngLatToScreen, openApp, screenshot, viewAt, waitFor } from './harness';
import { clickPoints } from './shell-steps';

interface MapWindow {
  __rz?: {
    map: {
      queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
    };
  };
}

describe('map tools', () => {
  it('flags a compound drawn over a neighbour and clips it to the neighbour on request', async () => {
    const page = await openApp({ freshDemo: true });
    const before = await callBackend(page, 'features.load', {});
    const frame = createMetricFrame(4544);
    const corner = before.compounds
      .flatMap((c) => c.geometry.coordinates[0] ?? [])
      .reduce((best, p) => (p[0] > best[0] ? p : best), [-180, 0] as Position);
    await viewAt(page, corner, 17.5);
    await page.keyboard.press('s'); // snapping off: these corners are placed freely
    await page.keyboard.press('c');
    const v = await lngLatToScreen(page, [corner[0], corner[1]]);
    await clickPoints(page, [
      { x: v.x - 60, y: v.y + 30 },
      { x: v.x + 90, y: v.y + 30 },
      { x: v.x + 90, y: v.y + 150 },
      { x: v.x - 60, y: v.y + 150 },
    ]);
    const drawn = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      return now.compounds.find((c) => !before.compounds.some((o) => o.id === c.id));
    }, 'the drawn compound');
    expect(findOverlaps(drawn.geometry, before.compounds, frame).length).toBeGreaterThan(0);

    const clip = page.getByRole('button', { name: '裁剪到相邻小区' });
    await clip.waitFor({ timeout: 10_000 });
    await screenshot(page, 'map-overlap-notice');
    await clip.click();
    const clipped = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      const c = now.compounds.find((x) => x.id === drawn.id);
      return c && JSON.stringify(c.geometry) !== JSON.stringify(drawn.geometry) ? c : undefined;
    }, 'the clipped compound');
    expect(findOverlaps(clipped.geometry, before.compounds, frame)).toEqual([]);
    const journal = await callBackend(page, 'journal.list', { limit: 2 });
    expect(journal.map((j) => j.summary)).toEqual(['裁剪到相邻小区', '绘制小区']);
    await screenshot(page, 'map-overlap-clipped');
  });

  it('measures a distance and shows it on the map', async () => {
    const page = await openApp();
    const features = await callBackend(page, 'features.load', {});
    const first = features.compounds[0]?.geometry.coordinates[0]?.[0];
    if (!first) throw new Error('no compounds');
    await viewAt(page, first, 17);
    await page.keyboard.press('d');
    const p = await lngLatToScreen(page, [first[0], first[1]]);
    await clickPoints(page, [
      { x: p.x, y: p.y },
      { x: p.x + 200, y: p.y + 40 },
    ]);
    const texts = await waitFor(async () => {
      const found = await page.evaluate(() =>
        (globalThis as unknown as MapWindow).__rz?.map
          .queryRenderedFeatures({ layers: ['overlay-label'] })
          .map((f) => String(f.properties.text)),
      );
      return found && found.length > 0 ? found : undefined;
    }, 'the measurement label');
    expect(texts[0]).toMatch(/^[\d,.]+ 米$/);
    await screenshot(page, 'map-measure');
  });
});
