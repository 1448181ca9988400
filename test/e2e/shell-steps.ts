// Steps the shell specs share, in the user's words: pick a compound on the map, edit a field in the attribute
// panel, read what the map shows for a compound. Playwright stays in here and in harness.ts.
import type { Page } from 'playwright-core';
import type { Position } from '../../shared/model/geometry';
import type { Building, Compound, Road, SiteArea } from '../../shared/model/tables';
import { callBackend, lngLatInView, waitReady } from './harness';

type Ring = readonly Position[];

function inside(p: Position, ring: Ring): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) odd = !odd;
  }
  return odd;
}

/**
 * The site context as obstacles for openGroundOf: site areas as they are, each road segment as its bounding box grown
 * by half the road's width (a click on a road or site area picks it, not the compound).
 */
export function contextObstacles(roads: readonly Road[], areas: readonly SiteArea[]): Pick<Building, 'geometry'>[] {
  const out: Pick<Building, 'geometry'>[] = areas.map((a) => ({ geometry: a.geometry }));
  for (const r of roads) {
    const pad = (r.width_m / 2 + 1) / 100_000; // metres → degrees, generously (1° ≥ ~99 km at these latitudes)
    r.geometry.coordinates.slice(1).forEach((b, i) => {
      const a = r.geometry.coordinates[i] as Position;
      const [x0, x1] = [Math.min(a[0], b[0]) - pad, Math.max(a[0], b[0]) + pad];
      const [y0, y1] = [Math.min(a[1], b[1]) - pad, Math.max(a[1], b[1]) + pad];
      const ring: Position[] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ];
      out.push({ geometry: { type: 'Polygon', coordinates: [ring] } });
    });
  }
  return out;
}

/** A point well inside the compound and outside every building (a click there selects the compound). */
export function openGroundOf(c: Compound, buildings: readonly Pick<Building, 'geometry'>[]): Position | null {
  const ring = c.geometry.coordinates[0] as Ring;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = (x1 - x0) * 0.02;
  const N = 12;
  for (let i = 1; i < N; i++)
    for (let j = 1; j < N; j++) {
      const p: Position = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
      const near: Position[] = [
        [p[0] - margin, p[1]],
        [p[0] + margin, p[1]],
        [p[0], p[1] - margin],
        [p[0], p[1] + margin],
      ];
      if (!near.every((q) => inside(q, ring))) continue;
      if (
        buildings.some(
          (b) =>
            near.some((q) => inside(q, b.geometry.coordinates[0] as Ring)) ||
            inside(p, b.geometry.coordinates[0] as Ring),
        )
      )
        continue;
      return p;
    }
  return null;
}

/** Clicks on open ground of the first compound matching `pick`; returns it once the attribute panel shows it. */
export async function selectCompound(page: Page, pick: (c: Compound) => boolean): Promise<Compound> {
  // Screen positions are only right once the map has loaded and fitted the project (e.g. after a reload).
  await waitReady(page);
  const { compounds, buildings, roads, site_areas } = await callBackend(page, 'features.load', {});
  const obstacles = [...buildings, ...contextObstacles(roads, site_areas)];
  for (const c of compounds.filter(pick)) {
    const at = openGroundOf(c, obstacles);
    if (!at) continue;
    const px = await lngLatInView(page, at);
    await page.mouse.click(px.x, px.y);
    await page.getByTestId('attributes-compounds').waitFor();
    await page.getByTestId('attributes-name').getByText(c.name, { exact: true }).waitFor();
    return c;
  }
  throw new Error('no compound with open ground to click');
}

/** Types a value into an attribute field and commits it with Enter (one undo step). */
export async function editField(page: Page, field: string, value: string): Promise<void> {
  const input = page.getByTestId(`field-${field}`);
  await input.fill(value);
  await input.press('Enter');
}

/** What the map's compound source holds for a compound (its label text and eligibility state). */
export async function mapCompound(page: Page, id: string): Promise<{ name?: string; state?: string } | null> {
  return page.evaluate((compoundId) => {
    interface MapLike {
      querySourceFeatures(source: string): { properties: Record<string, unknown> }[];
    }
    const rz = (globalThis as unknown as { __rz?: { map: MapLike } }).__rz;
    const found = rz?.map.querySourceFeatures('compounds').find((f) => f.properties.id === compoundId);
    return found ? (found.properties as { name?: string; state?: string }) : null;
  }, id);
}

/** Moves focus off any input, so single-key shortcuts and Ctrl+Z reach the app rather than a field. */
export async function leaveFields(page: Page): Promise<void> {
  await page.getByTestId('status-bar').click();
}

/** Waits until no antd modal is still zooming in or out, so a screenshot shows it settled. */
export async function modalsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document;
    return doc.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-zoom-leave') === null;
  });
}

/** Waits until no antd table is still fading in from its loading state, so a screenshot shows its rows in full. */
export async function tablesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const g = globalThis as unknown as {
      document: { querySelectorAll(s: string): Iterable<unknown> };
      getComputedStyle(e: unknown): { opacity: string };
    };
    return [...g.document.querySelectorAll('.ant-spin-container')].every((e) => g.getComputedStyle(e).opacity === '1');
  });
}

/** Clicks screen points with the current tool, the last one double-clicked (which finishes a sketch). */
export async function clickPoints(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  for (const [i, p] of points.entries()) {
    await page.mouse.move(p.x, p.y, { steps: 2 });
    if (i < points.length - 1) await page.mouse.click(p.x, p.y);
    else await page.mouse.dblclick(p.x, p.y);
  }
}
