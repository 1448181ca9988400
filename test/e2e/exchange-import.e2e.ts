// Import through the dialog (issue 6 §1): a GBK Shapefile of two compounds in CGCS2000 GK (no .cpg, as survey
// offices send them) picked from the folder listing, previewed (fields, detected CRS, where it lands), checked,
// imported with the names intact, shown on the map (the view zooms to them), and removed again by one undo.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gkZoneEpsg } from '../../shared/geo/crs';
import { callBackend, fromFileMenu, homeDir, openApp, screenshot } from './harness';

type Box = [number, number, number, number];

function square(x: number, y: number, d: number): number[][][] {
  return [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ];
}

/** Two compounds just east of `box`, as a GBK Shapefile in the GK zone of the place, without .cpg. */
function writeShapefile(dir: string, box: Box): { shp: string; epsg: number } {
  const x = box[2] + 0.001;
  const y = (box[1] + box[3]) / 2;
  const features = [
    { name: '导入一村', year: 1988, x, y },
    { name: '导入二村', year: 1995, x: x + 0.0015, y },
  ].map((c) => ({
    type: 'Feature',
    properties: { 名称: c.name, 年代: c.year, 户数: 120 },
    geometry: { type: 'Polygon', coordinates: square(c.x, c.y, 0.001) },
  }));
  const src = join(dir, 'src.geojson');
  writeFileSync(src, JSON.stringify({ type: 'FeatureCollection', features }));
  const epsg = gkZoneEpsg(x);
  const shp = join(dir, '测绘小区.shp');
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', shp, src, '-t_srs', `EPSG:${epsg}`, '-lco', 'ENCODING=GBK']);
  rmSync(join(dir, '测绘小区.cpg'));
  return { shp, epsg };
}

const bboxOf = (rings: number[][][][]): Box => {
  const pts = rings.flat(2);
  const xs = pts.map((p) => p[0] as number);
  const ys = pts.map((p) => p[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

describe('import dialog', () => {
  it('imports a GBK Shapefile of compounds, shows them, and undoes the whole import in one step', async () => {
    const page = await openApp({ freshDemo: true });
    const before = await callBackend(page, 'features.load', {});
    const dir = join(homeDir(), `e2e-import-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    const { shp, epsg } = writeShapefile(dir, bboxOf(before.compounds.map((c) => c.geometry.coordinates)));

    await fromFileMenu(page, '导入数据…', 'import-dialog');
    await page.getByTestId('import-path').fill(`${dir}/`);
    await page.getByText('浏览…').click();
    await page.getByTestId('import-entry-测绘小区.shp').click();
    expect(await page.getByTestId('import-path').inputValue()).toBe(shp);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('SHP，2 个要素');
    expect(await page.getByTestId('import-mapping').textContent()).toContain('导入一村');
    expect(await page.getByTestId('import-crs').textContent()).toContain(`EPSG:${epsg}`);
    expect(await page.getByTestId('import-notices').textContent()).toContain('GBK');
    await page.getByTestId('import-location-data').waitFor();
    await screenshot(page, 'exchange-import-preview');

    await page.getByTestId('import-check').click();
    await page.getByText('检查结果（尚未写入）').waitFor();
    expect(await page.getByTestId('import-report-counts').textContent()).toContain('读取 2 个要素');
    expect((await callBackend(page, 'features.load', {})).compounds).toHaveLength(before.compounds.length);

    await page.getByTestId('import-run').click();
    await page.getByText('导入完成').waitFor({ timeout: 30_000 });
    const after = await callBackend(page, 'features.load', {});
    const added = after.compounds.filter((c) => !before.compounds.some((b) => b.id === c.id));
    expect(added.map((c) => c.name).sort()).toEqual(['导入一村', '导入二村']);
    expect(added.every((c) => c.households === 120)).toBe(true);
    await page.getByTestId('import-close').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await page.waitForTimeout(600); // the zoom animation
    const inView = await page.evaluate(
      (box) => {
        const map = (globalThis as unknown as { __rz: { map: { getBounds(): { contains(p: number[]): boolean } } } })
          .__rz.map;
        return map.getBounds().contains([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
      },
      bboxOf(added.map((c) => c.geometry.coordinates)),
    );
    expect(inView).toBe(true);
    await screenshot(page, 'exchange-import-done');

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await callBackend(page, 'features.load', {})).compounds.length)
      .toBe(before.compounds.length);
    await screenshot(page, 'exchange-import-undone');
  });
});
