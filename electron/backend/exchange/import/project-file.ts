import fs from 'node:fs';
import os from 'node:os';
import { basename, extname } from 'node:path';
import type { ImportReport, ImportRun } from '../../../../shared/model/exchange';
import { DEFAULT_SETTINGS } from '../../../../shared/model/settings';
import { gkZoneForLongitude } from '../../gpkg/srs';
import type { JobContext } from '../../jobs';
import { OpenProject } from '../../project';
import { createProjectFile, openProjectFile } from '../../store/project-file';
import { importIntoOpenProject, type PreparedSource, prepareSource } from '../import';
import { rawExtent } from './resolve';

// `renozone import` and the bench: import into a project file, creating it first when it does not exist. A new
// project's metric zone is the 3° GK zone of the data's centre (as the app chooses it for drawn data); when the
// import fails, the file it created is removed again, so a failed import leaves the disk as it was.

export const QUIET_JOB: JobContext = { jobId: 'cli', progress: () => {}, checkpoint: async () => {}, cancelled: false };

export async function importIntoProjectFile(
  file: string,
  run: ImportRun,
  job: JobContext = QUIET_JOB,
): Promise<{ report: ImportReport; created: boolean }> {
  let created = false;
  const prepared = await prepareSource(run.source, async () => job.checkpoint());
  if (!fs.existsSync(file)) {
    const centre = centreLongitude(prepared);
    const name = basename(file, extname(file));
    const settings = {
      ...DEFAULT_SETTINGS,
      project_name: name,
      ...(centre === null ? {} : { metric_epsg: gkZoneForLongitude(centre) }),
    };
    if (!run.dryRun) {
      createProjectFile(file, { settings });
      created = true;
    }
  }
  if (run.dryRun && !fs.existsSync(file))
    return { report: await dryRunWithoutProject(run, job, prepared), created: false };
  let project: OpenProject | null = null;
  try {
    project = new OpenProject(file, openProjectFile(file));
    const { report } = await importIntoOpenProject(project, run, job, prepared);
    return { report, created };
  } catch (e) {
    project?.close();
    project = null;
    if (created) removeProjectFile(file);
    throw e;
  } finally {
    project?.close();
  }
}

/** A dry run into a project that does not exist yet: a throwaway project in memory-backed temp space. */
async function dryRunWithoutProject(run: ImportRun, job: JobContext, prepared: PreparedSource): Promise<ImportReport> {
  const tmp = fs.mkdtempSync(`${os.tmpdir()}/rz-import-`);
  const file = `${tmp}/dry-run.gpkg`;
  try {
    createProjectFile(file, { settings: DEFAULT_SETTINGS });
    const project = new OpenProject(file, openProjectFile(file));
    try {
      return (await importIntoOpenProject(project, run, job, prepared)).report;
    } finally {
      project.close();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function removeProjectFile(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** Longitude of the data's centre (the centre of its source extent, transformed), or null without geometry. */
function centreLongitude({ data, transform }: PreparedSource): number | null {
  const e = rawExtent(data);
  if (!e || !transform) return null;
  const lon = transform((e[0] + e[2]) / 2, (e[1] + e[3]) / 2)[0];
  return Number.isFinite(lon) && Math.abs(lon) <= 180 ? lon : null;
}
