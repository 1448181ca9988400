import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PutOp } from '../../shared/model/change';
import { generateDistrict } from '../fixtures/leftover/generate';
import { callBackend, consoleErrors, homeDir, openApp, screenshot, waitReady } from './harness';
import { tablesSettled } from './shell-steps';

// Cancelling a long leftover computation from the panel (issue 4 §2, "progress and cancel on long work"): a district
// big enough to go to the worker pool (more than its in-thread 200 compounds) and to take seconds, so the click lands
// while it runs. The pool's own cancel (chunks not started are dropped) is unit-tested; this proves the button.

const COMPOUNDS = 2000;

describe('leftover land: cancel', () => {
  it('cancels a running computation from the panel, keeps nothing of it, and computes again on request', async () => {
    const page = await openApp();
    const path = join(homeDir(), 'cancel-district.gpkg');
    await callBackend(page, 'project.create', { path, name: '取消测试' });
    const { site } = generateDistrict(COMPOUNDS);
    const ops: PutOp[] = [
      ...site.compounds.map((row) => ({ op: 'put', table: 'compounds', row }) as const),
      ...site.buildings.map((row) => ({ op: 'put', table: 'buildings', row }) as const),
      ...site.roads.map((row) => ({ op: 'put', table: 'roads', row }) as const),
      ...site.trees.map((row) => ({ op: 'put', table: 'trees', row }) as const),
    ];
    await callBackend(page, 'change.apply', { change: { ops, summary: '生成片区' } }, { direct: true });
    await page.reload();
    await waitReady(page);

    // The tab asks for leftover land: progress with 取消 shows while the pool computes.
    await page.getByTestId('bottom-tab-leftover').click();
    const progress = page.getByTestId('leftover-progress');
    await progress.waitFor({ timeout: 30_000 });
    expect(await progress.textContent()).toMatch(new RegExp(`计算中 \\d+/${COMPOUNDS} 个小区`));
    await page.getByTestId('leftover-cancel').click();

    // Halted: the panel says so and offers 重新计算; no result arrives later, however long the run would have taken.
    const halted = page.getByTestId('leftover-halted');
    await halted.getByText('存量土地计算已取消').waitFor();
    await page.waitForTimeout(5000);
    expect(await page.getByTestId('leftover-compound-row').count()).toBe(0);
    expect(await page.getByTestId('leftover-stats').textContent()).not.toMatch(/块空地/);
    await screenshot(page, 'leftover-cancelled');

    // 重新计算 computes the whole district (listed, not drawn: 10,000 labelled pieces take SwiftShader seconds).
    await page.getByTestId('leftover-show').click();
    await page.getByTestId('leftover-resume').click();
    await page
      .getByTestId('leftover-stats')
      .getByText(new RegExp(`${COMPOUNDS} 个小区，\\d+ 块空地`))
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('leftover-compound-row').count()).toBeGreaterThan(0);
    await tablesSettled(page);
    await screenshot(page, 'leftover-recomputed');
    expect(consoleErrors(page)).toEqual([]);

    // Later specs expect the demo district.
    await callBackend(page, 'project.openDemo', {});
  });
});
