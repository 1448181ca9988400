// Renovation items of a compound: tick items with quantities, read the compound's estimate, bundle, see the
// package's estimate follow a further edit, and undo it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_OPTIONS } from '../../shared/model/bundle';
import type { Compound, RenovationItem } from '../../shared/model/tables';
import { callBackend, consoleErrors, openApp, screenshot } from './harness';
import { leaveFields, modalsSettled, selectCompound } from './shell-steps';

const eligible = (c: Compound): boolean =>
  !c.excluded && c.build_year !== null && c.build_year <= 2000 && (c.consent_ratio ?? 0) >= 0.7;

const value = async (page: Page, testId: string): Promise<number> =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

/** Items of `cls` with no line yet for the compound (so ticking them adds exactly quantity × cost). */
async function freshItems(page: Page, compoundId: string, n: number): Promise<RenovationItem[]> {
  const set = await callBackend(page, 'features.load', {});
  const used = new Set(set.compound_items.filter((l) => l.compound_id === compoundId).map((l) => l.item_id));
  const items = set.renovation_items
    .filter((i) => i.class === 'basic' && !used.has(i.id))
    .sort((a, b) => a.sort - b.sort)
    .slice(0, n);
  if (items.length < n) throw new Error('not enough untouched items');
  return items;
}

async function tickWithQuantity(page: Page, item: RenovationItem, quantity: number): Promise<void> {
  const input = page.getByTestId(`item-${item.id}-quantity`);
  await input.scrollIntoViewIfNeeded();
  await input.fill(String(quantity));
  await input.press('Enter');
  await page.getByTestId(`item-${item.id}-entered`).waitFor();
  await page.getByTestId(`item-${item.id}-planned`).click();
  await expect.poll(() => page.getByTestId(`item-${item.id}-cost`).textContent()).not.toBe('');
}

describe('items: renovation content and estimates', () => {
  it('ticks two items, the compound and package estimates follow, undo restores', async () => {
    const page = await openApp({ freshDemo: true });
    const c = await selectCompound(page, eligible);
    await page.getByTestId('tab-items').click();
    await page.getByTestId('items-panel').waitFor();
    const before = await value(page, 'items-total');
    const [a, b, third] = await freshItems(page, c.id, 3);
    if (!a || !b || !third) throw new Error('items');

    await tickWithQuantity(page, a, 10);
    await tickWithQuantity(page, b, 20);
    const expected = before + 10 * a.unit_cost_yuan + 20 * b.unit_cost_yuan;
    await expect.poll(() => value(page, 'items-total')).toBe(Math.round(expected));
    const lines = (await callBackend(page, 'features.load', {})).compound_items.filter((l) => l.compound_id === c.id);
    expect(lines.filter((l) => l.planned && [a.id, b.id].includes(l.item_id))).toHaveLength(2);
    // A suggested quantity shows as a placeholder tagged 建议 until entered.
    await expect.poll(() => page.getByTestId('items-panel').getByText('建议').count()).toBeGreaterThan(0);
    await screenshot(page, 'items-panel');

    await callBackend(page, 'packages.bundle', { options: DEFAULT_BUNDLE_OPTIONS, dryRun: false });
    await page.reload();
    const set = await callBackend(page, 'features.load', {});
    const member = set.package_members.find((m) => m.compound_id === c.id);
    if (!member) throw new Error('the eligible compound should be bundled');
    await page.keyboard.press('t');
    await page.getByTestId('bottom-tab-packages').click();
    const pkgEstimate = `pkg-${member.package_id}-estimate`;
    await page.getByTestId(pkgEstimate).waitFor();
    const pkgBefore = await value(page, pkgEstimate);
    expect(pkgBefore).toBeGreaterThanOrEqual(Math.round(expected) - 1);

    await selectCompound(page, (x) => x.id === c.id);
    await page.getByTestId('tab-items').click();
    await tickWithQuantity(page, third, 5);
    const added = 5 * third.unit_cost_yuan;
    await expect.poll(() => value(page, pkgEstimate)).toBe(Math.round(pkgBefore + added));
    await expect.poll(() => value(page, 'items-total')).toBe(Math.round(expected + added));

    await leaveFields(page);
    await page.keyboard.press('Control+z'); // un-tick
    await page.keyboard.press('Control+z'); // the quantity line
    await expect.poll(() => value(page, pkgEstimate)).toBe(pkgBefore);
    await expect.poll(() => value(page, 'items-total')).toBe(Math.round(expected));
    expect(consoleErrors(page)).toEqual([]);
  });

  it('flags deficient basic items that are not planned (基础类应改尽改)', async () => {
    const page = await openApp({ freshDemo: true });
    const c = await selectCompound(page, eligible);
    await page.getByTestId('tab-items').click();
    const [item] = await freshItems(page, c.id, 1);
    if (!item) throw new Error('items');
    await page.getByTestId(`item-${item.id}-deficient`).click();
    await page.getByTestId('items-basic-warning').getByText(item.name).waitFor();
    await page.getByTestId(`item-${item.id}-planned`).click();
    await expect.poll(() => page.getByTestId('items-basic-warning').getByText(item.name).count()).toBe(0);

    // The catalog editor: a unit cost edit is one change and reprices the planned line.
    await page.getByTestId('catalog-open').click();
    await page.getByTestId('catalog-grade-c').waitFor();
    const cost = page.getByTestId(`catalog-${item.id}-cost`);
    await cost.fill(String(item.unit_cost_yuan + 1000));
    await cost.press('Enter');
    await expect
      .poll(
        async () =>
          (await callBackend(page, 'features.load', {})).renovation_items.find((i) => i.id === item.id)?.unit_cost_yuan,
      )
      .toBe(item.unit_cost_yuan + 1000);
    await modalsSettled(page);
    await screenshot(page, 'items-catalog');
  });
});
