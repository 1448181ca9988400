// Pipelines on the demo map, as a designer works with them: the layer holds every pipe the project has, coloured by
// type; draw a new pipe whose first vertex lands 4 px off an existing pipe's vertex (snapping makes it identical),
// set its type and diameter in the attribute panel, drag one of its vertices, undo. Checked through the backend.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../shared/model/geometry';
import type { Pipeline } from '../../shared/model/tables';
import { callBackend, lngLatToScreen, openApp, screenshot, viewAt, waitFor } from './harness';
import { leaveFields } from './shell-steps';

interface MapWindow {
  __rz?: {
    map: {
      getSource(id: string): { getData(): Promise<{ features: { properties: { type: string } }[] }> } | undefined;
    };
  };
}

/** The pipelines source's features (all of them, not only those in view) and their types. */
const sourceTypes = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const source = (globalThis as unknown as MapWindow).__rz?.map.getSource('pipelines');
    const data = await source?.getData();
    return (data?.features ?? []).map((f) => f.properties.type);
  });

const pipes = async (page: Page): Promise<Pipeline[]> => (await callBackend(page, 'features.load', {})).pipelines;

describe('pipelines on the map', () => {
  it('shows every pipe, draws one snapped to a pipe vertex, edits it in the panel, moves a vertex, undoes', async () => {
    const page = await openApp({ freshDemo: true });
    const before = await pipes(page);
    expect(before.length).toBeGreaterThan(5);
    const types = await sourceTypes(page);
    expect(types.length).toBe(before.length);
    expect(new Set(types).size).toBeGreaterThan(3);
    await screenshot(page, 'pipes-map-overview');

    // An inner vertex of a compound pipe: open ground around it to draw in.
    const target = before.find((p) => !p.municipal && p.geometry.coordinates.length >= 2) ?? before[0];
    if (!target) throw new Error('no pipe');
    const vertex = target.geometry.coordinates[target.geometry.coordinates.length - 1] as Position;
    await viewAt(page, vertex, 19);
    await screenshot(page, 'pipes-map-labels');

    const v = await lngLatToScreen(page, vertex);
    await leaveFields(page);
    await page.keyboard.press('l');
    await page.mouse.move(v.x + 3, v.y + 3, { steps: 2 });
    await page.mouse.click(v.x + 3, v.y + 3);
    await page.mouse.move(v.x + 90, v.y + 70, { steps: 2 });
    await page.mouse.click(v.x + 90, v.y + 70);
    await page.mouse.move(v.x + 180, v.y + 60, { steps: 2 });
    await page.mouse.dblclick(v.x + 180, v.y + 60);
    const drawn = await waitFor(
      async () => (await pipes(page)).find((p) => !before.some((b) => b.id === p.id)),
      'the new pipe',
    );
    expect(drawn.geometry.coordinates[0]).toEqual(vertex);
    expect(drawn.geometry.coordinates).toHaveLength(3);
    expect(drawn).toMatchObject({ type: 'water_supply', diameter_mm: 200, status: 'new', code: '' });
    expect(await sourceTypes(page)).toHaveLength(before.length + 1);

    // The new pipe is selected: set its type and diameter in the panel (one change each).
    await page.getByTestId('attributes-pipelines').waitFor();
    await page.getByTestId('field-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '燃气' }).click();
    await expect.poll(async () => (await pipes(page)).find((p) => p.id === drawn.id)?.type).toBe('gas');
    expect((await pipes(page)).find((p) => p.id === drawn.id)?.gas_pressure).toBe('low');
    const diameter = page.getByTestId('field-diameter_mm');
    await diameter.fill('315');
    await diameter.press('Enter');
    await expect.poll(async () => (await pipes(page)).find((p) => p.id === drawn.id)?.diameter_mm).toBe(315);
    await diameter.fill('-3');
    await diameter.press('Enter');
    await page.getByTestId('problem-diameter_mm').waitFor();
    await screenshot(page, 'pipes-map-drawn');

    // Move the middle vertex with the edit-vertices tool.
    await leaveFields(page);
    await page.keyboard.press('e');
    const mid = await lngLatToScreen(page, drawn.geometry.coordinates[1] as Position);
    await page.mouse.move(mid.x, mid.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(mid.x + 20, mid.y + 40, { steps: 5 });
    await page.mouse.up();
    const moved = await waitFor(async () => {
      const p = (await pipes(page)).find((x) => x.id === drawn.id);
      const c = p?.geometry.coordinates[1];
      return c && c[1] !== drawn.geometry.coordinates[1]?.[1] ? p : undefined;
    }, 'the vertex move');
    expect(moved.geometry.coordinates[0]).toEqual(vertex);
    expect(moved.diameter_mm).toBe(315);

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await pipes(page)).find((p) => p.id === drawn.id)?.geometry.coordinates[1])
      .toEqual(drawn.geometry.coordinates[1]);
    await screenshot(page, 'pipes-map-undone');
  });
});

