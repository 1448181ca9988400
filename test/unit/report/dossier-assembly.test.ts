// Dossier assembly (issue 7 §2) with a stand-in printer: the folder layout, the manifest's digests, zip output,
// a failing package that leaves nothing, cancelling that leaves nothing, and the minutes' temp-and-rename.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DOSSIER_LEDGER, DOSSIER_PDF, MANIFEST, STEPS_PER_PACKAGE } from '../../../electron/backend/report/dossier';
import { AppError } from '../../../shared/model/errors';
import { addMeeting, demoWithPackages, type Fixture } from './helpers';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('dossier.build', () => {
  let fx: Fixture;
  afterEach(() => fx?.remove());

  it('writes one complete folder per package with a manifest of sha256 digests', async () => {
    fx = await demoWithPackages();
    const rows = await fx.backend.handlers['features.load']({});
    const pkg = [...rows.packages].sort((a, b) => b.name.localeCompare(a.name))[0];
    if (!pkg) throw new Error('no package');
    const out = join(fx.home, 'out');
    const result = await fx.backend.handlers['dossier.build']({ packageIds: [pkg.id], paper: 'A3', out, jobId: 'j1' });
    const [d] = result.dossiers;
    expect(d?.error).toBeNull();
    expect(d?.path).toBe(join(out, pkg.name));
    expect(d?.pages).toBe(5);
    expect(fx.printer.routes).toEqual([`dossier?package=${pkg.id}&paper=A3`]);
    const folder = d?.path ?? '';
    expect(readdirSync(out)).toEqual([pkg.name]); // no temp folder left beside it
    const paths = d?.files.map((f) => f.path).sort();
    expect(paths).toEqual(
      [
        DOSSIER_PDF,
        DOSSIER_LEDGER,
        MANIFEST,
        `data/${pkg.name}.dxf`,
        `data/${pkg.name}.gpkg`,
        `data/${pkg.name}.zip`,
      ].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8'));
    expect(manifest.package).toEqual({ id: pkg.id, name: pkg.name });
    expect(manifest.paper).toBe('A3');
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Number.isNaN(Date.parse(manifest.generated_at))).toBe(false);
    for (const f of manifest.files) {
      expect(sha(join(folder, f.path))).toBe(f.sha256);
      expect(readFileSync(join(folder, f.path)).length).toBe(f.bytes);
    }
    // The package's GeoPackage holds its compounds only.
    const members = rows.package_members.filter((m) => m.package_id === pkg.id).length;
    const info = execFileSync('ogrinfo', ['-ro', '-so', join(folder, `data/${pkg.name}.gpkg`), 'compounds'], {
      encoding: 'utf8',
    });
    expect(info).toContain(`Feature Count: ${members}`);
    // Progress per step, ending at the total.
    const mine = fx.progress.filter((p) => p.jobId === 'j1');
    expect(mine.at(-1)).toMatchObject({ done: STEPS_PER_PACKAGE, total: STEPS_PER_PACKAGE });
  });

  it('zips each dossier when asked', async () => {
    fx = await demoWithPackages();
    const rows = await fx.backend.handlers['features.load']({});
    const pkg = rows.packages[0];
    if (!pkg) throw new Error('no package');
    const out = join(fx.home, 'zips');
    const { dossiers } = await fx.backend.handlers['dossier.build']({
      packageIds: [pkg.id],
      paper: 'A4',
      out,
      zip: true,
    });
    expect(dossiers[0]?.path).toBe(join(out, `${pkg.name}.zip`));
    expect(readdirSync(out)).toEqual([`${pkg.name}.zip`]);
    const entries = Object.keys(unzipSync(readFileSync(join(out, `${pkg.name}.zip`))));
    expect(entries).toContain(DOSSIER_PDF);
    expect(entries).toContain(MANIFEST);
    expect(entries).toContain(`data/${pkg.name}.gpkg`);
  });

  it('reports a failing package and leaves nothing of it, then builds the next one', async () => {
    fx = await demoWithPackages();
    const rows = await fx.backend.handlers['features.load']({});
    const [bad, good] = rows.packages;
    if (!bad || !good) throw new Error('two packages needed');
    fx.printer.before = (route) => {
      if (route.includes(bad.id)) throw new AppError('report.failed', { detail: '测试：打印失败' });
    };
    const out = join(fx.home, 'out');
    const { dossiers } = await fx.backend.handlers['dossier.build']({
      packageIds: [bad.id, good.id],
      paper: 'A4',
      out,
    });
    expect(dossiers[0]).toMatchObject({ packageId: bad.id, path: null, files: [] });
    expect(dossiers[0]?.error).toContain('测试：打印失败');
    expect(dossiers[1]?.error).toBeNull();
    expect(readdirSync(out)).toEqual([good.name]);
  });

  it('refuses to replace an existing dossier folder', async () => {
    fx = await demoWithPackages();
    const rows = await fx.backend.handlers['features.load']({});
    const pkg = rows.packages[0];
    if (!pkg) throw new Error('no package');
    const out = join(fx.home, 'out');
    await fx.backend.handlers['dossier.build']({ packageIds: [pkg.id], paper: 'A4', out });
    const again = await fx.backend.handlers['dossier.build']({ packageIds: [pkg.id], paper: 'A4', out });
    expect(again.dossiers[0]?.error).toContain('已存在');
  });

  it('cancelled: rejects with job.cancelled and leaves nothing behind', async () => {
    fx = await demoWithPackages();
    const rows = await fx.backend.handlers['features.load']({});
    const pkg = rows.packages[0];
    if (!pkg) throw new Error('no package');
    fx.printer.before = () => {
      fx.backend.handlers['job.cancel']({ jobId: 'cancel-me' });
    };
    const out = join(fx.home, 'out');
    await expect(
      fx.backend.handlers['dossier.build']({ packageIds: [pkg.id], paper: 'A4', out, jobId: 'cancel-me' }),
    ).rejects.toMatchObject({ code: 'job.cancelled' });
    expect(readdirSync(out)).toEqual([]);
  });

  it('names unknown packages', async () => {
    fx = await demoWithPackages();
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(
      fx.backend.handlers['dossier.build']({ packageIds: [missing], paper: 'A4', out: join(fx.home, 'x') }),
    ).rejects.toMatchObject({ code: 'report.unknownPackage' });
  });

  it('without a printer: report.printerUnavailable', async () => {
    const { createBackend } = await import('../../../electron/backend/index');
    fx = await demoWithPackages();
    const bare = createBackend({ homeDir: join(fx.home, 'bare'), emit: () => {} });
    try {
      await bare.startup();
      await expect(bare.handlers['dossier.build']({ paper: 'A4', out: join(fx.home, 'y') })).rejects.toMatchObject({
        code: expect.stringMatching(/^report\./),
      });
    } finally {
      bare.dispose();
    }
  });
});

