// The package table and the annual plan: after bundling, setting a package's plan year shows that year's row and
// the chart; clicking a package row makes it the active package.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_OPTIONS } from '../../shared/model/bundle';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';
import { leaveFields } from './shell-steps';

describe('tables: packages and annual plan', () => {
  it('shows a plan year after setting it in the package table', async () => {
    const page = await openApp({ freshDemo: true });
    const bundled = await callBackend(page, 'packages.bundle', { options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    const [p] = bundled.packages;
    if (!p) throw new Error('the demo bundles into packages');
    await page.reload();
    await leaveFields(page);
    await page.keyboard.press('t');
    await page.getByTestId('bottom-tab-packages').click();
    await page.getByTestId(`package-row-${p.id}`).waitFor();
    await screenshot(page, 'tables-packages');

    const year = page.getByTestId(`pkg-${p.id}-plan_year`);
    await year.fill('2026');
    await year.press('Enter');
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).packages.find((x) => x.id === p.id)?.plan_year)
      .toBe(2026);

    await page.getByTestId('bottom-tab-plan').click();
    await page.getByTestId('plan-year-2026').waitFor();
    await page.getByTestId('plan-chart').locator('canvas').first().waitFor();
    await screenshot(page, 'tables-plan-chart');

    // A second package scheduled through the write path directly shows up as its own year.
    const [, q] = (await callBackend(page, 'features.load', {})).packages;
    if (q) {
      await callBackend(page, 'change.apply', {
        change: { ops: [{ op: 'put', table: 'packages', row: { ...q, plan_year: 2027 } }], summary: '计划年度' },
      });
      await page.getByTestId('plan-year-2027').waitFor();
    }
    expect(consoleErrors(page)).toEqual([]);
  });
});
