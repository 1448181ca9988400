import type { SiteInput } from '../../shared/analysis/leftover/input';
import type { AppliedResult } from '../../shared/api';
import { t } from '../../shared/i18n';
import type { ChangeOp } from '../../shared/model/change';
import { AppError } from '../../shared/model/errors';
import type { LeftoverOptions, LeftoverReport } from '../../shared/model/leftover';
import type { LeftoverPieceRow } from '../../shared/model/tables';
import type { JobContext } from './jobs';
import type { LeftoverPool } from './leftover-pool';
import { OpenProject } from './project';
import { openProjectFile } from './store/project-file';

// `leftover.compute` / `leftover.write` and `renozone leftover`: leftover land of the open project's compounds
// (issue 4 §2). Writing replaces the computed compounds' leftover_pieces rows as ONE change (one undo step); when
// the new pieces equal the stored ones (same compound, area, width, fits and geometry) nothing is written.
// The engine runs through the leftover pool (leftover-pool.ts: chunk by chunk, large districts on worker threads) as a
// job: progress per chunk, cancellable.

/** The analyses' input from the open project's rows (leftover land, facility checks). */
export function siteOf(project: OpenProject): SiteInput {
  const rows = project.load();
  return {
    compounds: rows.compounds,
    buildings: rows.buildings,
    roads: rows.roads,
    site_areas: rows.site_areas,
    trees: rows.trees,
    pipelines: rows.pipelines,
    facilities: rows.facilities,
    settings: project.settings(),
  };
}

export async function computeOpenProjectLeftover(
  project: OpenProject,
  options: LeftoverOptions,
  pool: LeftoverPool,
  job?: JobContext,
): Promise<LeftoverReport> {
  const { jobId: _, ...run } = options;
  const progress = job ? (done: number, total: number) => job.progress(done, total, 'leftover.compute') : undefined;
  return { compounds: await pool.compute(siteOf(project), run, progress) };
}

/** Attempts at computing on rows no edit overtook before leftover.write gives up (an edit arrives mid-compute). */
const WRITE_ATTEMPTS = 3;

/** What makes two piece rows the same land (id and computed_at aside). */
const pieceKey = (p: Pick<LeftoverPieceRow, 'compound_id' | 'area_m2' | 'min_width_m' | 'fits' | 'geometry'>): string =>
  JSON.stringify([p.compound_id, p.area_m2, p.min_width_m, p.fits, p.geometry.coordinates]);

export async function writeOpenProjectLeftover(
  project: OpenProject,
  options: LeftoverOptions,
  pool: LeftoverPool,
  job?: JobContext,
): Promise<{ report: LeftoverReport; applied: AppliedResult | null }> {
  // The computation yields to other calls: an edit applied meanwhile would make the pieces stale, so compute again.
  let report: LeftoverReport | null = null;
  for (let attempt = 0; attempt < WRITE_ATTEMPTS && !report; attempt++) {
    const writes = project.writes;
    report = await computeOpenProjectLeftover(project, options, pool, job);
    if (project.writes !== writes) report = null;
  }
  if (!report) throw new AppError('leftover.changedMeanwhile');
  const computed = new Set(report.compounds.map((c) => c.id));
  const old = project.load().leftover_pieces.filter((p) => computed.has(p.compound_id));
  const now = new Date().toISOString();
  const fresh: LeftoverPieceRow[] = report.compounds.flatMap((c) =>
    c.pieces.map((p) => ({
      id: crypto.randomUUID(),
      compound_id: c.id,
      area_m2: p.area_m2,
      min_width_m: p.min_width_m,
      fits: p.fits.map((f) => ({ type: f.type, count: f.count })),
      computed_at: now,
      geometry: p.geometry,
    })),
  );
  const oldKeys = old.map(pieceKey).sort();
  const freshKeys = fresh.map(pieceKey).sort();
  const same = oldKeys.length === freshKeys.length && oldKeys.every((k, i) => k === freshKeys[i]);
  if (same) return { report, applied: null };
  const ops: ChangeOp[] = [
    ...old.map((p): ChangeOp => ({ op: 'delete', table: 'leftover_pieces', id: p.id })),
    ...fresh.map((row): ChangeOp => ({ op: 'put', table: 'leftover_pieces', row })),
  ];
  return { report, applied: project.apply({ ops, summary: t('leftover.summary.write', { count: fresh.length }) }) };
}

export interface LeftoverFileOptions {
  /** A compound's id, code or name (the CLI's --compound). */
  compound?: string;
  minAreaM2?: number;
  minWidthM?: number;
  write: boolean;
}

/**
 * `renozone leftover`: opens the file (lock, checks, migration as for the UI), computes and, with `write`, stores
 * the pieces as the leftover_pieces layer; closes. Throws AppError('leftover.unknownCompound') for an unknown compound.
 */
export async function leftoverProjectFile(
  file: string,
  options: LeftoverFileOptions,
  pool: LeftoverPool,
): Promise<{ report: LeftoverReport; applied: AppliedResult | null; minAreaM2: number; minWidthM: number }> {
  const project = new OpenProject(file, openProjectFile(file));
  try {
    const s = project.settings();
    const run: LeftoverOptions = {};
    if (options.compound !== undefined) {
      const wanted = options.compound;
      const rows = project.load().compounds;
      const hit =
        rows.find((c) => c.id === wanted) ?? rows.find((c) => c.code === wanted) ?? rows.find((c) => c.name === wanted);
      if (!hit) throw new AppError('leftover.unknownCompound', { id: wanted });
      run.compoundIds = [hit.id];
    }
    if (options.minAreaM2 !== undefined) run.minAreaM2 = options.minAreaM2;
    if (options.minWidthM !== undefined) run.minWidthM = options.minWidthM;
    const { report, applied } = options.write
      ? await writeOpenProjectLeftover(project, run, pool)
      : { report: await computeOpenProjectLeftover(project, run, pool), applied: null };
    return {
      report,
      applied,
      minAreaM2: run.minAreaM2 ?? s.leftover_min_area_m2,
      minWidthM: run.minWidthM ?? s.leftover_min_width_m,
    };
  } finally {
    project.close();
  }
}
