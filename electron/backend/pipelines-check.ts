import { checkPipelines } from '../../shared/analysis/pipelines/check';
import { createMetricFrame } from '../../shared/geo/crs';
import type { ConflictReview, PipeCheckResult } from '../../shared/model/pipelines';
import { OpenProject } from './project';
import { openProjectFile } from './store/project-file';

// `pipelines.check` and `renozone check pipelines`: the clearance check (GB 50289) over the open project's rows,
// with the project's own clearance table, each conflict joined with the designer's review by its key. Read-only.

export function checkOpenProject(project: OpenProject): PipeCheckResult {
  const started = performance.now();
  const rows = project.load();
  const packageByCompound = new Map(rows.package_members.map((m) => [m.compound_id, m.package_id]));
  const reviews = new Map(rows.conflict_reviews.map((r) => [r.id, r]));
  const found = checkPipelines({
    pipelines: rows.pipelines,
    buildings: rows.buildings,
    trees: rows.trees,
    compounds: rows.compounds,
    packageOf: (compoundId: string) => packageByCompound.get(compoundId) ?? null,
    rules: rows.clearance_rules,
    frame: createMetricFrame(project.settings().metric_epsg),
  });
  const conflicts = found.map((c) => {
    const r = reviews.get(c.key);
    const review: ConflictReview | null = r ? { accepted: r.accepted, note: r.note, reviewed_at: r.reviewed_at } : null;
    return { ...c, review };
  });
  const segments = rows.pipelines.reduce((n, p) => n + p.geometry.coordinates.length - 1, 0);
  return { conflicts, segments, ms: Math.round((performance.now() - started) * 10) / 10 };
}

/** Opens the file (lock, checks, migration as for the UI), checks it, closes. */
export function checkProjectFile(file: string): PipeCheckResult {
  const project = new OpenProject(file, openProjectFile(file));
  try {
    return checkOpenProject(project);
  } finally {
    project.close();
  }
}
