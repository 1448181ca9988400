import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { exportOpenProject } from '../../../electron/backend/exchange/export';
import { OpenProject } from '../../../electron/backend/project';
import { createProjectFile, openProjectFile } from '../../../electron/backend/store/project-file';
import { AppError } from '../../../shared/model/errors';
import { EXPORT_FORMATS } from '../../../shared/model/exchange';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { NO_JOB_CONTEXT, openBundledDemo, tempDir } from './fixtures';

// A failed or cancelled export leaves nothing behind: no output, no temp file, an existing file untouched.

let dir: string;
let project: OpenProject;
beforeAll(() => {
  dir = tempDir();
  project = openBundledDemo(dir);
});
afterAll(() => project.close());

/** A job that is cancelled at its n-th checkpoint. */
function cancelledAt(n: number) {
  let seen = 0;
  return {
    ...NO_JOB_CONTEXT,
    progress: () => {},
    checkpoint: async () => {
      if (++seen >= n) throw new AppError('job.cancelled');
    },
  };
}

describe('failed exports leave nothing behind', () => {
  test.each(EXPORT_FORMATS)('%s: cancelled midway → job.cancelled, folder unchanged', async (format) => {
    const out = fs.mkdtempSync(path.join(dir, `cancel-${format}-`));
    await expect(
      exportOpenProject(project, { format, out: path.join(out, `x.${format}`) }, cancelledAt(2)),
    ).rejects.toMatchObject({ code: 'job.cancelled' });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test.skipIf(process.getuid?.() === 0)('an unwritable folder → export.failed, nothing written', async () => {
    const locked = fs.mkdtempSync(path.join(dir, 'ro-'));
    fs.chmodSync(locked, 0o555);
    try {
      const err = await exportOpenProject(
        project,
        { format: 'shp', out: path.join(locked, 'x.zip') },
        NO_JOB_CONTEXT,
      ).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'export.failed' });
      expect(fs.readdirSync(locked)).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  test('the rename fails at the very end (target is a folder) → export.failed, temp file removed', async () => {
    const parent = fs.mkdtempSync(path.join(dir, 'late-'));
    const out = path.join(parent, 'taken.kml');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'inside.txt'), 'x');
    await expect(
      exportOpenProject(project, { format: 'kml', out, overwrite: true }, NO_JOB_CONTEXT),
    ).rejects.toMatchObject({
      code: 'export.failed',
    });
    expect(fs.readdirSync(parent)).toEqual(['taken.kml']);
  });

  test('a folder that does not exist → export.failed', async () => {
    const out = path.join(dir, 'missing', 'x.kml');
    await expect(exportOpenProject(project, { format: 'kml', out }, NO_JOB_CONTEXT)).rejects.toMatchObject({
      code: 'export.failed',
    });
  });

  test('an empty project: flat formats say there is nothing to export, gpkg and xlsx still work', async () => {
    const empty = path.join(dir, 'empty.gpkg');
    createProjectFile(empty, { settings: { ...DEFAULT_SETTINGS } });
    const p = new OpenProject(empty, openProjectFile(empty));
    try {
      const out = fs.mkdtempSync(path.join(dir, 'empty-out-'));
      await expect(
        exportOpenProject(p, { format: 'shp', out: path.join(out, 'x.zip') }, NO_JOB_CONTEXT),
      ).rejects.toMatchObject({
        code: 'export.empty',
      });
      expect(fs.readdirSync(out)).toEqual([]);
      const gpkg = await exportOpenProject(p, { format: 'gpkg', out: path.join(out, 'x.gpkg') }, NO_JOB_CONTEXT);
      expect(gpkg.counts.compounds).toBe(0);
      const xlsx = await exportOpenProject(p, { format: 'xlsx', out: path.join(out, 'x.xlsx') }, NO_JOB_CONTEXT);
      expect(xlsx.counts.compounds).toBe(0);
    } finally {
      p.close();
    }
  });

  test('an existing file is kept unless overwrite', async () => {
    const out = path.join(dir, 'exists.dxf');
    fs.writeFileSync(out, 'keep me');
    await expect(exportOpenProject(project, { format: 'dxf', out }, NO_JOB_CONTEXT)).rejects.toMatchObject({
      code: 'file.exists',
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    await exportOpenProject(project, { format: 'dxf', out, overwrite: true }, NO_JOB_CONTEXT);
    expect(fs.readFileSync(out, 'latin1')).toContain('AC1009');
  });

  test('through the backend: job.cancel during exchange.export stops it, no file', async () => {
    const home = fs.mkdtempSync(path.join(dir, 'home-'));
    const events: unknown[] = [];
    const backend = createBackend({ homeDir: home, emit: (e, p) => void events.push([e, p]) });
    try {
      await backend.handlers['project.openDemo']({});
      const out = path.join(home, 'cancelled.gpkg');
      const running = backend.handlers['exchange.export']({ format: 'gpkg', out, jobId: 'export-1' });
      expect(await backend.handlers['job.cancel']({ jobId: 'export-1' })).toBe(true);
      await expect(running).rejects.toMatchObject({ code: 'job.cancelled' });
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(home).filter((f) => f.includes('cancelled'))).toEqual([]);
      const done = await backend.handlers['exchange.export']({ format: 'gpkg', out, jobId: 'export-2' });
      expect(done.files).toEqual([out]);
      expect(events.some((e) => (e as [string, { jobId: string }])[1]?.jobId === 'export-2')).toBe(true);
    } finally {
      backend.dispose();
    }
  });
});
