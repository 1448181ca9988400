// The open dialog refuses a file that is not a project with a Chinese message; the current project stays open.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callBackend, fromFileMenu, homeDir, openApp, screenshot } from './harness';
import { leaveFields, modalsSettled } from './shell-steps';

describe('shell: open dialog', () => {
  it('shows a clear Chinese error for a non-SQLite file and keeps the project', async () => {
    const page = await openApp();
    const before = await callBackend(page, 'project.current', {});
    const bogus = join(homeDir(), 'not-a-project.gpkg');
    writeFileSync(bogus, 'this is not a GeoPackage\n'.repeat(10));

    await leaveFields(page);
    await page.keyboard.press('Control+o');
    await page.getByTestId('file-dialog').waitFor();
    await page.getByTestId('file-path').fill(bogus);
    await page.getByTestId('file-submit').click();
    const error = page.getByRole('dialog').filter({ hasText: '不是 GeoPackage/SQLite 文件' });
    await error.waitFor();
    await modalsSettled(page);
    await screenshot(page, 'shell-open-bad-file');

    const after = await callBackend(page, 'project.current', {});
    expect(after?.path).toBe(before?.path);
    expect(await page.getByTestId('status-file').textContent()).toContain(before?.path ?? '?');
  });

  it('lists the home folder and opens the demo from the dialog', async () => {
    const page = await openApp();
    await fromFileMenu(page, '打开项目', 'file-dialog');
    await expect.poll(() => page.getByTestId('file-entries').textContent()).toContain('.gpkg');
    await screenshot(page, 'shell-open-dialog');
    const before = await callBackend(page, 'project.current', {});
    await page.getByTestId('file-demo').click();
    await expect.poll(async () => (await callBackend(page, 'project.current', {}))?.path).not.toBe(before?.path);
    await expect.poll(() => page.getByTestId('file-dialog').isVisible(), { timeout: 10_000 }).toBe(false);
  });

  it('saves the project under a new name, then creates an empty project (Ctrl+Shift+S, Ctrl+N)', async () => {
    const page = await openApp();
    await leaveFields(page);
    await page.keyboard.press('Control+Shift+S');
    await page.getByTestId('file-name').fill('另存片区');
    await page.getByTestId('file-submit').click();
    await expect
      .poll(async () => (await callBackend(page, 'project.current', {}))?.path)
      .toBe(join(homeDir(), '另存片区.gpkg'));
    await expect.poll(() => page.getByTestId('status-file').textContent()).toContain('另存片区.gpkg');
    expect(await page.title()).toContain('另存片区.gpkg');

    await leaveFields(page);
    await page.keyboard.press('Control+n');
    await page.getByTestId('file-name').fill('空白项目');
    await page.getByTestId('file-submit').click();
    await expect.poll(() => page.getByTestId('status-counts').textContent()).toBe('小区 0 个 · 楼栋 0 栋');
    expect((await callBackend(page, 'project.current', {}))?.path).toBe(join(homeDir(), '空白项目.gpkg'));
    await screenshot(page, 'shell-new-project');
  });
});
