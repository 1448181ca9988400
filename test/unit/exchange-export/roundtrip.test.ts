import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportOpenProject, exportRows } from '../../../electron/backend/exchange/export';
import { selectRows } from '../../../electron/backend/exchange/select-rows';
import { OpenProject } from '../../../electron/backend/project';
import { openProjectFile } from '../../../electron/backend/store/project-file';
import type { FeatureSet } from '../../../shared/api';
import { ROW_TABLES, SPATIAL_TABLES } from '../../../shared/model/tables';
import { NO_JOB_CONTEXT, openBundledDemo, tempDir } from './fixtures';

// Round trip (issue 6 §3): the exported GeoPackage is itself a RenoZone project; opened again it holds exactly the
// rows that were exported — all of them, or those of the chosen packages — and the same settings.

let dir: string;
let project: OpenProject;
let rows: FeatureSet;
beforeAll(() => {
  dir = tempDir();
  project = openBundledDemo(dir);
  rows = project.load();
});
afterAll(() => project.close());

function reopen(file: string): { rows: FeatureSet; settings: ReturnType<OpenProject['settings']> } {
  const copy = new OpenProject(file, openProjectFile(file));
  try {
    return { rows: copy.load(), settings: copy.settings() };
  } finally {
    copy.close();
  }
}

describe('GeoPackage round trip', () => {
  test('the whole project comes back row for row', async () => {
    const out = path.join(dir, 'all.gpkg');
    await exportOpenProject(project, { format: 'gpkg', out }, NO_JOB_CONTEXT);
    const back = reopen(out);
    for (const table of ROW_TABLES) expect(back.rows[table], table).toEqual(rows[table]);
    expect(back.settings).toEqual(project.settings());
  });

  test('the row writer (plain rows, as other backend code calls it) gives the same project', async () => {
    const out = path.join(dir, 'rows.gpkg');
    await exportRows(selectRows(rows, project.settings()), { format: 'gpkg', out });
    const back = reopen(out);
    for (const table of ROW_TABLES) expect(back.rows[table], table).toEqual(rows[table]);
    expect(back.settings).toEqual(project.settings());
    // The R-trees (filled in bulk, not by the triggers) are complete, and the triggers are back.
    const db = new Database(out, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM rtree_buildings_geometry').pluck().get()).toBe(rows.buildings.length);
    expect(
      db
        .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_%_insert'")
        .pluck()
        .get(),
    ).toBe(Object.keys(SPATIAL_TABLES).length);
    db.close();
    execFileSync('python3', ['/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py', out]);
    const hits = execFileSync('ogrinfo', ['-ro', '-q', '-spat', '106.19', '27.39', '106.2', '27.4', out, 'buildings'], {
      encoding: 'utf8',
    });
    expect(hits).toMatch(/OGRFeature\(buildings\)/);
  });

  test('an exported project exports again (its layer styles are replaced, not duplicated)', async () => {
    const first = path.join(dir, 'again-1.gpkg');
    await exportOpenProject(project, { format: 'gpkg', out: first }, NO_JOB_CONTEXT);
    const copy = new OpenProject(first, openProjectFile(first));
    try {
      const second = path.join(dir, 'again-2.gpkg');
      await exportOpenProject(copy, { format: 'gpkg', out: second }, NO_JOB_CONTEXT);
      const db = new Database(second, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM layer_styles').pluck().get()).toBe(9);
      expect(db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(0);
      db.close();
    } finally {
      copy.close();
    }
  });

  test('two packages: their compounds, buildings and lines, nothing else', async () => {
    const chosen = rows.packages.slice(0, 2).map((p) => p.id);
    const out = path.join(dir, 'two.gpkg');
    const result = await exportOpenProject(project, { format: 'gpkg', out, packageIds: chosen }, NO_JOB_CONTEXT);
    const back = reopen(out);
    const expected = selectRows(rows, project.settings(), chosen);
    const members = new Set(
      rows.package_members.filter((m) => chosen.includes(m.package_id)).map((m) => m.compound_id),
    );
    expect(members.size).toBeGreaterThan(0);
    expect(back.rows.packages.map((p) => p.id).sort()).toEqual([...chosen].sort());
    expect(back.rows.compounds.map((c) => c.id).sort()).toEqual([...members].sort());
    expect(back.rows.compounds.length).toBeLessThan(rows.compounds.length);
    expect(back.rows.buildings.every((b) => b.compound_id !== null && members.has(b.compound_id))).toBe(true);
    expect(back.rows.buildings.length).toBe(
      rows.buildings.filter((b) => b.compound_id && members.has(b.compound_id)).length,
    );
    for (const table of ROW_TABLES) expect(back.rows[table], table).toEqual(expected[table]);
    expect(result.counts.compounds).toBe(members.size);
  });

  test('an unknown package id is refused before anything is written', async () => {
    const out = path.join(dir, 'none.gpkg');
    await expect(
      exportOpenProject(
        project,
        { format: 'gpkg', out, packageIds: ['00000000-0000-4000-8000-000000000000'] },
        NO_JOB_CONTEXT,
      ),
    ).rejects.toMatchObject({ code: 'export.unknownPackage' });
    expect(fs.existsSync(out)).toBe(false);
  });
});
