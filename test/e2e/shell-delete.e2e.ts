// Deleting a compound asks first, says how many buildings go with it, and undoes in one step.
import { describe, expect, it } from 'vitest';
import { callBackend, lngLatToScreen, openApp, screenshot } from './harness';
import { contextObstacles, leaveFields, modalsSettled, openGroundOf, selectCompound } from './shell-steps';

describe('shell: delete and multi-selection', () => {
  it('deletes a compound with its buildings after confirmation; Ctrl+Z brings all back', async () => {
    const page = await openApp({ freshDemo: true });
    const before = await callBackend(page, 'features.load', {});
    const c = await selectCompound(page, (x) => before.buildings.some((b) => b.compound_id === x.id));
    const own = before.buildings.filter((b) => b.compound_id === c.id).length;

    await leaveFields(page);
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog').filter({ hasText: `将删除 1 个小区及其中的 ${own} 栋楼栋` });
    await confirm.waitFor();
    await modalsSettled(page);
    await screenshot(page, 'shell-delete-confirm');
    await page.getByTestId('delete-confirm-ok').click();
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).compounds.length)
      .toBe(before.compounds.length - 1);
    const after = await callBackend(page, 'features.load', {});
    expect(after.buildings.length).toBe(before.buildings.length - own);
    await expect
      .poll(() => page.getByTestId('status-counts').textContent())
      .toContain(`小区 ${before.compounds.length - 1} 个`);

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).buildings.length)
      .toBe(before.buildings.length);
  });

  it('shift+click adds a second compound and the panel shows count and totals', async () => {
    const page = await openApp();
    const { compounds, buildings, roads, site_areas } = await callBackend(page, 'features.load', {});
    const obstacles = [...buildings, ...contextObstacles(roads, site_areas)]; // a click there would pick a road
    const first = await selectCompound(page, () => true);
    const second = compounds.find((x) => x.id !== first.id && openGroundOf(x, obstacles));
    const at = second && openGroundOf(second, obstacles);
    if (!second || !at) throw new Error('no second compound');
    const px = await lngLatToScreen(page, at);
    await page.keyboard.down('Shift');
    await page.mouse.click(px.x, px.y);
    await page.keyboard.up('Shift');
    await page.getByTestId('attributes-multi').getByText('已选 2 个小区、0 栋楼栋').waitFor();
    const households = (first.households ?? 0) + (second.households ?? 0);
    await expect
      .poll(() => page.getByTestId('attributes-multi').textContent())
      .toContain(households.toLocaleString('en-US'));
    await screenshot(page, 'shell-multi-selection');
  });
});
