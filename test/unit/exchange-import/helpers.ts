import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { importIntoOpenProject } from '../../../electron/backend/exchange/import';
import type { JobContext } from '../../../electron/backend/jobs';
import { OpenProject } from '../../../electron/backend/project';
import { createProjectFile, openProjectFile } from '../../../electron/backend/store/project-file';
import type { ImportRun } from '../../../shared/model/exchange';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';

// Fixtures for the import tests: the committed GeoJSON sources (test/fixtures/exchange/in) converted by GDAL's
// ogr2ogr into the formats under test, in a temp folder per test file; fresh projects; a job that never cancels.

export const IN = path.resolve(__dirname, '../../fixtures/exchange/in');

const dirs: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-import-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function ogr2ogr(args: string[]): void {
  execFileSync('ogr2ogr', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A Shapefile of `source` (a fixture name) in `srs` with DBF text in `encoding`; the .cpg removed when asked. */
export function makeShapefile(
  dir: string,
  name: string,
  source: string,
  opts: { srs?: string; encoding?: 'GBK' | 'UTF-8'; dropCpg?: boolean } = {},
): string {
  const out = path.join(dir, `${name}.shp`);
  ogr2ogr([
    '-f',
    'ESRI Shapefile',
    out,
    path.join(IN, source),
    '-t_srs',
    opts.srs ?? 'EPSG:4326',
    '-lco',
    `ENCODING=${opts.encoding ?? 'UTF-8'}`,
    '-nlt',
    'PROMOTE_TO_MULTI',
  ]);
  if (opts.dropCpg) fs.rmSync(path.join(dir, `${name}.cpg`));
  return out;
}

/** A new empty project file, open (the caller closes it). */
export function newProject(dir: string, name = 'project.gpkg'): OpenProject {
  const file = path.join(dir, name);
  createProjectFile(file, { settings: DEFAULT_SETTINGS });
  return new OpenProject(file, openProjectFile(file));
}

export const JOB: JobContext = { jobId: 'test', progress: () => {}, checkpoint: async () => {}, cancelled: false };

export function run(
  pathToSource: string,
  layer: ImportRun['layer'],
  mapping: Record<string, string>,
  extra: Partial<ImportRun> = {},
): ImportRun {
  return { source: { path: pathToSource }, layer, mapping, dryRun: false, ...extra };
}

export const importInto = (project: OpenProject, r: ImportRun, job: JobContext = JOB) =>
  importIntoOpenProject(project, r, job);

/** Runs `body` on a new empty project in a fresh temp folder, and closes the project however `body` ends. */
export async function withNewProject(body: (project: OpenProject, dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  const project = newProject(dir);
  try {
    await body(project, dir);
  } finally {
    project.close();
  }
}

/** Imports the committed compounds.geojson (four compounds) into `project`, its columns mapped by `mapping`. */
export const importCompounds = (
  project: OpenProject,
  mapping: Record<string, string>,
  extra: Partial<ImportRun> = {},
) => importInto(project, run(path.join(IN, 'compounds.geojson'), 'compounds', mapping, extra));

/** A minimal R12-style DXF: one closed LWPOLYLINE on 小区边界, one open on 道路 (projected coordinates). */
export function dxfText(): string {
  const poly = (layer: string, closed: boolean, pts: [number, number][]) => [
    '0',
    'LWPOLYLINE',
    '8',
    layer,
    '90',
    String(pts.length),
    '70',
    closed ? '1' : '0',
    ...pts.flatMap(([x, y]) => ['10', String(x), '20', String(y)]),
  ];
  const lines = [
    '0',
    'SECTION',
    '2',
    'ENTITIES',
    ...poly('小区边界', true, [
      [569900, 2943000],
      [570100, 2943000],
      [570100, 2943150],
      [569900, 2943150],
    ]),
    ...poly('道路', false, [
      [569900, 2942990],
      [570100, 2942990],
    ]),
    '0',
    'ENDSEC',
    '0',
    'EOF',
  ];
  return `${lines.join('\n')}\n`;
}
