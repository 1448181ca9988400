// Leftover land and facility siting on the demo district (issue 4 §5), as a designer does it: show the leftover land,
// drag a parking lot from the catalog into the largest piece (it snaps there and says how many stalls fit, with the
// live checks beside it), move it onto a building and see the violation, undo back to the empty site. Checked
// through the backend and the panels; screenshots of each step in test/artifacts/leftover-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parkingStalls } from '../../shared/analysis/leftover/fits';
import type { Position } from '../../shared/model/geometry';
import type { LeftoverPiece } from '../../shared/model/leftover';
import type { Building, Facility } from '../../shared/model/tables';
import { ringCentre } from '../unit/app/fixtures';
import {
  callBackend,
  lngLatToScreen,
  mapCenter,
  openApp,
  renderedProperties,
  screenshot,
  viewAt,
  waitFor,
} from './harness';
import { leaveFields, tablesSettled } from './shell-steps';

const facilities = async (page: Page): Promise<Facility[]> => (await callBackend(page, 'features.load', {})).facilities;

/** The piece with the most parking stalls, its compound, and that compound's building nearest to the piece. */
async function bestParkingPiece(page: Page) {
  const report = await callBackend(page, 'leftover.compute', {});
  let best: { compoundId: string; piece: LeftoverPiece; stalls: number } | null = null;
  for (const c of report.compounds)
    for (const piece of c.pieces) {
      const stalls = piece.fits.find((f) => f.type === 'parking')?.count ?? 0;
      if (!best || stalls > best.stalls) best = { compoundId: c.id, piece, stalls };
    }
  if (!best || best.stalls === 0) throw new Error('the demo has no leftover piece that fits parking');
  const { buildings } = await callBackend(page, 'features.load', {});
  const centre = (b: Building): Position => ringCentre(b.geometry);
  const c = best.piece.rect.center;
  const near = buildings
    .filter((b) => b.compound_id === best.compoundId)
    .map((b) => ({ b, at: centre(b), d: Math.hypot(centre(b)[0] - c[0], centre(b)[1] - c[1]) }))
    .sort((x, y) => x.d - y.d)[0];
  if (!near) throw new Error('the compound has no building');
  return { ...best, building: near.b, buildingCentre: near.at };
}

