// The approval dossier and the minutes printed for real (issue 7 §3): the web host's Chromium printer opens the
// report page, the PDF is read back with poppler (text, page count and size), its first pages are rasterised into
// test/artifacts to be looked at, and the data files must open in GDAL. A cancelled run must leave nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierModel } from '../../renderer/src/report/dossierModel';
import { formatYuan } from '../../renderer/src/report/format';
import { prepareDossierDemo } from '../unit/report/prepare';
import { ARTIFACTS_DIR, callBackend, fromFileMenu, homeDir, openApp, screenshot } from './harness';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
/** pdftotext flattens table cells onto lines; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('report: dossier and minutes', () => {
  it('prints a package dossier that reads back with the package, its compounds and the estimate total', {
    timeout: 600_000,
  }, async () => {
    const page = await openApp({ freshDemo: true });
    const call = ((name, input) => callBackend(page, name, input)) as Parameters<typeof prepareDossierDemo>[0];
    // A mid-sized package (≤ 8 compounds) keeps the run short on a busy machine; the bench prints the biggest.
    const prepared = await prepareDossierDemo(
      call,
      (ps) => [...ps].filter((p) => p.compounds <= 8).sort((a, b) => b.compounds - a.compounds)[0]?.id,
    );
    const rows = await callBackend(page, 'features.load', {});
    const project = await callBackend(page, 'project.current', {});
    if (!project) throw new Error('no project');
    const model = dossierModel(rows, project.settings, prepared.pkg.id, null);
    expect(model?.estimate.total).toBeGreaterThan(0);

    const out = join(homeDir(), `e2e-报批-${Date.now()}`);
    const { dossiers } = await callBackend(page, 'dossier.build', { packageIds: [prepared.pkg.id], paper: 'A4', out });
    const [d] = dossiers;
    expect(d?.error).toBeNull();
    const folder = d?.path ?? '';
    const pdf = join(folder, '报批材料.pdf');

    const text = squash(run('pdftotext', ['-layout', pdf, '-']));
    expect(text).toContain(squash(prepared.pkg.name));
    for (const name of prepared.compoundNames) expect(text).toContain(squash(name));
    expect(text).toContain(formatYuan(model?.estimate.total ?? -1));
    expect(text).toContain('消防车道净宽不小于4米');
    expect(text).toContain('EPSG:45');
    // Leftover land lists parking as stalls (a count of 停车位, not of car parks), as the panel does.
    const members = new Set(
      rows.package_members.filter((m) => m.package_id === prepared.pkg.id).map((m) => m.compound_id),
    );
    const stalls = rows.leftover_pieces
      .filter((p) => members.has(p.compound_id))
      .map((p) => p.fits.find((f) => f.type === 'parking')?.count ?? 0)
      .find((n) => n > 0);
    expect(text).toContain(`停车位×${stalls}`);
    expect(text).not.toContain('地面停车场×');
    // The proposed facilities with their checks: one meets them all, one stands on a building.
    expect(text).toContain(squash('均满足'));
    expect(text).toContain(squash(`不压占建筑 · ${prepared.buildingName}`));

    const info = run('pdfinfo', [pdf]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(d?.pages);
    // cover + contents + overview + 2 maps + a sheet per compound + 6 more sections at least
    expect(d?.pages).toBeGreaterThanOrEqual(11 + prepared.compoundNames.length);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Math.round(Number(size?.[1]))).toBe(595);
    expect(Math.round(Number(size?.[2]))).toBe(842);

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    run('pdftoppm', ['-r', '60', '-f', '1', '-l', '6', '-png', pdf, join(ARTIFACTS_DIR, 'report-dossier-a4')]);
    // The leftover land table's sheet (its list of what fits is the longest cell of the dossier) and the proposed
    // facilities' sheet with their checks, legible.
    const pageWith = (needle: string): number | undefined =>
      Array.from({ length: d?.pages ?? 0 }, (_, i) => i + 1).find((n) =>
        squash(run('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'])).includes(needle),
      );
    const sheetPng = (page: number | undefined, name: string) => {
      expect(page).toBeDefined();
      const at = String(page);
      run('pdftoppm', ['-r', '90', '-f', at, '-l', at, '-singlefile', '-png', pdf, join(ARTIFACTS_DIR, name)]);
    };
    sheetPng(pageWith('停车位×'), 'report-leftover');
    sheetPng(pageWith('压楼收集点'), 'report-facilities');
    expect(readdirSync(ARTIFACTS_DIR).filter((f) => f.startsWith('report-dossier-a4')).length).toBeGreaterThanOrEqual(
      6,
    );

    const data = join(folder, 'data');
    const name =
      readdirSync(data)
        .find((f) => f.endsWith('.gpkg'))
        ?.replace(/\.gpkg$/, '') ?? '';
    expect(run('ogrinfo', ['-ro', '-so', join(data, `${name}.gpkg`), 'compounds'])).toContain(
      `Feature Count: ${prepared.compoundNames.length}`,
    );
    expect(run('ogrinfo', ['-ro', '-so', `/vsizip/${join(data, `${name}.zip`)}`])).toMatch(/compounds/);
    expect(run('ogrinfo', ['-ro', '-so', join(data, `${name}.dxf`)])).toMatch(/entities/);

    // Minutes of the meeting: departments, verdicts, conditions, the summary line.
    const minutes = await callBackend(page, 'review.minutes', {
      meetingId: prepared.meeting.id,
      paper: 'A4',
      out: join(out, '会议纪要.pdf'),
    });
    const mText = squash(run('pdftotext', ['-layout', minutes.path, '-']));
    for (const dept of ['住建', '消防', '燃气']) expect(mText).toContain(dept);
    for (const verdict of ['通过', '有条件通过', '不通过']) expect(mText).toContain(verdict);
    expect(mText).toContain('消防车道净宽不小于4米');
    expect(mText).toContain(squash('通过 1 条，有条件通过 1 条，不通过 1 条'));
    run('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', minutes.path, join(ARTIFACTS_DIR, 'report-minutes')]);

    // A3: the same route, the bigger sheet.
    const a3 = await callBackend(page, 'dossier.build', {
      packageIds: [prepared.pkg.id],
      paper: 'A3',
      out: join(out, 'A3'),
    });
    const a3Info = run('pdfinfo', [join(a3.dossiers[0]?.path ?? '', '报批材料.pdf')]);
    const a3Size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(a3Info);
    expect([Math.round(Number(a3Size?.[1])), Math.round(Number(a3Size?.[2]))]).toEqual([842, 1191]);
  });

  // The job dialogs' shared footer (app/useJob.ts, app/JobFooter.tsx) as a user meets it: while the job runs the
  // progress bar and 取消 replace 关闭; 取消 stops it (a notice, nothing written) and 关闭 is back.
  it('a dossier cancelled from the dialog leaves nothing behind', { timeout: 300_000 }, async () => {
    const page = await openApp();
    if ((await callBackend(page, 'features.load', {})).packages.length === 0)
      throw new Error('the previous test bundles the demo');
    await fromFileMenu(page, '报批材料…', 'dossier-dialog');
    const out = join(homeDir(), `e2e-取消-${Date.now()}`);
    await page.getByTestId('dossier-out').fill(out);
    await page.getByTestId('dossier-run').click();
    await page.getByTestId('dossier-progress').waitFor();
    await page.getByTestId('dossier-close').waitFor({ state: 'detached' });
    await screenshot(page, 'job-dialog-running');
    await page.getByTestId('dossier-cancel').click();
    // The job stops at its next step boundary; printing a sheet is one step and takes long on a loaded machine.
    await page.getByText('操作已取消，项目未作更改。').waitFor({ timeout: 120_000 });
    await page.getByTestId('dossier-close').waitFor();
    expect(await page.getByTestId('dossier-progress').count()).toBe(0);
    expect(await page.getByTestId('dossier-result').count()).toBe(0);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
