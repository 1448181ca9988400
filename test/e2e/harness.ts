// What e2e specs say, in the user's words: open the app, open a fresh demo, call the backend, take a
// screenshot, find a place on the map. Playwright stays inside this file (and what specs do with `page`).
// Every page opened here is closed after its test, and a test fails if its page threw an uncaught error.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import {
  type CallInput,
  type CallName,
  type CallResult,
  HTTP_TOKEN_HEADER,
  httpCallPath,
  type WireResult,
} from '../../shared/api';

export const VIEWPORT = { width: 1600, height: 1000 };
export const ARTIFACTS_DIR = resolve('test/artifacts');
const READY_TIMEOUT_MS = 60_000;

/** What the map engineer exposes on window once the map has loaded and drawn the project. */
interface RzWindow {
  __rz?: {
    ready?: boolean;
    map: {
      project(lngLat: [number, number]): { x: number; y: number };
      getContainer(): { getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
      getZoom(): number;
      getCenter(): { toArray(): [number, number] };
      queryRenderedFeatures(
        geometry?: undefined,
        options?: { layers: string[] },
      ): { properties: Record<string, unknown> | null }[];
      jumpTo(view: { center: [number, number]; zoom: number }): void;
      once(event: 'idle', fn: () => void): void;
      triggerRepaint(): void;
    };
  };
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  fetch(url: string, init: object): Promise<{ json(): Promise<unknown> }>;
}

let browser: Promise<Browser> | null = null;
const getBrowser = () => {
  browser ??= chromium.connect(inject('wsEndpoint'));
  return browser;
};

interface Tracked {
  consoleErrors: string[];
  pageErrors: string[];
}
const tracked = new Map<Page, Tracked>();

afterEach(async () => {
  const pages = [...tracked.entries()];
  tracked.clear();
  await Promise.all(pages.map(([page]) => page.context().close()));
  const thrown = pages.flatMap(([, t]) => t.pageErrors);
  if (thrown.length > 0) throw new Error(`uncaught error(s) in the page:\n${thrown.join('\n')}`);
});

export const baseUrl = (): string => inject('baseUrl');
export const homeDir = (): string => inject('homeDir');

/** Console messages of type error seen so far on this page (a spec asserts on them where it matters). */
export const consoleErrors = (page: Page): string[] => [...(tracked.get(page)?.consoleErrors ?? [])];

/** Waits until the map has loaded and drawn the project (`window.__rz.ready`). */
export async function waitReady(page: Page): Promise<void> {
  try {
    // The predicate runs in the page: it can use nothing from this module's scope.
    await page.waitForFunction(() => (globalThis as unknown as RzWindow).__rz?.ready === true, undefined, {
      timeout: READY_TIMEOUT_MS,
    });
  } catch (error) {
    const state = await page
      .evaluate(() => JSON.stringify({ rz: (globalThis as unknown as RzWindow).__rz?.ready ?? 'absent' }))
      .catch(() => 'page unavailable');
    await screenshot(page, 'not-ready').catch(() => {});
    const errors = [...(tracked.get(page)?.pageErrors ?? []), ...consoleErrors(page)].join('\n');
    throw new Error(`the map never became ready (${state}; see test/artifacts/not-ready.png): ${String(error)}
page errors:\n${errors}`);
  }
}

/**
 * A fresh browser context and page (1600×1000, zh-CN) on the app, ready to use. Spec files share one server,
 * so if an earlier spec left no project open, this opens a demo copy first (the map is only ready with one).
 * `freshDemo`: on a fresh copy of the demo district, switched to before the map first draws (openFreshDemo after
 * openApp would draw the map twice: seconds per spec on SwiftShader).
 */
export async function openApp(options: { freshDemo?: boolean } = {}): Promise<Page> {
  const context = await (await getBrowser()).newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const t: Tracked = { consoleErrors: [], pageErrors: [] };
  tracked.set(page, t);
  page.on('console', (msg) => {
    if (msg.type() === 'error') t.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => t.pageErrors.push(error.stack ?? error.message));
  await page.goto(baseUrl());
  if (options.freshDemo || (await callBackend(page, 'project.current', {})) === null) {
    await callBackend(page, 'project.openDemo', {});
    await page.reload();
  }
  await waitReady(page);
  return page;
}

/**
 * Runs one contract call through the page's own origin and token; throws on a backend error. `direct`: posts it from
 * the test process instead (same origin, same token): for large inputs, which Playwright would take ~20 s to hand to
 * the page (13 MB of rows).
 */
export async function callBackend<K extends CallName>(
  page: Page,
  name: K,
  input: CallInput<K>,
  options: { direct?: boolean } = {},
): Promise<CallResult<K>> {
  const request = {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: await pageToken(page) },
    body: JSON.stringify(input),
  };
  const path = httpCallPath(name);
  const wire = options.direct
    ? await fetch(new URL(path, baseUrl()), request).then((res) => res.json())
    : await page.evaluate(
        async ({ path, request }) => (await (globalThis as unknown as RzWindow).fetch(path, request)).json(),
        { path, request },
      );
  const result = wire as WireResult<CallResult<K>>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.value;
}

/** The backend token the page was served with. */
const pageToken = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      (globalThis as unknown as RzWindow).document
        .querySelector('meta[name="renozone-token"]')
        ?.getAttribute('content') ?? '',
  );

