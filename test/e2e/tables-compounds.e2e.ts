// The compound table: selection follows the map and back, bulk edit of two rows is one undo step.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_COLORS } from '../../renderer/src/map/palette';
import type { EligibilityState } from '../../shared/analysis/eligibility';
import type { Compound } from '../../shared/model/tables';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';
import { leaveFields, selectCompound } from './shell-steps';

async function openCompoundTable(page: Page): Promise<void> {
  await leaveFields(page);
  await page.keyboard.press('t');
  await page.getByTestId('compound-table').waitFor();
}

/** Narrows the table to one compound by its name, so its row is rendered by the virtual list. */
async function searchFor(page: Page, name: string): Promise<void> {
  await page.getByTestId('table-search').locator('input').fill(name);
}

/** Waits until the map's zoom animation has ended, so screen positions are final. */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => {
    const rz = (globalThis as unknown as { __rz?: { map: { isMoving(): boolean } } }).__rz;
    return rz !== undefined && !rz.map.isMoving();
  });
}

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

const row = (page: Page, id: string) => page.getByTestId(`compound-row-${id}`);
const isSelected = async (page: Page, id: string): Promise<boolean> =>
  ((await row(page, id).getAttribute('class')) ?? '').includes('ant-table-row-selected');

describe('tables: compound table', () => {
  it('selects on the map from the table and in the table from the map', async () => {
    const page = await openApp({ freshDemo: true });
    await openCompoundTable(page);
    await screenshot(page, 'tables-compounds');
    // The eligibility column shows each state in the colour the map fills it with (the legend's swatch).
    const cells = await page.getByTestId('cell-eligibility').evaluateAll((els) =>
      els.map((el) => {
        const swatch = (el as unknown as { querySelector(s: string): unknown }).querySelector('.rz-swatch');
        const win = globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } };
        return { state: el.getAttribute('data-state') ?? '', color: win.getComputedStyle(swatch).backgroundColor };
      }),
    );
    expect(new Set(cells.map((c) => c.state)).size).toBeGreaterThan(1);
    for (const c of cells) expect(c.color, c.state).toBe(rgb(ELIGIBILITY_COLORS[c.state as EligibilityState]));
    // Scrolled as a user does (shift + wheel over the rows), the header follows the body.
    const box = await page
      .getByTestId('compound-table')
      .locator('.ant-table-body, .ant-table-tbody-virtual')
      .first()
      .boundingBox();
    if (!box) throw new Error('table body');
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(900, 0);
    await page.waitForTimeout(300);
    await screenshot(page, 'tables-compounds-eligibility');
    await page.mouse.wheel(-900, 0);
    await page.waitForTimeout(300);
    const { compounds } = await callBackend(page, 'features.load', {});
    const unique = compounds.filter((c) => compounds.filter((d) => d.name.includes(c.name)).length === 1);
    const [first, second] = unique;
    if (!first || !second) throw new Error('demo names');

    // table → map: the row's checkbox selects the compound; the attribute panel shows it.
    await searchFor(page, first.name);
    await row(page, first.id).locator('.ant-checkbox-input').click();
    await page.getByTestId('attributes-name').getByText(first.name, { exact: true }).waitFor();
    await expect.poll(() => isSelected(page, first.id)).toBe(true);

    // Inline edit of the selected row: click the cell, type, Enter — one change, validated like the panel.
    await row(page, first.id).getByTestId('cell-households').click();
    const input = row(page, first.id).getByTestId('field-households');
    await input.fill('321');
    await input.press('Enter');
    await expect
      .poll(
        async () => (await callBackend(page, 'features.load', {})).compounds.find((c) => c.id === first.id)?.households,
      )
      .toBe(321);
    await expect.poll(() => row(page, first.id).getByTestId('cell-households').textContent()).toBe('321');

    // A double click zooms the map to the row's compound; clicking it on the map then selects its row.
    await searchFor(page, second.name);
    await row(page, second.id).getByTestId('cell-name').dblclick();
    await mapSettled(page);
    await selectCompound(page, (c) => c.id === second.id);
    await expect.poll(() => isSelected(page, second.id)).toBe(true);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('bulk-edits two rows’ management mode in one change, undone in one step', async () => {
    const page = await openApp({ freshDemo: true });
    await openCompoundTable(page);
    const { compounds } = await callBackend(page, 'features.load', {});
    const pair = pickPair(compounds);
    await searchFor(page, pair.sub_district_text);
    for (const c of pair.rows) await row(page, c.id).locator('.ant-checkbox-input').click();
    await page.getByTestId('bulk-edit').waitFor();
    await page.getByTestId('bulk-value').locator('.ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '物业公司' }).click();
    await page.getByTestId('bulk-apply').click();
    await expect
      .poll(async () => {
        const now = (await callBackend(page, 'features.load', {})).compounds;
        return pair.rows.map((c) => now.find((x) => x.id === c.id)?.management_mode);
      })
      .toEqual(['company', 'company']);
    const journal = await callBackend(page, 'journal.list', {});
    expect(journal.filter((e) => e.origin === 'apply')).toHaveLength(1);
    await screenshot(page, 'tables-bulk-edit');

    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => {
        const now = (await callBackend(page, 'features.load', {})).compounds;
        return pair.rows.map((c) => now.find((x) => x.id === c.id)?.management_mode);
      })
      .toEqual(pair.rows.map((c) => c.management_mode));
  });
});

/** Two compounds not already managed by a company, found by a search text matching exactly those two names. */
function pickPair(compounds: readonly Compound[]): { rows: Compound[]; sub_district_text: string } {
  const candidates = compounds.filter((c) => c.management_mode !== 'company');
  for (const a of candidates)
    for (const b of candidates) {
      if (a.id === b.id) continue;
      // The longest common prefix of the two names, if it matches no third compound.
      let n = 0;
      while (n < a.name.length && a.name[n] === b.name[n]) n++;
      const text = a.name.slice(0, n);
      if (n >= 2 && compounds.filter((c) => c.name.includes(text)).length === 2)
        return { rows: [a, b], sub_district_text: text };
    }
  const [a, b] = candidates;
  if (!a || !b) throw new Error('demo has compounds');
  return { rows: [a, b], sub_district_text: '' };
}
