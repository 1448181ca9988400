// Export through the dialog (issue 6 §2): File ▸ 导出…, Shapefile, whole project, a path in the home folder; the
// dialog reports the file and the zip holds a shapefile set GDAL reads with the project's compound count.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callBackend, fromFileMenu, homeDir, openApp, screenshot } from './harness';

describe('export dialog', () => {
  it('exports the demo to a Shapefile zip', async () => {
    const page = await openApp({ freshDemo: true });
    const rows = await callBackend(page, 'features.load', {});
    await fromFileMenu(page, '导出…', 'export-dialog');
    await page.getByTestId('export-format').click();
    await page.getByText('Shapefile（zip，UTF-8）').last().click();
    const out = join(homeDir(), `e2e-导出-${Date.now()}.shp.zip`);
    await page.getByTestId('export-out').fill(out);
    await screenshot(page, 'exchange-export-dialog');
    await page.getByTestId('export-run').click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('已导出 1 个文件');
    expect(await result.textContent()).toContain(out);
    await screenshot(page, 'exchange-export-done');
    expect(existsSync(out)).toBe(true);
    const info = execFileSync('ogrinfo', ['-ro', '-so', `/vsizip/${out}`, 'compounds'], { encoding: 'utf8' });
    expect(info).toContain(`Feature Count: ${rows.compounds.length}`);
  });
});
