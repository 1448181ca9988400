// Drawing and editing on the map, as a designer does it: draw a compound whose corner lands 4 px off an
// existing compound's corner (snapping makes them identical), draw a building inside it, drag a vertex two demo
// compounds share (both move), undo. Results are checked in the project through the backend, not in the UI.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildHitIndex, featuresAt } from '../../renderer/src/map/geo/hitTest';
import type { Position } from '../../shared/model/geometry';
import type { Compound } from '../../shared/model/tables';
import { callBackend, lngLatToScreen, openApp, screenshot, viewAt, waitFor } from './harness';
import { clickPoints } from './shell-steps';

const screenOf = async (page: Page, p: Position) => lngLatToScreen(page, [p[0], p[1]]);
const samePos = (a: Position | undefined, b: Position) => a !== undefined && a[0] === b[0] && a[1] === b[1];
const ringOf = (c: { geometry: { coordinates: Position[][] } } | undefined) => c?.geometry.coordinates[0] ?? [];

/** Draws a compound (c) or building (b) through screen points, double-clicking the last to finish it. */
async function drawPolygon(page: Page, tool: 'c' | 'b', points: { x: number; y: number }[]): Promise<void> {
  await page.keyboard.press(tool);
  await clickPoints(page, points);
}

/** The vertex shared by exactly two compounds and no building, nearest the district's centre. */
function sharedVertex(compounds: Compound[]): { pos: Position; ids: [string, string] } {
  const owners = new Map<string, Set<string>>();
  for (const c of compounds)
    for (const p of ringOf(c)) {
      const key = `${p[0]},${p[1]}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(c.id));
    }
  const pairs = [...owners.entries()].filter(([, ids]) => ids.size === 2);
  if (pairs.length === 0) throw new Error('the demo has no shared vertices');
  const [key, ids] = pairs[Math.floor(pairs.length / 2)] as [string, Set<string>];
  const [lon, lat] = key.split(',').map(Number) as [number, number];
  return { pos: [lon, lat], ids: [...ids] as [string, string] };
}

describe('map editing', () => {
  it('draws a compound snapped onto a neighbour’s corner and a building assigned to it', async () => {
    const page = await openApp({ freshDemo: true });
    await screenshot(page, 'map-demo-overview');
    const before = await callBackend(page, 'features.load', {});
    expect(before.compounds.length).toBeGreaterThan(10);

    // The easternmost corner of the district: east of it there is only open ground.
    const corner = before.compounds
      .flatMap((c) => ringOf(c))
      .reduce((best, p) => (p[0] > best[0] ? p : best), [-180, 0] as Position);
    await viewAt(page, corner, 17.5);
    const v = await screenOf(page, corner);
    await drawPolygon(page, 'c', [
      { x: v.x + 4, y: v.y }, // 4 px off the existing corner: snaps onto it
      { x: v.x + 160, y: v.y },
      { x: v.x + 160, y: v.y + 140 },
      { x: v.x + 30, y: v.y + 140 },
    ]);
    const drawn = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      return now.compounds.find((c) => !before.compounds.some((o) => o.id === c.id));
    }, 'the drawn compound');
    expect(ringOf(drawn).length).toBe(5);
    expect(ringOf(drawn).some((p) => samePos(p, corner))).toBe(true);
    await screenshot(page, 'map-drawn-compound');

    // A building inside it.
    const inner = await screenOf(page, corner);
    await drawPolygon(page, 'b', [
      { x: inner.x + 60, y: inner.y + 40 },
      { x: inner.x + 130, y: inner.y + 40 },
      { x: inner.x + 130, y: inner.y + 70 },
      { x: inner.x + 60, y: inner.y + 70 },
    ]);
    const building = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      return now.buildings.find((b) => !before.buildings.some((o) => o.id === b.id));
    }, 'the drawn building');
    expect(building.compound_id).toBe(drawn.id);
    expect(building.floors).toBe(6);
    await screenshot(page, 'map-drawn-building');
  });

  it('drags a vertex shared by two demo compounds in both, as one undoable step', async () => {
    const page = await openApp({ freshDemo: true });
    const before = await callBackend(page, 'features.load', {});
    const shared = sharedVertex(before.compounds);
    const [a, b] = shared.ids.map((id) => before.compounds.find((c) => c.id === id)) as [Compound, Compound];
    await viewAt(page, shared.pos, 18.5);

    // Select compound a by clicking inside it near the shared corner, where no building stands.
    const index = buildHitIndex([
      ...before.compounds.map((c) => ({ table: 'compounds' as const, id: c.id, geometry: c.geometry })),
      ...before.buildings.map((x) => ({ table: 'buildings' as const, id: x.id, geometry: x.geometry })),
    ]);
    const ring = ringOf(a);
    const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const inside = [0.1, 0.2, 0.3, 0.4, 0.5]
      .map((f): Position => [shared.pos[0] + f * (cx - shared.pos[0]), shared.pos[1] + f * (cy - shared.pos[1])])
      .find((p) => featuresAt(index, p)[0]?.id === a.id);
    if (!inside) throw new Error('no free point inside the compound near the shared vertex');
    await page.keyboard.press('e');
    const click = await screenOf(page, inside);
    await page.mouse.click(click.x, click.y);

    const from = await screenOf(page, shared.pos);
    await page.mouse.move(from.x, from.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.move(from.x + 6, from.y + 4, { steps: 3 });
    await page.mouse.move(from.x + 12, from.y + 8, { steps: 3 });
    await screenshot(page, 'map-vertex-drag');
    await page.mouse.up();

    const moved = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      const na = now.compounds.find((c) => c.id === a.id);
      return na && JSON.stringify(na.geometry) !== JSON.stringify(a.geometry) ? now : undefined;
    }, 'the moved vertex');
    const na = moved.compounds.find((c) => c.id === a.id);
    const nb = moved.compounds.find((c) => c.id === b.id);
    const newA = ringOf(na).filter((p) => !ringOf(a).some((q) => samePos(q, p)));
    const newB = ringOf(nb).filter((p) => !ringOf(b).some((q) => samePos(q, p)));
    expect(newA).toHaveLength(1);
    expect(newB).toEqual(newA);
    expect(ringOf(na).some((p) => samePos(p, shared.pos))).toBe(false);
    expect(ringOf(nb).some((p) => samePos(p, shared.pos))).toBe(false);
    const journal = await callBackend(page, 'journal.list', { limit: 1 });
    expect(journal[0]?.summary).toBe('移动顶点（2 个要素）');
    await screenshot(page, 'map-vertex-moved');

    await page.keyboard.press('Control+z');
    const undone = await waitFor(async () => {
      const now = await callBackend(page, 'features.load', {});
      const ua = now.compounds.find((c) => c.id === a.id);
      return ua && JSON.stringify(ua.geometry) === JSON.stringify(a.geometry) ? now : undefined;
    }, 'the undo');
    expect(undone.compounds.find((c) => c.id === b.id)?.geometry).toEqual(b.geometry);
  });
});
