// A package's funding split: shares that do not add up are refused in Chinese, valid ones saved on the package,
// 恢复默认 returns to the project's defaults; the settings dialog shows weights and default shares.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_OPTIONS } from '../../shared/model/bundle';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';
import { leaveFields, modalsSettled } from './shell-steps';

describe('items: funding split', () => {
  it('edits a package’s shares, refuses a bad sum, resets to the defaults', async () => {
    const page = await openApp({ freshDemo: true });
    const { packages } = await callBackend(page, 'packages.bundle', { options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    const [p] = packages;
    if (!p) throw new Error('the demo bundles into packages');
    await page.reload();
    await leaveFields(page);
    await page.keyboard.press('t');
    await page.getByTestId('bottom-tab-packages').click();
    await page.getByTestId(`package-row-${p.id}`).locator('.ant-table-cell').first().click();
    await page.getByTestId('package-estimate').waitFor();
    await expect.poll(() => page.getByTestId('funding-mode').textContent()).toBe('使用项目默认比例');

    await page.getByTestId('funding-edit').click();
    const residents = page.getByTestId('funding-basic-residents');
    await residents.fill('20');
    await page.getByTestId('funding-save').click();
    await page.getByTestId('funding-error').getByText('基础类各来源比例之和应为 100%，当前为 115%').waitFor();
    await modalsSettled(page);
    await screenshot(page, 'items-funding-error');
    const central = page.getByTestId('funding-basic-central_provincial');
    await central.fill('35');
    await page.getByTestId('funding-save').click();
    await expect
      .poll(
        async () =>
          (await callBackend(page, 'features.load', {})).packages.find((x) => x.id === p.id)?.funding?.basic.residents,
      )
      .toBeCloseTo(0.2);
    await expect.poll(() => page.getByTestId('funding-mode').textContent()).toBe('本工程包自定比例');
    await modalsSettled(page);
    await screenshot(page, 'items-package-estimate');

    await page.getByTestId('funding-reset').click();
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).packages.find((x) => x.id === p.id)?.funding)
      .toBeNull();
    expect(consoleErrors(page)).toEqual([]);
  });

  it('the settings dialog shows priority weights and default funding shares', async () => {
    const page = await openApp({ freshDemo: true });
    await page.getByTestId('cmd-settings.open').click();
    await page.getByTestId('settings-funding').waitFor();
    // A click during the dialog's zoom-in can land beside the moving button (on the mask, which closes the dialog).
    await modalsSettled(page);
    const weight = page.getByTestId('settings-weight-consent');
    // Typed only once the dialog has filled in the saved weight: a fill arriving after the typing would overwrite it.
    await expect.poll(async () => Number(await weight.inputValue())).toBe(0.2);
    await weight.fill('0.5');
    await expect.poll(async () => Number(await weight.inputValue())).toBe(0.5);
    await page.getByTestId('settings-save').click();
    await expect
      .poll(async () => {
        const info = await callBackend(page, 'project.current', {});
        return info?.settings.priority_weights.consent;
      })
      .toBe(0.5);
    await page.getByTestId('cmd-settings.open').click();
    await page.getByTestId('settings-funding').waitFor();
    await modalsSettled(page);
    await screenshot(page, 'items-settings');
  });
});
