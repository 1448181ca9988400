// The shell around the map: status bar coordinates, layer visibility, the language switch (kept after reload), the
// shortcut reference (F1 / ?).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lngLatToScreen, mapCenter, openApp, screenshot, waitReady } from './harness';
import { modalsSettled, selectCompound } from './shell-steps';

interface MapLike {
  getLayoutProperty(layer: string, name: string): unknown;
  getZoom(): number;
  isMoving(): boolean;
}
/** The map layer's visibility, read in the page (the function runs there, so the layer id is passed in). */
const visibility = (page: Page, layer: string) =>
  page.evaluate(
    (id) => (globalThis as unknown as { __rz: { map: MapLike } }).__rz.map.getLayoutProperty(id, 'visibility'),
    layer,
  );

/** The map's zoom once it has stopped moving (fitBounds animates for 400 ms). */
const settledZoom = (page: Page) =>
  page.evaluate(() => {
    const map = (globalThis as unknown as { __rz: { map: MapLike } }).__rz.map;
    return map.isMoving() ? null : map.getZoom();
  });

describe('shell: layout', () => {
  it('shows cursor lon/lat and metric coordinates, scale and counts in the status bar', async () => {
    const page = await openApp();
    const at = await lngLatToScreen(page, [106.2, 27.4]);
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 5, at.y + 5);
    await expect
      .poll(() => page.getByTestId('status-lonlat').textContent())
      .toMatch(/经度 \d+\.\d{6}\s+纬度 \d+\.\d{6}/);
    await expect
      .poll(() => page.getByTestId('status-metric').textContent())
      .toMatch(/E \d+\.\d+ m\s+N \d+\.\d+ m（EPSG:4544）/);
    expect(await page.getByTestId('status-scale').textContent()).toMatch(/比例尺 1:[\d,]+/);
    expect(await page.getByTestId('status-counts').textContent()).toMatch(/小区 \d+ 个 · 楼栋 \d+ 栋/);
    expect(await page.getByTestId('status-snapping').textContent()).toBe('捕捉：开');
    await page.keyboard.press('s');
    await expect.poll(() => page.getByTestId('status-snapping').textContent()).toBe('捕捉：关');
    // Ctrl+S by habit: the app says the file is already saved (and the browser's "save page" never opens).
    await page.keyboard.press('Control+s');
    await page.getByText(/已保存：每次修改都已即时写入 .+\.gpkg，无需另行保存。/).waitFor();
    expect(await page.getByTestId('status-snapping').textContent()).toBe('捕捉：关');
  });

  it('hides a layer when its box is unchecked', async () => {
    const page = await openApp();
    expect(await visibility(page, 'compounds-fill')).not.toBe('none');
    await page.getByTestId('layer-compounds').click();
    await expect.poll(() => visibility(page, 'compounds-fill')).toBe('none');
    await page.getByTestId('layer-compounds').click();
    await expect.poll(() => visibility(page, 'compounds-fill')).toBe('visible');
  });

  it('switches to English and stays English after a reload', async () => {
    const page = await openApp();
    await page.getByTestId('cmd-lang.toggle').click();
    await expect.poll(() => page.getByTestId('cmd-tool.select').textContent()).toBe('Select');
    await page.reload();
    await waitReady(page);
    expect(await page.getByTestId('cmd-tool.drawCompound').isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('cmd-tool.drawCompound').textContent()).toBe('Draw compound');
    await expect.poll(() => page.getByTestId('status-snapping').textContent()).toBe('Snapping: on');
    await screenshot(page, 'shell-layout-english');
    await page.getByTestId('cmd-lang.toggle').click();
    await expect.poll(() => page.getByTestId('cmd-tool.select').textContent()).toBe('选择');
  });

  it('F1 and ? open the shortcut reference; Esc closes it', async () => {
    const page = await openApp();
    const sheet = page.getByTestId('shortcuts-sheet');
    await page.keyboard.press('F1');
    await sheet.waitFor();
    await modalsSettled(page);
    const tools = page.getByTestId('help-group-tools');
    expect(await tools.textContent()).toContain('绘制小区C');
    expect(await page.getByTestId('help-group-facility').textContent()).toContain('反向旋转 15°Shift+R');
    expect(await page.getByTestId('help-group-review').textContent()).toContain('下一项→或↓或PgDn或空格或Enter');
    await screenshot(page, 'shell-shortcuts');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    // The toolbar's tools still answer their keys once the sheet is gone, and ? opens it again.
    await page.keyboard.press('Shift+Slash');
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.getByTestId('cmd-help.shortcuts').click();
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('Z zooms to the selection and Home back to the whole project', async () => {
    const page = await openApp();
    const whole = (await settledZoom(page)) as number;
    const c = await selectCompound(page, () => true);
    await page.keyboard.press('z');
    await expect.poll(() => settledZoom(page)).toBeGreaterThan(whole + 1.5);
    const ring = c.geometry.coordinates[0] ?? [];
    const [lon, lat] = await mapCenter(page);
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    expect(lon).toBeGreaterThan(Math.min(...xs));
    expect(lon).toBeLessThan(Math.max(...xs));
    expect(lat).toBeGreaterThan(Math.min(...ys));
    expect(lat).toBeLessThan(Math.max(...ys));
    await screenshot(page, 'shell-zoom-selection');
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.abs(((await settledZoom(page)) ?? 0) - whole)).toBeLessThan(0.6);
  });
});
