// The 净距表 dialog on the demo: the old-area relaxation banner, an edited value saved as a local rule (with the
// standard's value kept in its source), and a broken import file refused with its errors listed by line.
import { describe, expect, it } from 'vitest';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';

describe('pipes: clearance table', () => {
  it('edits a value as a local rule and refuses a broken import', async () => {
    const page = await openApp({ freshDemo: true });
    // The first row of the first tab (the editor sorts by id; its table is virtual, so pick a row on screen).
    const [before] = (await callBackend(page, 'features.load', {})).clearance_rules
      .filter((r) => r.kind === 'horizontal_pipe')
      .sort((a, b) => a.id.localeCompare(b.id));
    if (!before) throw new Error('the demo has a clearance table');
    const RULE = before.id;
    const metres = before.metres === 0.8 ? 0.7 : 0.8;

    await page.getByTestId('cmd-pipelines.clearance').click();
    const dialog = page.getByTestId('clearance-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('§4.1.9');
    expect(await dialog.textContent()).toContain('§3.0.2');

    const input = page.getByTestId(`clr-metres-${RULE}`);
    await input.fill(String(metres));
    await input.press('Enter');
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).clearance_rules.find((r) => r.id === RULE))
      .toMatchObject({
        metres: 0.8,
        confidence: 'local',
        source: `${before.source}（本地调整，原值 ${before.metres} m）`,
      });

    await page.getByTestId('clr-import-input').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,kind,a,b,metres,confidence,source\nvertical:a|b,vertical,a,b,abc,C,x\n'),
    });
    await page.getByTestId('clr-import-errors').waitFor();
    expect(await page.getByTestId('clr-import-errors').textContent()).toContain('第 2 行');
    const after = await callBackend(page, 'features.load', {});
    expect(after.clearance_rules.length).toBeGreaterThan(10); // nothing replaced
    await screenshot(page, 'pipes-check-clearance');
    expect(consoleErrors(page)).toEqual([]);
  });
});
