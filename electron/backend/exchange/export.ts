import path from 'node:path';
import { AppError } from '../../../shared/model/errors';
import type { ExportFormat, ExportResult } from '../../../shared/model/exchange';
import { OpenProject } from '../project';
import { openProjectFile } from '../store/project-file';
import { type ExportRows, selectRows } from './select-rows';
import { writeDxf } from './write/dxf';
import { writeGeojsonZip } from './write/geojson';
import { writeGpkg } from './write/gpkg';
import { copyProjectGpkg } from './write/gpkg-copy';
import { writeKml } from './write/kml';
import { exportLayers, layerCounts } from './write/layers';
import { writeAtomically } from './write/output';
import { type ExportJob, NO_JOB } from './write/progress';
import { writeShapefileZip } from './write/shp';
import { writeLedger } from './write/xlsx';

// `exchange.export` and `renozone export` (issue 6 §2): the rows of the project or of some packages, written in one
// format to one file. Every writer fills a temp file beside the target that is renamed at the end, so a failed or
// cancelled export leaves nothing behind. exportRows takes plain rows, for other backend code (issue 7's dossier).

/** The file an export writes: Shapefile and GeoJSON sets are one .zip, so `.zip` is added when missing. */
export function exportTarget(format: ExportFormat, out: string): string {
  const resolved = path.resolve(out);
  if ((format === 'shp' || format === 'geojson') && !/\.zip$/i.test(resolved)) return `${resolved}.zip`;
  return resolved;
}

export interface ExportOptions {
  format: ExportFormat;
  out: string;
  overwrite?: boolean;
}

/** Writes `rows` as `format` to `out` (whole or not at all). */
export async function exportRows(
  rows: ExportRows,
  opts: ExportOptions,
  job: ExportJob = NO_JOB,
): Promise<ExportResult> {
  const target = exportTarget(opts.format, opts.out);
  const overwrite = opts.overwrite === true;
  if (opts.format === 'gpkg') {
    let counts: Record<string, number> = {};
    await writeAtomically(target, overwrite, async (tmp) => {
      counts = await writeGpkg(tmp, rows, job);
    });
    return { files: [target], counts };
  }
  if (opts.format === 'xlsx') {
    let counts: Record<string, number> = {};
    await writeAtomically(target, overwrite, async (tmp) => {
      counts = await writeLedger(tmp, rows, job);
    });
    return { files: [target], counts };
  }
  const layers = exportLayers(rows);
  if (layers.length === 0) throw new AppError('export.empty', { format: opts.format });
  const writers = { geojson: writeGeojsonZip, shp: writeShapefileZip, kml: writeKml, dxf: writeDxf } as const;
  const write = writers[opts.format];
  await writeAtomically(target, overwrite, (tmp) => write(tmp, layers, rows.settings, job));
  return { files: [target], counts: layerCounts(layers) };
}

/**
 * Exports the open project (or some of its packages). The whole project to GeoPackage is a file copy
 * (gpkg-copy.ts); everything else reads the rows and hands them to exportRows.
 */
export async function exportOpenProject(
  project: OpenProject,
  run: ExportOptions & { packageIds?: string[] },
  job: ExportJob,
): Promise<ExportResult> {
  if (run.format === 'gpkg' && !run.packageIds) {
    const target = exportTarget(run.format, run.out);
    let counts: Record<string, number> = {};
    await writeAtomically(target, run.overwrite === true, async (tmp) => {
      counts = await copyProjectGpkg(project.db, tmp, job);
    });
    return { files: [target], counts };
  }
  const rows = selectRows(project.load(), project.settings(), run.packageIds);
  return exportRows(rows, run, job);
}

/** `renozone export`: opens the file (lock and checks as for the UI), exports, closes. */
export async function exportProjectFile(
  file: string,
  opts: ExportOptions & { packageIds?: string[] },
  job: ExportJob = NO_JOB,
): Promise<ExportResult> {
  const project = new OpenProject(file, openProjectFile(file));
  try {
    return await exportOpenProject(project, opts, job);
  } finally {
    project.close();
  }
}
