// Delete and move with what lies on a compound, as a designer does it on the demo district: the Delete key deletes a
// selected facility (Ctrl+Z brings it back) and a selected road; the move tool drags a compound and its facility,
// roads and site areas come along by the same offset; deleting the compound says what goes with it, takes all of it
// in one change, and one Ctrl+Z restores everything. Checked through the backend (the project file).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from '../../shared/model/geometry';
import type { Compound, Road } from '../../shared/model/tables';
import { facility, squareAround } from '../unit/app/fixtures';
import { callBackend, lngLatToScreen, openApp, screenshot, viewAt, waitReady } from './harness';
import { contextObstacles, leaveFields, modalsSettled, openGroundOf } from './shell-steps';

const load = (page: Page) => callBackend(page, 'features.load', {});
type Rows = Awaited<ReturnType<typeof load>>;
const on = (rows: Rows, id: string) => ({
  buildings: rows.buildings.filter((r) => r.compound_id === id).length,
  facilities: rows.facilities.filter((r) => r.compound_id === id).length,
  roads: rows.roads.filter((r) => r.compound_id === id).length,
  site_areas: rows.site_areas.filter((r) => r.compound_id === id).length,
});
const firstVertex = (g: Polygon): Position => g.coordinates[0]?.[0] as Position;

/** Open ground of the compound, clear of everything else a click could pick (buildings, roads, site areas,
 * facilities, pipes, tree crowns). */
function groundOf(rows: Rows, c: Compound): Position {
  const pipes = rows.pipelines.map(
    (p): Road => ({ id: p.id, name: '', kind: 'road', width_m: 6, compound_id: null, geometry: p.geometry }),
  );
  const crowns = rows.trees.map((t) => ({
    geometry: squareAround(t.geometry.coordinates, (t.crown_radius_m + 2) / 90_000),
  }));
  const obstacles = [
    ...rows.buildings,
    ...contextObstacles([...rows.roads, ...pipes], rows.site_areas),
    ...rows.facilities,
    ...crowns,
    ...rows.compounds.filter((x) => x.id !== c.id), // a moved compound may overlap its neighbour
  ];
  const at = openGroundOf(c, obstacles);
  if (!at) throw new Error(`no open ground in ${c.name}`);
  return at;
}

/** A segment midpoint of one of the compound's roads, the farthest from any pipe (a click there picks the road). */
function roadSpot(rows: Rows, compoundId: string): { road: Rows['roads'][number]; at: Position } {
  const toSegment = (p: Position, a: Position, b: Position) => {
    const [vx, vy] = [b[0] - a[0], b[1] - a[1]];
    const k = Math.max(0, Math.min(1, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / (vx * vx + vy * vy || 1)));
    return Math.hypot(a[0] + k * vx - p[0], a[1] + k * vy - p[1]);
  };
  const clearance = (p: Position) =>
    Math.min(
      1,
      ...rows.pipelines.flatMap((pipe) =>
        pipe.geometry.coordinates.slice(1).map((b, i) => toSegment(p, pipe.geometry.coordinates[i] as Position, b)),
      ),
    );
  const spots = rows.roads
    .filter((r) => r.compound_id === compoundId)
    .flatMap((road) =>
      road.geometry.coordinates.slice(1).map((b, i) => {
        const a = road.geometry.coordinates[i] as Position;
        const at: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        return { road, at, clear: clearance(at) };
      }),
    );
  const best = spots.sort((x, y) => y.clear - x.clear)[0];
  if (!best) throw new Error('no road on the compound');
  return best;
}

async function click(page: Page, at: Position): Promise<void> {
  const px = await lngLatToScreen(page, at);
  await page.mouse.click(px.x, px.y);
}

