import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportOpenProject } from '../../../electron/backend/exchange/export';
import { importIntoProjectFile } from '../../../electron/backend/exchange/import/project-file';
import { OpenProject } from '../../../electron/backend/project';
import { openProjectFile } from '../../../electron/backend/store/project-file';
import type { FeatureSet } from '../../../shared/api';
import { dbfFieldName } from '../../../shared/exchange/field-names';
import type { Compound } from '../../../shared/model/tables';
import { NO_JOB_CONTEXT, openBundledDemo, tempDir } from './fixtures';

// import(export(project)) = project (issue 6 §3): compounds exported as a GeoPackage and as a Shapefile zip (with
// the documented DBF field names) are imported back into new projects by the import helper's code path and come
// back with the same names, codes, survey figures and outlines.

let dir: string;
let project: OpenProject;
let rows: FeatureSet;
beforeAll(() => {
  dir = tempDir();
  project = openBundledDemo(dir);
  rows = project.load();
});
afterAll(() => project.close());

const SURVEY = ['name', 'code', 'sub_district', 'community', 'build_year', 'households', 'floor_area_m2'] as const;

function compoundsOf(file: string): Compound[] {
  const p = new OpenProject(file, openProjectFile(file));
  try {
    return p.load().compounds;
  } finally {
    p.close();
  }
}

/** A compound's survey values and its outline as a set of vertices (ring start and orientation may change). */
const fingerprint = (c: Compound) => ({
  ...Object.fromEntries(SURVEY.map((k) => [k, c[k]])),
  vertices: c.geometry.coordinates
    .flatMap((ring) => ring.slice(0, -1))
    .map(([x, y]) => `${x.toFixed(7)},${y.toFixed(7)}`)
    .sort(),
});
const byCode = (list: readonly Compound[]) => [...list].sort((a, b) => a.code.localeCompare(b.code)).map(fingerprint);

describe('import(export(project)) gives the same compounds', () => {
  test('GeoPackage', async () => {
    const out = path.join(dir, 'rt.gpkg');
    await exportOpenProject(project, { format: 'gpkg', out }, NO_JOB_CONTEXT);
    const target = path.join(dir, 'from-gpkg.gpkg');
    const mapping = Object.fromEntries(SURVEY.map((k) => [k, k]));
    const { report } = await importIntoProjectFile(target, {
      source: { path: out, sourceLayer: 'compounds' },
      layer: 'compounds',
      mapping,
      dryRun: false,
    });
    expect(report.written).toBe(rows.compounds.length);
    expect(byCode(compoundsOf(target))).toEqual(byCode(rows.compounds));
  });

  test('Shapefile zip, fields mapped back from the DBF names', async () => {
    const out = path.join(dir, 'rt.zip');
    await exportOpenProject(project, { format: 'shp', out }, NO_JOB_CONTEXT);
    const target = path.join(dir, 'from-shp.gpkg');
    const mapping = Object.fromEntries(SURVEY.map((k) => [dbfFieldName(k), k]));
    const { report } = await importIntoProjectFile(target, {
      source: { path: out, sourceLayer: 'compounds' },
      layer: 'compounds',
      mapping,
      dryRun: false,
    });
    expect(report.written).toBe(rows.compounds.length);
    expect(byCode(compoundsOf(target))).toEqual(byCode(rows.compounds));
  });
});