interface LayerWindow {
  __rz?: { map: { getLayoutProperty(layer: string, name: string): unknown } };
}

describe('trees and the layer switches', () => {
  it('places a tree with R, names it, selects it again by clicking its crown, and hides pipelines and trees from the layer panel', async () => {
    const page = await openApp({ freshDemo: true });
    const { trees: before, compounds } = await callBackend(page, 'features.load', {});
    const c = compounds[0];
    if (!c) throw new Error('no compound');
    const corner = c.geometry.coordinates[0]?.[0] as Position;
    await viewAt(page, corner, 18);
    const p = await lngLatToScreen(page, corner);
    await leaveFields(page);
    await page.keyboard.press('r');
    await page.mouse.move(p.x + 60, p.y + 60, { steps: 2 });
    await page.mouse.click(p.x + 60, p.y + 60);
    const placed = await waitFor(
      async () => (await callBackend(page, 'features.load', {})).trees.find((t) => !before.some((b) => b.id === t.id)),
      'the new tree',
    );
    expect(placed.crown_radius_m).toBe(3);
    await page.getByTestId('attributes-trees').waitFor();
    await page.getByTestId('field-species').fill('国槐');
    await page.getByTestId('field-species').press('Enter');
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).trees.find((t) => t.id === placed.id)?.species)
      .toBe('国槐');
    await screenshot(page, 'pipes-map-tree');
    // Select tool: a click elsewhere selects something else, a click on the crown the tree again.
    await leaveFields(page);
    await page.keyboard.press('v');
    await page.mouse.click(p.x + 200, p.y + 200);
    await page.getByTestId('attributes-trees').waitFor({ state: 'detached' });
    await page.mouse.click(p.x + 62, p.y + 61);
    await page.getByTestId('attributes-trees').waitFor();

    const visibility = (layer: string) =>
      page.evaluate(
        (id) => (globalThis as unknown as LayerWindow).__rz?.map.getLayoutProperty(id, 'visibility'),
        layer,
      );
    await page.getByTestId('layer-pipelines').click();
    await page.getByTestId('layer-trees').click();
    expect(await visibility('pipelines-line')).toBe('none');
    expect(await visibility('trees-crown')).toBe('none');
    await page.getByTestId('layer-pipelines').click();
    expect(await visibility('pipelines-line')).toBe('visible');
  });
});

interface ConflictWindow {
  __rz?: {
    map: {
      getSource(
        id: string,
      ): { getData(): Promise<{ features: { id?: string; properties: ConflictProps }[] }> } | undefined;
    };
  };
}
interface ConflictProps {
  id: string;
  rule: string;
  focused: boolean;
  accepted: boolean;
}

describe('conflict markers', () => {
  it('after a check, shows one marker per open conflict; clicking one focuses it', async () => {
    const page = await openApp({ freshDemo: true });
    const expected = await callBackend(page, 'pipelines.check', {});
    const open = expected.conflicts.filter((c) => !c.review?.accepted);
    expect(open.length).toBeGreaterThan(0);
    await leaveFields(page);
    await page.getByTestId('cmd-pipelines.check').click();
    const markers = () =>
      page.evaluate(async () => {
        const data = await (globalThis as unknown as ConflictWindow).__rz?.map.getSource('conflicts')?.getData();
        return (data?.features ?? []).map((f) => f.properties);
      });
    await expect.poll(async () => (await markers()).length).toBe(open.length);
    const target = open[Math.floor(open.length / 2)];
    if (!target) throw new Error('no conflict');
    await viewAt(page, target.location, 19);
    const at = await lngLatToScreen(page, target.location);
    await page.keyboard.press('v');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await markers()).filter((m) => m.focused).map((m) => m.id)).toEqual([target.key]);
    await screenshot(page, 'pipes-map-conflicts');
  });
});