describe('leftover land and facilities', () => {
  it('shows leftover land, drags parking into a piece, checks it live, moves it onto a building, undoes', async () => {
    const page = await openApp({ freshDemo: true });
    await leaveFields(page);

    // 存量土地: the command opens its tab and shows the layer.
    await page.keyboard.press('u');
    const stats = page.getByTestId('leftover-stats');
    await stats.getByText('块空地').waitFor();
    expect(await page.getByTestId('leftover-compound-row').count()).toBeGreaterThan(5);
    await tablesSettled(page);
    await screenshot(page, 'leftover-district');
    // 保存为图层: the pieces become the project's leftover_pieces layer (one change).
    await page.getByTestId('leftover-save').click();
    const saved = await waitFor(
      async () => {
        const n = (await callBackend(page, 'features.load', {})).leftover_pieces.length;
        return n > 0 ? n : undefined;
      },
      'the saved leftover layer',
      45_000,
    );
    expect(await stats.textContent()).toContain(`${saved} 块空地`);
    // Open the largest compound's pieces; clicking one zooms the map to it and outlines it.
    await page.getByTestId('leftover-compound-row').first().locator('.ant-table-row-expand-icon').click();
    const pieceRow = page.getByTestId('leftover-piece-row').first();
    await pieceRow.click();
    await page.locator('[data-testid=leftover-piece-row].ant-table-row-selected').waitFor();
    await screenshot(page, 'leftover-piece-focused');

    const target = await bestParkingPiece(page);
    // The piece's count covers the whole piece; the lot dropped on it fills its best rectangle.
    const lotStalls = parkingStalls(target.piece.rect.width_m, target.piece.rect.length_m);
    expect(target.stalls).toBeGreaterThanOrEqual(lotStalls);
    await viewAt(page, target.piece.rect.center, 18.3);
    await screenshot(page, 'leftover-compound');

    // Drag the parking lot from the catalog onto the piece's centre.
    await page.getByTestId('tab-facilities').click();
    const item = page.getByTestId('facility-type-parking');
    await item.getByText('未核实').waitFor();
    const drop = await lngLatToScreen(page, target.piece.rect.center);
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await item.dragTo(page.locator('.maplibregl-canvas'), {
      targetPosition: { x: drop.x - box.x + 2, y: drop.y - box.y + 2 },
    });
    const placed = await waitFor(async () => (await facilities(page))[0], 'the placed facility', 45_000);
    expect(placed).toMatchObject({ type: 'parking', compound_id: target.compoundId });
    await page.getByTestId('facility-stalls').getByText(`可布置停车位 ${lotStalls} 个`).waitFor();
    await expect.poll(() => page.getByTestId('facility-check').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=facility-check][data-ok=false]').count()).toBe(0);
    // Drawn as a facility meeting its checks (the map marks the placed facilities that fail theirs).
    await expect
      .poll(() => renderedProperties(page, 'facilities-outline'))
      .toEqual([expect.objectContaining({ id: placed.id, ok: true })]);
    await screenshot(page, 'leftover-parking-placed');

    // Drag it onto the nearest building: the live check turns red while moving and stays listed after the drop.
    const from = await lngLatToScreen(page, target.piece.rect.center);
    const to = await lngLatToScreen(page, target.buildingCentre);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 6 });
    const onBuilding = page.locator('[data-testid=facility-check][data-rule=not_on_building][data-ok=false]');
    await onBuilding.first().waitFor();
    await screenshot(page, 'leftover-parking-violation');
    // The engine's check on the last move (the first one of a drag also prepares the compound's context).
    const checkMs = Number(await page.getByTestId('facility-check-ms').getAttribute('data-ms'));
    console.log(`live facility check on the last move: ${checkMs} ms`);
    // Logged, not asserted: a timing on a shared CI machine is noise (the bench measures it: ≤ 16 ms target).
    expect(Number.isFinite(checkMs)).toBe(true);
    await page.mouse.up();
    const moved = await waitFor(
      async () => {
        const f = (await facilities(page))[0];
        return f && JSON.stringify(f.geometry) !== JSON.stringify(placed.geometry) ? f : undefined;
      },
      'the moved facility',
      45_000,
    );
    expect(moved.id).toBe(placed.id);
    await onBuilding.first().waitFor();
    await expect.poll(() => page.getByTestId('facility-check-summary').textContent()).toMatch(/项不满足/);

    // The map draws the saved lot as failing (red outline, ✗ label) …
    await expect
      .poll(async () => (await renderedProperties(page, 'facilities-outline')).map((p) => [p.ok, p.label]))
      .toEqual([[false, `✗ ${placed.name}`]]);
    // … and the facilities table lists it with the buildings it now stands on; a row click selects it.
    await page.getByTestId('bottom-tab-facilities').click();
    await expect
      .poll(() => page.getByTestId('facility-table-stats').textContent())
      .toBe('1 个设施，1 个有不满足项（按所在位置检查）');
    const failuresText = await page.getByTestId('facility-row-failures').textContent();
    expect(failuresText).toContain('不压占建筑');
    // A row click flies the map to the facility (it stands on the buildings, away from the view's centre).
    await viewAt(page, target.piece.rect.center, 17);
    await page.getByTestId('facility-row').first().click();
    const movedCentre = ringCentre(moved.geometry);
    await expect
      .poll(async () => {
        const c = await mapCenter(page);
        return Math.hypot(c[0] - movedCentre[0], c[1] - movedCentre[1]) < 2e-5;
      })
      .toBe(true);
    await page.locator('[data-testid=facility-row].ant-table-row-selected').waitFor();
    await screenshot(page, 'leftover-facility-table');
    await viewAt(page, target.piece.rect.center, 18.3);

    // The facility's own form, then the compound's indicator card (before / after its facilities).
    await page.getByTestId('tab-attributes').click();
    await page.getByTestId('attributes-facilities').waitFor();
    await screenshot(page, 'leftover-facility-form');
    await leaveFields(page);
    await page.keyboard.press('v');
    // The piece's centre is open ground of the compound again (the lot now stands on the buildings).
    const open = await lngLatToScreen(page, target.piece.rect.center);
    await page.mouse.click(open.x, open.y);
    await page.getByTestId('attributes-compounds').waitFor();
    const card = page.getByTestId('indicator-card');
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    expect(await card.getByTestId('indicator-building_density').textContent()).toMatch(/%/);
    await screenshot(page, 'leftover-indicators');

    // The estimate: the compound's car-parking item (I10, per stall) suggests the lot's stalls; planning it costs them.
    await page.getByTestId('tab-items').click();
    const parkingQuantity = page.getByTestId('item-I10-quantity');
    await parkingQuantity.scrollIntoViewIfNeeded();
    await page.getByTestId('item-I10-suggested').waitFor();
    expect(await parkingQuantity.getAttribute('placeholder')).toBe(lotStalls.toLocaleString('zh-CN'));
    await page.getByTestId('item-I10-planned').click();
    await expect.poll(() => page.getByTestId('item-I10-cost').textContent()).not.toBe('');
    await screenshot(page, 'leftover-estimate');

    // Undo the planned item, the move, then the placement.
    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await waitFor(
      async () => {
        const lines = (await callBackend(page, 'features.load', {})).compound_items;
        return lines.some((l) => l.item_id === 'I10' && l.compound_id === target.compoundId && l.planned)
          ? undefined
          : true;
      },
      'the planned item undone',
      45_000,
    );
    await page.keyboard.press('Control+z');
    await waitFor(
      async () => {
        const f = (await facilities(page))[0];
        return f && JSON.stringify(f.geometry) === JSON.stringify(placed.geometry) ? f : undefined;
      },
      'the move undone',
      45_000,
    );
    await page.keyboard.press('Control+z');
    await waitFor(
      async () => ((await facilities(page)).length === 0 ? true : undefined),
      'the placement undone',
      45_000,
    );
    await screenshot(page, 'leftover-undone');
  }, 360_000);
});
