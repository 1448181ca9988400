import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { bundleOpenProject } from '../../../electron/backend/bundle';
import { writeDemoFile } from '../../../electron/backend/demo';
import { OpenProject } from '../../../electron/backend/project';
import { openProjectFile } from '../../../electron/backend/store/project-file';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';

// The demo district bundled into packages with plan years, as an open project, for the export tests.

const dirs: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-export-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A demo project with packages (plan years 2026 and 2027 alternating), open; the caller closes it. */
export function openBundledDemo(dir: string): OpenProject {
  const file = path.join(dir, '示例片区.gpkg');
  writeDemoFile(file);
  const project = new OpenProject(file, openProjectFile(file));
  const s = project.settings();
  bundleOpenProject(
    project,
    {
      distance_m: s.bundle_distance_m ?? DEFAULT_SETTINGS.bundle_distance_m,
      same: s.bundle_same,
      only_eligible: s.bundle_only_eligible,
      max_compounds: s.bundle_max_compounds,
      max_households: s.bundle_max_households,
    },
    false,
  );
  const { packages, compound_items } = project.load();
  // The designer plans every item the survey found deficient, so compounds have estimates.
  project.apply({
    ops: [
      ...packages.map((p, i) => ({
        op: 'put' as const,
        table: 'packages' as const,
        row: { ...p, plan_year: 2026 + (i % 2) },
      })),
      ...compound_items
        .filter((l) => l.deficient && !l.planned)
        .map((l) => ({ op: 'put' as const, table: 'compound_items' as const, row: { ...l, planned: true } })),
    ],
    summary: '年度计划与改造内容',
  });
  return project;
}

/** A job context for calls outside the Jobs runner (never cancelled). */
export const NO_JOB_CONTEXT = { jobId: 'test', progress: () => {}, checkpoint: async () => {}, cancelled: false };
