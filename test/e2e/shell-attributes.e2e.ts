// Editing a compound in the attribute panel: the map follows, undo/redo step per field, edits survive a reload.
import { describe, expect, it } from 'vitest';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';
import { editField, leaveFields, mapCompound, selectCompound } from './shell-steps';

describe('shell: attribute panel', () => {
  it('edits name and build year, undoes and redoes them, and keeps them after a reload', async () => {
    const page = await openApp({ freshDemo: true });
    const c = await selectCompound(page, (x) => x.build_year !== null && x.build_year <= 2000 && !x.excluded);
    await expect.poll(() => page.getByTestId('derived-eligibility').getAttribute('data-state')).toBe('eligible');

    await editField(page, 'name', '测试小区甲');
    await expect.poll(async () => (await mapCompound(page, c.id))?.name).toBe('测试小区甲');
    await expect.poll(() => page.getByTestId('attributes-name').textContent()).toBe('测试小区甲');

    await editField(page, 'build_year', '2010');
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('tooNew');
    await expect.poll(() => page.getByTestId('derived-eligibility').getAttribute('data-state')).toBe('tooNew');
    await screenshot(page, 'shell-attributes-edited');

    // Invalid input stays in the field with a Chinese message and commits nothing.
    await editField(page, 'build_year', '1850');
    await page.getByText('应在 1900–2100 之间').waitFor();
    const journal = await callBackend(page, 'journal.list', {});
    expect(journal.filter((e) => e.origin === 'apply')).toHaveLength(2);

    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('eligible');
    await expect.poll(async () => page.getByTestId('field-build_year').inputValue()).toBe(String(c.build_year));
    await expect.poll(async () => (await mapCompound(page, c.id))?.name).toBe('测试小区甲');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('tooNew');

    await page.reload();
    const again = await selectCompound(page, (x) => x.id === c.id);
    expect(again.name).toBe('测试小区甲');
    expect(again.build_year).toBe(2010);
    expect(await page.getByTestId('field-name').inputValue()).toBe('测试小区甲');
    await screenshot(page, 'shell-attributes-reloaded');
    expect(consoleErrors(page)).toEqual([]);
  });

  it('excluding a compound needs a reason; both are committed in one step', async () => {
    const page = await openApp({ freshDemo: true });
    const c = await selectCompound(page, (x) => !x.excluded && x.build_year !== null && x.build_year <= 2000);
    await page.getByTestId('field-excluded').click();
    await page.getByText('排除的小区须填写排除原因').waitFor();
    expect(await callBackend(page, 'journal.list', {})).toHaveLength(0);

    await page.getByTestId('field-excluded_reason').fill('规划征收拆除');
    await page.getByTestId('field-excluded_reason').press('Enter');
    await expect.poll(async () => (await mapCompound(page, c.id))?.state).toBe('excluded');
    const journal = await callBackend(page, 'journal.list', {});
    expect(journal).toHaveLength(1);
    expect(journal[0]?.summary).toContain('是否排除');
    await expect.poll(() => page.getByTestId('derived-eligibility').textContent()).toContain('已标记为不纳入改造');
    await screenshot(page, 'shell-attributes-excluded');
  });
});