describe('delete and move carry what lies on a compound', () => {
  it('Delete takes a facility and a road; a compound moves and is deleted with its facility, roads and site areas', async () => {
    const page = await openApp();
    // A fresh demo with a 12 m facility on open ground of a compound that has roads and site areas.
    await callBackend(page, 'project.openDemo', {});
    const demo = await load(page);
    const c = demo.compounds.find((x) => on(demo, x.id).roads > 1 && on(demo, x.id).site_areas > 0);
    if (!c) throw new Error('no demo compound with roads and site areas');
    const spot = groundOf(demo, c);
    const f = facility(crypto.randomUUID(), c.id, squareAround(spot, 6e-5));
    await callBackend(page, 'change.apply', {
      change: { ops: [{ op: 'put', table: 'facilities', row: f }], summary: '布置设施' },
    });
    await page.reload();
    await waitReady(page);
    // The compound fills about half of the map (MapLibre: 512 px per 360° of longitude at zoom 0).
    const ring = c.geometry.coordinates[0] as Position[];
    const span = (i: 0 | 1) => [Math.min(...ring.map((p) => p[i])), Math.max(...ring.map((p) => p[i]))] as const;
    const [[x0, x1], [y0, y1]] = [span(0), span(1)];
    const degPerPx = Math.max(x1 - x0, (y1 - y0) / Math.cos((y0 * Math.PI) / 180)) / 450;
    await viewAt(page, [(x0 + x1) / 2, (y0 + y1) / 2], Math.min(18.5, Math.log2(360 / 512 / degPerPx)));

    // 1. Delete on a selected facility, then Ctrl+Z: one step each, the journal line as the form writes it.
    await click(page, spot);
    await page.getByTestId('attributes-facilities').waitFor();
    await leaveFields(page);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await load(page)).facilities.length).toBe(0);
    expect((await callBackend(page, 'project.current', {}))?.history.undoSummary).toBe('删除设施 充电车棚');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await load(page)).facilities.length).toBe(1);

    // 2. Delete on a selected road (clicked on its centre line, away from pipes).
    const { road, at } = roadSpot(demo, c.id);
    await click(page, at);
    await page.getByTestId('attributes-roads').waitFor();
    await leaveFields(page);
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await load(page)).roads.some((r) => r.id === road.id)).toBe(false);

    // 3. The move tool drags the compound: its facility, roads and site areas move by the same offset.
    const before = await load(page);
    await page.keyboard.press('m');
    const from = await lngLatToScreen(page, groundOf(before, c));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 15, { steps: 3 });
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 3 });
    await page.mouse.up();
    const movedX = async () =>
      firstVertex((await load(page)).compounds.find((x) => x.id === c.id)?.geometry as Polygon)[0];
    await expect.poll(movedX).not.toBe(firstVertex(c.geometry)[0]);
    const moved = await load(page);
    const shift = <T extends { id: string }>(list: (r: Rows) => T[], pos: (row: T) => Position, id: string) => {
      const p0 = pos(list(before).find((r) => r.id === id) as T);
      const p1 = pos(list(moved).find((r) => r.id === id) as T);
      return [p1[0] - p0[0], p1[1] - p0[1]];
    };
    const [dx, dy] = shift(
      (r) => r.compounds,
      (x) => firstVertex(x.geometry),
      c.id,
    );
    expect(Math.abs(dx as number)).toBeGreaterThan(1e-5);
    const carried = [
      shift(
        (r) => r.facilities,
        (x) => firstVertex(x.geometry),
        f.id,
      ),
      ...before.roads
        .filter((r) => r.compound_id === c.id)
        .map((r) =>
          shift(
            (x) => x.roads,
            (x) => x.geometry.coordinates[0] as Position,
            r.id,
          ),
        ),
      ...before.site_areas
        .filter((r) => r.compound_id === c.id)
        .map((r) =>
          shift(
            (x) => x.site_areas,
            (x) => firstVertex(x.geometry),
            r.id,
          ),
        ),
    ];
    for (const [ex, ey] of carried) {
      expect(ex).toBeCloseTo(dx as number, 10);
      expect(ey).toBeCloseTo(dy as number, 10);
    }
    await page.keyboard.press('v');
    await screenshot(page, 'delete-carry-moved');

    // 4. Delete on the compound: the confirmation counts what goes with it; one change; one Ctrl+Z restores all.
    const mine = on(moved, c.id);
    const movedC = moved.compounds.find((x) => x.id === c.id) as Compound;
    await click(page, groundOf(moved, movedC));
    await page.getByTestId('attributes-compounds').getByText(c.name, { exact: true }).waitFor();
    await leaveFields(page);
    await page.keyboard.press('Delete');
    const text = `将删除 1 个小区及其中的 ${mine.buildings} 栋楼栋，以及其上的设施 1 个、道路 ${mine.roads} 条、场地要素 ${mine.site_areas} 个`;
    await page.getByRole('dialog').filter({ hasText: text }).waitFor();
    await modalsSettled(page);
    await screenshot(page, 'delete-carry-confirm');
    await page.getByTestId('delete-confirm-ok').click();
    await expect.poll(async () => (await load(page)).compounds.some((x) => x.id === c.id)).toBe(false);
    expect(on(await load(page), c.id)).toEqual({ buildings: 0, facilities: 0, roads: 0, site_areas: 0 });
    await screenshot(page, 'delete-carry-deleted');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => on(await load(page), c.id)).toEqual(mine);
  });
});