/** Replaces the open project with a fresh copy of the demo district, then reloads and waits for the map. */
export async function openFreshDemo(page: Page): Promise<void> {
  await callBackend(page, 'project.openDemo', {});
  await page.reload();
  await waitReady(page);
}

/** Saves test/artifacts/<name>.png (ignored by git) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Page coordinates of a lon/lat, first panning the map to it when it lies outside the map's visible part (an open
 * table drawer shrinks the map, and a point near its old bottom edge would be a click on the table).
 */
export async function lngLatInView(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const margin = 20;
  const box = await page.evaluate(() => {
    const rz = (globalThis as unknown as RzWindow).__rz;
    if (!rz) throw new Error('map not ready');
    const r = rz.map.getContainer().getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.left + r.width, bottom: r.top + r.height };
  });
  const p = await lngLatToScreen(page, lngLat);
  const inside =
    p.x > box.left + margin && p.x < box.right - margin && p.y > box.top + margin && p.y < box.bottom - margin;
  if (inside) return p;
  await page.evaluate(
    (c) =>
      new Promise<void>((done) => {
        const rz = (globalThis as unknown as RzWindow).__rz;
        if (!rz) throw new Error('map not ready');
        rz.map.once('idle', () => done());
        rz.map.jumpTo({ center: c, zoom: rz.map.getZoom() });
        rz.map.triggerRepaint();
      }),
    lngLat,
  );
  return lngLatToScreen(page, lngLat);
}

/** Page coordinates (for page.mouse) of a lon/lat on the map. */
export async function lngLatToScreen(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const rz = (globalThis as unknown as RzWindow).__rz;
    if (!rz) throw new Error('map not ready');
    const p = rz.map.project(ll);
    const box = rz.map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

/**
 * The properties of the distinct features a map layer draws in the current view. A feature crossing tile
 * borders comes back once per tile, so identical property sets are kept once.
 */
export const renderedProperties = (page: Page, layer: string): Promise<Record<string, unknown>[]> =>
  page.evaluate((id) => {
    const rz = (globalThis as unknown as RzWindow).__rz;
    if (!rz) throw new Error('map not ready');
    const distinct = new Map<string, Record<string, unknown>>();
    for (const f of rz.map.queryRenderedFeatures(undefined, { layers: [id] })) {
      const properties = f.properties ?? {};
      distinct.set(JSON.stringify(properties), properties);
    }
    return [...distinct.values()];
  }, layer);

/** The map view's centre (lon/lat). */
export const mapCenter = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => {
    const rz = (globalThis as unknown as RzWindow).__rz;
    if (!rz) throw new Error('map not ready');
    return rz.map.getCenter().toArray();
  });

/** Moves the map to `center` at `zoom` and waits until it has drawn there. */
export async function viewAt(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((done) => {
        const rz = (globalThis as unknown as RzWindow).__rz;
        if (!rz) throw new Error('map not ready');
        rz.map.once('idle', () => done());
        rz.map.jumpTo({ center: c as [number, number], zoom: z as number });
        rz.map.triggerRepaint();
      }),
    [center, zoom] as const,
  );
}

/**
 * Polls `probe` every 100 ms, for up to `timeoutMs`, until it gives a value (undefined and false mean not yet): for
 * what lands in the project or on the map a moment after an input (a drawn feature saved, a label rendered).
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 6_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a dialog from the 文件 menu: the menu, its item, the dialog. On a loaded machine a click can land while the
 * dropdown is still opening and be lost; then the menu is closed and the whole step tried again (three times).
 */
export async function fromFileMenu(page: Page, item: string, dialogTestId: string): Promise<void> {
  const dialog = page.getByTestId(dialogTestId);
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('menu-file').click();
    await page.getByText(item).last().click();
    try {
      await dialog.waitFor({ timeout: 10_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}
