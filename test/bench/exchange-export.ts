import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportProjectFile, exportRows } from '../../electron/backend/exchange/export';
import { selectRows } from '../../electron/backend/exchange/select-rows';
import { OpenProject } from '../../electron/backend/project';
import { createProjectFile, openProjectFile } from '../../electron/backend/store/project-file';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import type { Compound } from '../../shared/model/tables';
import { BENCH_JOB, comparisonRows, measured, ogr2ogr, type RunFigure } from './gdal-reference';
import { type BenchRow, type BenchSuite, median, ms } from './runner';

// Issue 6 §4: export a project holding 50,000 compound polygons to GeoPackage through the function
// `exchange.export` and `renozone export` run (open the project, read every row, write a fresh project file with
// R-trees, catalog, settings and QGIS styles, rename into place), against `ogr2ogr -f GPKG out.gpkg src.gpkg
// compounds` converting the same layer. Peak memory: our process's RSS sampled every 20 ms; ogr2ogr's from
// /usr/bin/time. A whole-project export is a SQLite page copy (gpkg-copy.ts); the row writer that package subsets
// and other backend code use (decode, encode, insert, R-tree) is timed on the same 50,000 rows as a plain figure.

const COUNT = 50_000;
const RUNS = 3;

function compounds(): Compound[] {
  const cols = 250;
  return Array.from({ length: COUNT }, (_, i): Compound => {
    const x = 106.6 + (i % cols) * 0.0012;
    const y = 26.5 + Math.floor(i / cols) * 0.0009;
    return {
      id: crypto.randomUUID(),
      code: `C${i}`,
      name: `小区${i}`,
      sub_district: `街道${i % 12}`,
      community: `社区${i % 40}`,
      build_year: 1980 + (i % 20),
      households: 100 + (i % 300),
      building_count: 4 + (i % 10),
      floor_area_m2: 10000 + i,
      property_type: 'reformed',
      management_mode: 'none',
      consent_ratio: 0.8,
      excluded: false,
      excluded_reason: '',
      condition_notes: '',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.001, y],
            [x + 0.001, y + 0.0007],
            [x + 0.0005, y + 0.0008],
            [x, y + 0.0007],
            [x, y],
          ],
        ],
      },
    };
  });
}

async function exportRun(src: string, dir: string, i: number): Promise<RunFigure & { written: number }> {
  const run = await measured(() =>
    exportProjectFile(src, { format: 'gpkg', out: path.join(dir, `export-${i}.gpkg`) }, BENCH_JOB),
  );
  return { ...run, written: run.result.counts.compounds ?? 0 };
}

async function rowWriterRun(src: string, dir: string): Promise<number> {
  const project = new OpenProject(src, openProjectFile(src));
  try {
    const t0 = process.hrtime.bigint();
    await exportRows(selectRows(project.load(), project.settings()), {
      format: 'gpkg',
      out: path.join(dir, 'rows.gpkg'),
    });
    return Number(process.hrtime.bigint() - t0) / 1e6;
  } finally {
    project.close();
  }
}

export const exchangeExportBench: BenchSuite = {
  name: 'exchange-export',
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-bench-export-'));
    try {
      const src = path.join(dir, 'project-50k.gpkg');
      createProjectFile(src, { settings: { ...DEFAULT_SETTINGS }, compounds: compounds() });
      log(`project: ${COUNT} compound polygons, ${(fs.statSync(src).size / 2 ** 20).toFixed(1)} MB`);
      execFileSync('ogr2ogr', ['--version']);
      const ours: (RunFigure & { written: number })[] = [];
      const gdal: RunFigure[] = [];
      for (let i = 0; i < RUNS; i++) {
        gdal.push(ogr2ogr(['-f', 'GPKG', path.join(dir, `ogr-${i}.gpkg`), src, 'compounds']));
        ours.push(await exportRun(src, dir, i));
        log(`run ${i + 1}: export ${ms(ours[i]?.ms ?? 0)}, ogr2ogr ${ms(gdal[i]?.ms ?? 0)}`);
      }
      // The row writer (package subsets, plain rows from other backend code): read, decode, encode, insert.
      const rowPath = await rowWriterRun(src, dir);
      log(`row writer: ${ms(rowPath)}`);
      const compared = comparisonRows('export', ours, gdal, COUNT);
      const rows: BenchRow[] = [
        { name: `export ${COUNT} polygons (project → GeoPackage)`, value: ms(median(ours.map((r) => r.ms))) },
        compared.ogr,
        compared.ratio,
        {
          name: `row writer, same ${COUNT} rows (package subsets; no target)`,
          value: ms(rowPath),
        },
        compared.written,
        ...compared.peaks,
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
