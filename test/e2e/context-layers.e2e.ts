// The site context on the demo map, as a designer works with it: roads, fire lanes and site areas are drawn (every
// row of the project in its source; look at the screenshots), then 画道路 (W) draws a road, its width is changed in
// the attribute panel (the map follows), and Ctrl+Z takes the width back. Checked through the backend.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../shared/model/geometry';
import type { Road } from '../../shared/model/tables';
import { callBackend, consoleErrors, lngLatToScreen, openApp, screenshot, viewAt } from './harness';
import { leaveFields, openGroundOf } from './shell-steps';

interface MapWindow {
  __rz?: {
    map: {
      jumpTo(o: { center: Position; zoom: number }): void;
      once(event: 'idle', f: () => void): void;
      triggerRepaint(): void;
      getLayoutProperty(layer: string, name: string): unknown;
      getSource(
        id: string,
      ): { getData(): Promise<{ features: { id?: string; properties: Record<string, unknown> }[] }> } | undefined;
    };
  };
}

/** The properties of every feature the map source holds (all of them, not only those in view). */
const sourceProps = (page: Page, id: string): Promise<Record<string, unknown>[]> =>
  page.evaluate(async (sourceId) => {
    const data = await (globalThis as unknown as MapWindow).__rz?.map.getSource(sourceId)?.getData();
    return (data?.features ?? []).map((f) => f.properties);
  }, id);

/** A pipe segment passes within ~6 m of `p` (axis-aligned demo pipes: a bounding-box test is enough). */
function crossesNear(coords: readonly Position[], p: Position): boolean {
  const pad = 6 / 100_000;
  return coords.slice(1).some((b, i) => {
    const a = coords[i] as Position;
    return (
      p[0] >= Math.min(a[0], b[0]) - pad &&
      p[0] <= Math.max(a[0], b[0]) + pad &&
      p[1] >= Math.min(a[1], b[1]) - pad &&
      p[1] <= Math.max(a[1], b[1]) + pad
    );
  });
}

const roads = async (page: Page): Promise<Road[]> => (await callBackend(page, 'features.load', {})).roads;

