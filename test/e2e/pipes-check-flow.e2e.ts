// Issue 5 on the demo district: F7 checks the pipes → the 管线冲突 list and the map's conflict markers; a conflict
// accepted with a note stays 已接受 after a reload (backend conflict_reviews); moving a pipe away clears its
// conflict on the automatic re-check; the 断面 tool at a conflict draws the pipes crossing the section.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../shared/model/tables';
import { callBackend, consoleErrors, lngLatToScreen, openApp, screenshot } from './harness';
import { leaveFields } from './shell-steps';

type RzWindow = {
  __rz?: { map: { getSource(id: string): { getData(): Promise<{ features: unknown[] }> } | undefined } };
};

const markerCount = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const src = (globalThis as unknown as RzWindow).__rz?.map.getSource('conflicts');
    return src ? (await src.getData()).features.length : -1;
  });

const rowKeys = (page: Page): Promise<string[]> =>
  page.getByTestId('pipes-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));

async function runCheck(page: Page): Promise<void> {
  await leaveFields(page);
  await page.keyboard.press('F7');
  await page.getByTestId('pipes-panel').waitFor();
  await expect.poll(async () => (await rowKeys(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
}

describe('pipes: check, accept, move, cross-section', () => {
  it('lists conflicts, keeps an acceptance, clears a moved pipe and draws a section', async () => {
    const page = await openApp({ freshDemo: true });
    const check = await callBackend(page, 'pipelines.check', {});
    expect(check.conflicts.length).toBeGreaterThan(0);

    await runCheck(page);
    await expect.poll(() => markerCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'pipes-check-list');

    // Accept the first open conflict with a note.
    const first = page
      .getByTestId('pipes-row')
      .filter({ has: page.getByTestId('pipes-accept') })
      .first();
    const key = (await first.getAttribute('data-key')) ?? '';
    await first.getByTestId('pipes-accept').click();
    await page.getByTestId('pipes-accept-note').fill('加设钢套管保护');
    await page.getByTestId('pipes-accept-ok').click();
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).conflict_reviews.find((r) => r.id === key))
      .toMatchObject({ accepted: true, note: '加设钢套管保护' });
    await page.reload();
    await runCheck(page);
    const accepted = page.locator(`[data-testid="pipes-row"][data-key="${key}"]`);
    await expect.poll(() => accepted.getByTestId('pipes-status').textContent()).toBe('已接受');

    // Move a pipe of a horizontal pipe–pipe conflict 1 km east: that conflict clears on the automatic re-check.
    const clash = check.conflicts.find(
      (c) => c.rule === 'horizontal_pipe' && c.key !== key && c.a.table === 'pipelines',
    );
    if (!clash) throw new Error('the demo has a horizontal pipe conflict');
    const before = (await rowKeys(page)).length;
    const pipes = (await callBackend(page, 'features.load', {})).pipelines;
    const pipe = pipes.find((p) => p.id === clash.a.id) as Pipeline;
    const moved: Pipeline = {
      ...pipe,
      geometry: {
        type: 'LineString',
        coordinates: pipe.geometry.coordinates.map(([x, y]) => [x + 0.01, y] as [number, number]),
      },
    };
    await callBackend(page, 'change.apply', {
      change: { ops: [{ op: 'put', table: 'pipelines', row: moved }], summary: '移动管线' },
    });
    await expect.poll(async () => (await rowKeys(page)).includes(clash.key), { timeout: 10_000 }).toBe(false);
    expect(before).toBeGreaterThan(0);

    // A cross-section at a crossing (or another pipe–pipe conflict) shows the pipes crossing it.
    const other = check.conflicts.find(
      (c) =>
        (c.rule === 'vertical_crossing' || c.rule === 'horizontal_pipe') &&
        c.b?.table === 'pipelines' &&
        c.a.id !== pipe.id &&
        c.b.id !== pipe.id,
    );
    if (!other) throw new Error('the demo has a pipe–pipe conflict besides the moved pipe');
    await page.locator(`[data-testid="pipes-row"][data-key="${other.key}"]`).click();
    await page.waitForTimeout(700); // the fly-to animation (400 ms)
    await page.keyboard.press('x');
    const at = await lngLatToScreen(page, other.location);
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('section-svg').waitFor();
    expect(await page.getByTestId('section-pipe').count()).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500); // the modal's open animation, for the screenshot
    await screenshot(page, 'pipes-check-section');
    expect(consoleErrors(page)).toEqual([]);
  });
});
