import fs from 'node:fs';
import path from 'node:path';
import { generateDemoDistrict } from '../../shared/demo/index';
import { AppError } from '../../shared/model/errors';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../shared/model/settings';
import {
  buildingSchema,
  compoundItemSchema,
  compoundSchema,
  pipelineSchema,
  roadSchema,
  siteAreaSchema,
  treeSchema,
} from '../../shared/model/tables';
import { gkZoneForLongitude } from './gpkg/srs';
import { createProjectFile } from './store/project-file';

// Writing the demo district as a project file (first launch, `project.openDemo`, `renozone demo <file>`).

export interface DemoOptions {
  seed?: number;
  compounds?: number;
}

/** Writes a fresh demo project to `target`; refuses to overwrite (file.exists). Rows are validated first. */
export function writeDemoFile(target: string, opts: DemoOptions = {}): void {
  if (fs.existsSync(target)) throw new AppError('file.exists', { path: target });
  const demo = generateDemoDistrict(opts);
  const compounds = demo.compounds.map((c) => compoundSchema.parse(c));
  const buildings = demo.buildings.map((b) => buildingSchema.parse(b));
  const compound_items = demo.compound_items.map((line) => compoundItemSchema.parse(line));
  const pipelines = demo.pipelines.map((p) => pipelineSchema.parse(p));
  const trees = demo.trees.map((t) => treeSchema.parse(t));
  const roads = demo.roads.map((r) => roadSchema.parse(r));
  const site_areas = demo.site_areas.map((a) => siteAreaSchema.parse(a));
  const settings: ProjectSettings = { ...DEFAULT_SETTINGS, ...demo.settings };
  if (demo.settings.metric_epsg === undefined) {
    const first = compounds[0]?.geometry.coordinates[0]?.[0];
    if (first) settings.metric_epsg = gkZoneForLongitude(first[0]);
  }
  createProjectFile(target, { settings, compounds, buildings, compound_items, pipelines, trees, roads, site_areas });
}

/** `<homeDir>/示例片区-<n>.gpkg` with the first n not yet taken. */
export function nextDemoPath(homeDir: string): string {
  for (let n = 1; ; n++) {
    const candidate = path.join(homeDir, `示例片区-${n}.gpkg`);
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.lock`)) return candidate;
  }
}