describe('site context layers', () => {
  it('draws every road and site area, draws a road with W, edits its width in the panel, undoes', async () => {
    const page = await openApp({ freshDemo: true });
    const { roads: before, site_areas: areas, compounds, buildings } = await callBackend(page, 'features.load', {});
    expect(before.some((r) => r.kind === 'fire_lane')).toBe(true);
    expect(new Set(areas.map((a) => a.kind))).toEqual(new Set(['operating_area', 'green', 'illegal_structure']));
    await expect.poll(async () => (await sourceProps(page, 'roads')).length).toBe(before.length);
    await expect.poll(async () => (await sourceProps(page, 'site-areas')).length).toBe(areas.length);
    const labels = (await sourceProps(page, 'roads')).map((p) => p.label);
    expect(labels).toContain('消防车道');
    await screenshot(page, 'context-layers-district');

    // A compound with a fire lane, an operating area and a structure to demolish, seen close up.
    const rich = compounds.find(
      (c) =>
        before.some((r) => r.compound_id === c.id && r.kind === 'fire_lane') &&
        areas.some((a) => a.compound_id === c.id && a.kind === 'operating_area') &&
        areas.some((a) => a.compound_id === c.id && a.demolish),
    );
    if (!rich) throw new Error('no compound with the full context');
    const ring = rich.geometry.coordinates[0] as Position[];
    const centre: Position = [
      (Math.min(...ring.map((p) => p[0])) + Math.max(...ring.map((p) => p[0]))) / 2,
      (Math.min(...ring.map((p) => p[1])) + Math.max(...ring.map((p) => p[1]))) / 2,
    ];
    await viewAt(page, centre, 17.6);
    await screenshot(page, 'context-layers-compound');

    // 画道路: W, a polyline of three clicks ending in a double-click, on the compound's open ground.
    const ground = openGroundOf(rich, buildings);
    if (!ground) throw new Error('no open ground');
    const g = await lngLatToScreen(page, ground);
    await leaveFields(page);
    await page.keyboard.press('w');
    await page.getByTestId('road-picker').waitFor();
    expect(Number(await page.getByTestId('road-width-picker').inputValue())).toBe(5);
    await page.mouse.move(g.x - 60, g.y, { steps: 2 });
    await page.mouse.click(g.x - 60, g.y);
    await page.mouse.move(g.x + 40, g.y + 2, { steps: 2 });
    await page.mouse.click(g.x + 40, g.y + 2);
    await page.mouse.move(g.x + 60, g.y + 60, { steps: 2 });
    await page.mouse.dblclick(g.x + 60, g.y + 60);
    let drawn: Road | undefined;
    await expect
      .poll(async () => {
        drawn = (await roads(page)).find((r) => !before.some((b) => b.id === r.id));
        return drawn?.geometry.coordinates.length;
      })
      .toBe(3);
    if (!drawn) throw new Error('no new road');
    expect(drawn).toMatchObject({ kind: 'road', width_m: 5, compound_id: rich.id, name: '' });
    const id = drawn.id;
    const widthPx = async () => (await sourceProps(page, 'roads')).find((p) => p.id === id)?.widthPx as number;
    await expect.poll(widthPx).toBeGreaterThan(0);
    const px5 = await widthPx();

    // The new road is selected: its form is open. Width 7 m, one change; the map draws it wider.
    await page.getByTestId('attributes-roads').waitFor();
    const width = page.getByTestId('field-width_m');
    await width.fill('7');
    await width.press('Enter');
    await expect.poll(async () => (await roads(page)).find((r) => r.id === id)?.width_m).toBe(7);
    await expect.poll(async () => (await widthPx()) / px5).toBeCloseTo(7 / 5, 3);
    await width.fill('0');
    await width.press('Enter');
    await page.getByTestId('problem-width_m').waitFor();
    await screenshot(page, 'context-layers-drawn');

    await leaveFields(page);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await roads(page)).find((r) => r.id === id)?.width_m).toBe(5);
    await expect.poll(async () => (await widthPx()) / px5).toBeCloseTo(1, 3);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await roads(page)).some((r) => r.id === id)).toBe(false);
    await screenshot(page, 'context-layers-undone');

    // Select by click: an operating area, then the fire lane (anywhere on its surface, here its centre line).
    await page.keyboard.press('v');
    const op = areas.find((a) => a.compound_id === rich.id && a.kind === 'operating_area');
    const lane = before.find((r) => r.compound_id === rich.id && r.kind === 'fire_lane');
    if (!op || !lane) throw new Error('no operating area or fire lane');
    const opRing = op.geometry.coordinates[0] as Position[];
    const opAt = await lngLatToScreen(page, [
      (opRing[0] as Position)[0] / 2 + (opRing[2] as Position)[0] / 2,
      (opRing[0] as Position)[1] / 2 + (opRing[2] as Position)[1] / 2,
    ]);
    await page.mouse.click(opAt.x, opAt.y);
    await page.getByTestId('attributes-site_areas').getByText('登高操作场地').first().waitFor();
    const [la, lb] = lane.geometry.coordinates as [Position, Position];
    // A point of the lane clear of tree crowns and pipes (they are picked before a road under them).
    const { trees, pipelines } = await callBackend(page, 'features.load', {});
    const metres = (p: Position, q: Position) => Math.hypot((p[0] - q[0]) * 98_800, (p[1] - q[1]) * 111_000);
    const clear = (p: Position) =>
      trees.every((t) => metres(p, t.geometry.coordinates) > t.crown_radius_m + 4) &&
      pipelines.every((pipe) => !crossesNear(pipe.geometry.coordinates, p));
    const onLane = [0.5, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55]
      .map((f): Position => [la[0] + (lb[0] - la[0]) * f, la[1] + (lb[1] - la[1]) * f])
      .find(clear);
    if (!onLane) throw new Error('no clear point on the fire lane');
    const laneAt = await lngLatToScreen(page, onLane);
    await page.mouse.click(laneAt.x, laneAt.y);
    await page.getByTestId('attributes-roads').getByTestId('attributes-name').getByText('消防车道').waitFor();

    // The layer switches hide and show the two layers.
    const visibility = (layer: string) =>
      page.evaluate((l) => (globalThis as unknown as MapWindow).__rz?.map.getLayoutProperty(l, 'visibility'), layer);
    await page.getByTestId('layer-roads').click();
    await page.getByTestId('layer-site_areas').click();
    expect(await visibility('roads-body')).toBe('none');
    expect(await visibility('site-areas-fill')).toBe('none');
    await page.getByTestId('layer-roads').click();
    expect(await visibility('roads-body')).toBe('visible');
    expect(consoleErrors(page).filter((e) => /image|pattern|rz-hatch/i.test(e))).toEqual([]);
  });
});
