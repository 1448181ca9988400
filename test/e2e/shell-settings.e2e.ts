// The settings dialog: a new cut-off year recolours compounds and changes the attribute panel; undo restores it.
import { describe, expect, it } from 'vitest';
import { callBackend, openApp, screenshot } from './harness';
import { leaveFields, mapCompound, modalsSettled, selectCompound } from './shell-steps';

describe('shell: project settings', () => {
  it('changing the cut-off year changes eligibility on the map and in the panel', async () => {
    const page = await openApp({ freshDemo: true });
    const c = await selectCompound(
      page,
      (x) =>
        x.build_year !== null &&
        x.build_year > 1990 &&
        x.build_year <= 2000 &&
        !x.excluded &&
        x.consent_ratio !== null &&
        x.consent_ratio >= 0.7, // clear of the default 2/3 threshold: only the year decides
    );
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('eligible');

    await page.getByTestId('cmd-settings.open').click();
    await modalsSettled(page);
    const year = page.getByTestId('settings-cutoff_year');
    await expect.poll(() => year.inputValue()).toBe('2000');
    await year.fill('1990');
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await callBackend(page, 'project.current', {}))?.settings.cutoff_year).toBe(1990);
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('tooNew');
    await expect.poll(() => page.getByTestId('derived-eligibility').getAttribute('data-state')).toBe('tooNew');
    await expect.poll(() => page.getByTestId('derived-eligibility').textContent()).toContain('1990');
    await expect.poll(() => page.getByTestId('settings-form').isVisible(), { timeout: 5000 }).toBe(false);
    await screenshot(page, 'shell-settings-cutoff-1990');

    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('eligible');
  });
});
