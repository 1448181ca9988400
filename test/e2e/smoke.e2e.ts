// The app loads in a browser against `npm run web`'s server with the demo district open.
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { callBackend, consoleErrors, lngLatToScreen, openApp, openFreshDemo, screenshot, VIEWPORT } from './harness';

describe('smoke', () => {
  it('has WebGL2 in headless Chromium (MapLibre needs it)', async () => {
    const browser = await chromium.connect(inject('wsEndpoint'));
    try {
      const page = await browser.newPage();
      const webgl2 = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { createElement(t: 'canvas'): HTMLCanvasLike } }).document;
        return doc.createElement('canvas').getContext('webgl2') !== null;
      });
      expect(webgl2).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('opens with the demo district, draws it, and logs no errors', async () => {
    // Spec files share one server, so an earlier spec may have left another project open; first launch opening the
    // demo is covered by the backend's startup tests. Here: the demo as a newcomer sees it.
    const page = await openApp({ freshDemo: true });
    const project = await callBackend(page, 'project.current', {});
    expect(project?.counts.compounds).toBeGreaterThanOrEqual(60);
    expect(project?.counts.compounds).toBeLessThanOrEqual(100);
    expect(await page.title()).toContain('RenoZone');
    await screenshot(page, 'smoke');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('harness: openFreshDemo switches to a new demo copy, and map positions land on screen', async () => {
    const page = await openApp();
    const before = await callBackend(page, 'project.current', {});
    await openFreshDemo(page);
    const after = await callBackend(page, 'project.current', {});
    expect(after?.path).toBeTruthy();
    expect(after?.path).not.toBe(before?.path);
    const { compounds } = await callBackend(page, 'features.load', {});
    const corner = compounds[0]?.geometry.coordinates[0]?.[0];
    if (!corner) throw new Error('demo has no compound');
    const at = await lngLatToScreen(page, corner);
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(VIEWPORT.width);
    expect(at.y).toBeGreaterThan(0);
    expect(at.y).toBeLessThan(VIEWPORT.height);
  });
});

interface HTMLCanvasLike {
  getContext(kind: 'webgl2'): object | null;
}