describe('review.minutes', () => {
  let fx: Fixture;
  afterEach(() => fx?.remove());

  it('prints the meeting route to the PDF path, refuses to overwrite unless asked', async () => {
    fx = await demoWithPackages();
    const { meeting } = await addMeeting(fx.backend);
    const out = join(fx.home, '纪要');
    const result = await fx.backend.handlers['review.minutes']({ meetingId: meeting.id, paper: 'A4', out });
    expect(result.path).toBe(`${out}.pdf`);
    expect(result.pages).toBe(5);
    expect(fx.printer.routes).toEqual([`minutes?meeting=${meeting.id}&paper=A4`]);
    expect(existsSync(`${out}.pdf`)).toBe(true);
    await expect(
      fx.backend.handlers['review.minutes']({ meetingId: meeting.id, paper: 'A4', out }),
    ).rejects.toMatchObject({ code: 'file.exists' });
    await fx.backend.handlers['review.minutes']({ meetingId: meeting.id, paper: 'A3', out, overwrite: true });
    expect(readdirSync(fx.home).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('names an unknown meeting', async () => {
    fx = await demoWithPackages();
    await expect(
      fx.backend.handlers['review.minutes']({
        meetingId: '00000000-0000-4000-8000-000000000000',
        paper: 'A4',
        out: join(fx.home, 'm.pdf'),
      }),
    ).rejects.toMatchObject({ code: 'report.unknownMeeting' });
  });
});
