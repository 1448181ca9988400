import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importIntoProjectFile } from '../../electron/backend/exchange/import/project-file';
import { BENCH_JOB, comparisonRows, measured, ogr2ogr, type RunFigure } from './gdal-reference';
import { type BenchRow, type BenchSuite, median, ms } from './runner';

// Issue 6 §4: import a 50,000-polygon GeoJSON into a new project through the function `exchange.import` runs
// (importIntoOpenProject, via the CLI's importIntoProjectFile), against `ogr2ogr -f GPKG out.gpkg in.geojson` on
// the same file. The import does more than the conversion: it guesses nothing here but maps and coerces every
// field, validates every ring (self-intersection via an index), writes the R-tree and the change journal, and
// yields every 2,000 features. Peak memory: our process's RSS sampled every 20 ms; ogr2ogr's from /usr/bin/time.

const COUNT = 50_000;
const RUNS = 2;

function writeSource(file: string): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '{"type":"FeatureCollection","features":[\n');
  const cols = 250;
  for (let i = 0; i < COUNT; i++) {
    const x = 106.6 + (i % cols) * 0.0012;
    const y = 26.5 + Math.floor(i / cols) * 0.0009;
    const ring = [
      [x, y],
      [x + 0.001, y],
      [x + 0.001, y + 0.0007],
      [x + 0.0005, y + 0.0008],
      [x, y + 0.0007],
      [x, y],
    ];
    const props = {
      小区名称: `小区${i}`,
      小区编码: `C${i}`,
      建成年代: 1980 + (i % 20),
      户数: 100 + (i % 300),
      所在街道: `街道${i % 12}`,
    };
    const f = { type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } };
    fs.writeSync(out, `${JSON.stringify(f)}${i + 1 < COUNT ? ',' : ''}\n`);
  }
  fs.writeSync(out, ']}\n');
  fs.closeSync(out);
}

async function importRun(
  src: string,
  dir: string,
  i: number,
  dryRun = false,
): Promise<RunFigure & { written: number }> {
  const run = await measured(() =>
    importIntoProjectFile(
      path.join(dir, `import-${i}.gpkg`),
      {
        source: { path: src, crs: 'EPSG:4326' },
        layer: 'compounds',
        mapping: {
          小区名称: 'name',
          小区编码: 'code',
          建成年代: 'build_year',
          户数: 'households',
          所在街道: 'sub_district',
        },
        dryRun,
      },
      BENCH_JOB,
    ),
  );
  return { ...run, written: run.result.report.written };
}

export const exchangeImportBench: BenchSuite = {
  name: 'exchange-import',
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-bench-import-'));
    try {
      const src = path.join(dir, 'compounds-50k.geojson');
      writeSource(src);
      log(`source: ${COUNT} polygons, ${(fs.statSync(src).size / 2 ** 20).toFixed(1)} MB`);
      execFileSync('ogr2ogr', ['--version']);
      const ours: (RunFigure & { written: number })[] = [];
      const gdal: RunFigure[] = [];
      for (let i = 0; i < RUNS; i++) {
        gdal.push(ogr2ogr(['-f', 'GPKG', path.join(dir, `ogr-${i}.gpkg`), src]));
        ours.push(await importRun(src, dir, i));
        log(`run ${i + 1}: import ${ms(ours[i]?.ms ?? 0)}, ogr2ogr ${ms(gdal[i]?.ms ?? 0)}`);
      }
      // The same read, transform, validation and mapping without writing: what is left is the project's write
      // path (row validation, UPDATE-or-INSERT per row, R-tree triggers, the change journal).
      const dry = await importRun(src, dir, RUNS, true);
      log(`dry run (read + build, no write): ${ms(dry.ms)}`);
      const t = median(ours.map((r) => r.ms));
      const compared = comparisonRows('import', ours, gdal, COUNT);
      const rows: BenchRow[] = [
        { name: `import ${COUNT} polygons (GeoJSON → project)`, value: ms(t) },
        { name: '  of which read + transform + check (dry run)', value: ms(dry.ms) },
        { name: '  of which one change through the write path', value: ms(Math.max(0, t - dry.ms)) },
        compared.ogr,
        compared.ratio,
        compared.written,
        ...compared.peaks,
      ];
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
