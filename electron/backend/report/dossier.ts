import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pkg from '../../../package.json';
import { errorText } from '../../../shared/i18n/index';
import '../../../shared/i18n/report';
import { AppError } from '../../../shared/model/errors';
import type { ExportFormat } from '../../../shared/model/exchange';
import type { DossierOutcome, DossierResult, DossierRun } from '../../../shared/model/report';
import type { Package } from '../../../shared/model/tables';
import { exportOpenProject } from '../exchange/export';
import type { JobContext } from '../jobs';
import type { OpenProject } from '../project';
import { describeFiles, listFiles, safeFileName, zipFolder } from './files';
import { type PdfPrinter, reportRoute } from './printer';

export { printMinutes } from './minutes';

// The approval dossier (报批材料, issue 7 §2): per package a folder <out>/<package name>/ (or <name>.zip) holding the
// printed report, the package's data as GeoPackage, Shapefile (zip) and DXF, its Excel ledger, and manifest.json
// listing every file with its size and sha256. Each package is built in a hidden temp folder beside the target and
// renamed only when complete, so a failed or cancelled package leaves nothing that looks like a dossier.

export const DOSSIER_PDF = '报批材料.pdf';
export const DOSSIER_LEDGER = '台账.xlsx';
export const MANIFEST = 'manifest.json';

/** The data files of a dossier: exporter format → path in the folder. */
const DATA_FILES: { format: ExportFormat; path: (name: string) => string }[] = [
  { format: 'gpkg', path: (n) => `data/${n}.gpkg` },
  { format: 'shp', path: (n) => `data/${n}.zip` },
  { format: 'dxf', path: (n) => `data/${n}.dxf` },
  { format: 'xlsx', path: () => DOSSIER_LEDGER },
];
/** Steps per package: the PDF, each data file, the manifest (progress is reported per step). */
export const STEPS_PER_PACKAGE = DATA_FILES.length + 2;

interface Target {
  pkg: Package;
  folder: string; // the folder (or zip stem) name, unique within the run
}

function targetsOf(project: OpenProject, run: DossierRun): Target[] {
  const packages = project.load().packages;
  if (packages.length === 0) throw new AppError('report.noPackages');
  let chosen = packages;
  if (run.packageIds) {
    const byId = new Map(packages.map((p) => [p.id, p]));
    const missing = run.packageIds.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new AppError('report.unknownPackage', { ids: missing.join(', ') });
    chosen = [...new Set(run.packageIds)].map((id) => byId.get(id) as Package);
  } else {
    chosen = [...packages].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }
  const used = new Set<string>();
  return chosen.map((p) => {
    let folder = safeFileName(p.name, p.id.slice(0, 8));
    // Two packages with the same name still get two dossiers.
    if (used.has(folder.toLowerCase())) folder = `${folder}-${p.id.slice(0, 8)}`;
    used.add(folder.toLowerCase());
    return { pkg: p, folder };
  });
}

/** Export progress goes to the dossier's own progress line; only the exporters' cancel checks pass through. */
const quietJob = (job: JobContext) => ({ progress: () => {}, checkpoint: () => job.checkpoint() });

async function buildOne(
  project: OpenProject,
  target: Target,
  run: DossierRun & { out: string },
  job: JobContext,
  printer: PdfPrinter,
  step: (message: string) => void,
): Promise<DossierOutcome> {
  const { pkg: p, folder } = target;
  const finalPath = run.zip ? join(run.out, `${folder}.zip`) : join(run.out, folder);
  if (existsSync(finalPath)) throw new AppError('file.exists', { path: finalPath });
  const tmp = join(run.out, `.${folder}.${randomUUID().slice(0, 8)}.part`);
  await mkdir(join(tmp, 'data'), { recursive: true });
  try {
    // The report page draws its maps in Chromium while Node writes the data files: the two overlap.
    step(`${p.name}：${DOSSIER_PDF}`);
    const printed = printer.print(reportRoute('dossier', { package: p.id, paper: run.paper }), join(tmp, DOSSIER_PDF), {
      paper: run.paper,
    });
    const exported = (async () => {
      for (const file of DATA_FILES) {
        await exportOpenProject(
          project,
          { format: file.format, out: join(tmp, file.path(folder)), packageIds: [p.id] },
          quietJob(job),
        );
        step(`${p.name}：${file.path(folder)}`);
        await job.checkpoint();
      }
    })();
    // Both settle before the temp folder can be removed on failure.
    const [print, data] = await Promise.allSettled([printed, exported]);
    if (print.status === 'rejected') throw print.reason;
    if (data.status === 'rejected') throw data.reason;
    const { pages } = print.value;
    await job.checkpoint();
    step(`${p.name}：${MANIFEST}`);
    const files = await describeFiles(tmp, await listFiles(tmp));
    const manifest = {
      generated_at: new Date().toISOString(),
      app: { name: 'RenoZone', version: pkg.version },
      project: project.settings().project_name,
      package: { id: p.id, name: p.name },
      paper: run.paper,
      pages,
      files,
    };
    await writeFile(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const all = [...files, ...(await describeFiles(tmp, [MANIFEST]))];
    await job.checkpoint();
    if (run.zip) {
      const zipTmp = `${tmp}.zip`;
      try {
        await zipFolder(tmp, zipTmp);
        await rename(zipTmp, finalPath);
      } finally {
        await rm(zipTmp, { force: true });
      }
      await rm(tmp, { recursive: true, force: true });
    } else {
      await rename(tmp, finalPath);
    }
    return { packageId: p.id, packageName: p.name, path: finalPath, files: all, pages, error: null };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Builds the dossiers of `run.packageIds` (all packages when absent). A package that fails is reported in its
 * outcome's `error` and the next one is built; cancelling stops the run (finished packages stay, the current one
 * leaves nothing) and rejects with job.cancelled.
 */
export async function buildDossiers(
  project: OpenProject,
  run: DossierRun,
  job: JobContext,
  printer: PdfPrinter | undefined,
): Promise<DossierResult> {
  if (!printer) throw new AppError('report.printerUnavailable', { path: '-' });
  const targets = targetsOf(project, run);
  const out = resolve(run.out);
  await mkdir(out, { recursive: true });
  const total = targets.length * STEPS_PER_PACKAGE;
  let done = 0;
  const dossiers: DossierOutcome[] = [];
  for (const target of targets) {
    const first = done;
    const step = (message: string) => job.progress(done++, total, message);
    try {
      dossiers.push(await buildOne(project, target, { ...run, out }, job, printer, step));
    } catch (error) {
      if (job.cancelled || (error instanceof AppError && error.code === 'job.cancelled')) throw error;
      const data =
        error instanceof AppError ? error.toData() : { code: 'internal' as const, params: { detail: String(error) } };
      dossiers.push({
        packageId: target.pkg.id,
        packageName: target.pkg.name,
        path: null,
        files: [],
        pages: 0,
        error: errorText(data),
      });
    }
    done = first + STEPS_PER_PACKAGE;
    job.progress(done, total, target.pkg.name);
  }
  return { dossiers };
}
