import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportOpenProject } from '../../../electron/backend/exchange/export';
import { selectRows } from '../../../electron/backend/exchange/select-rows';
import { ledgerRecords } from '../../../electron/backend/exchange/write/ledger-rows';
import type { OpenProject } from '../../../electron/backend/project';
import { createEstimator } from '../../../shared/analysis/estimate';
import type { FeatureSet } from '../../../shared/api';
import { LEDGER_COLUMNS } from '../../../shared/exchange/field-names';
import { createMetricFrame } from '../../../shared/geo/crs';
import { NO_JOB_CONTEXT, openBundledDemo, tempDir } from './fixtures';

// The Excel ledger read back by a second reader (exceljs reading what exceljs wrote is not independent of the
// writer's layout code, so the figures are checked against the analysis functions and against each other:
// compound rows, package sheets and year summaries must add up to the same totals). LibreOffice is not installed
// on the test machine; when it is, a CSV conversion is checked too.

let dir: string;
let project: OpenProject;
let rows: FeatureSet;
let wb: ExcelJS.Workbook;
const out = () => path.join(dir, '台账.xlsx');

beforeAll(async () => {
  dir = tempDir();
  project = openBundledDemo(dir);
  rows = project.load();
  await exportOpenProject(project, { format: 'xlsx', out: out() }, NO_JOB_CONTEXT);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out());
});
afterAll(() => project.close());

const cellsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('Excel ledger', () => {
  test('小区台账: header, one row per compound, numbers as numbers, frozen header', () => {
    const ws = wb.getWorksheet('小区台账');
    expect(ws).toBeDefined();
    const [header, ...body] = cellsOf(ws as ExcelJS.Worksheet);
    expect(header).toEqual(LEDGER_COLUMNS.map((c) => c.zh));
    expect(body.length).toBe(rows.compounds.length);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getColumn(1).width).toBe(22);
    const first = rows.compounds[0];
    const row = body.find((r) => r[0] === first?.name) as unknown[];
    expect(row[1]).toBe(first?.code);
    expect(typeof row[6]).toBe('number'); // 户数
    expect(row[6]).toBe(first?.households);
    expect(typeof row[12]).toBe('number'); // 投资估算
    expect(ws?.getRow(1).font?.bold).toBe(true);
  });

  test('estimates equal the analysis; package sheets and year summaries add up to the same totals', () => {
    const body = cellsOf(wb.getWorksheet('小区台账') as ExcelJS.Worksheet).slice(1);
    const estimateCol = LEDGER_COLUMNS.findIndex((c) => c.key === 'estimate_wan');
    const settings = project.settings();
    const catalog = Object.fromEntries(rows.renovation_items.map((i) => [i.id, i]));
    const est = createEstimator();
    const ctx = { catalog, frame: createMetricFrame(settings.metric_epsg), settings };
    let expectedTotal = 0;
    for (const c of rows.compounds) {
      const yuan = est.compound(
        {
          compound: c,
          lines: rows.compound_items.filter((l) => l.compound_id === c.id),
          buildings: rows.buildings.filter((b) => b.compound_id === c.id),
          pipelines: rows.pipelines.filter((p) => p.compound_id === c.id),
          // Roads, fire lanes and proposed facilities give quantities too (as the package panel costs them).
          roads: rows.roads.filter((r) => r.compound_id === c.id),
          site_areas: rows.site_areas.filter((a) => a.compound_id === c.id),
          facilities: rows.facilities.filter((f) => f.compound_id === c.id),
        },
        ctx,
      ).total;
      expectedTotal += yuan;
      const row = body.find((r) => r[0] === c.name && r[1] === c.code) as unknown[];
      expect(row[estimateCol] as number).toBeCloseTo(yuan / 10000, 2);
    }
    expect(expectedTotal).toBeGreaterThan(0);
    const inPackages = new Set(rows.package_members.map((m) => m.compound_id));
    const packagedWan = rows.compounds
      .filter((c) => inPackages.has(c.id))
      .reduce((n, c) => n + Number(body.find((r) => r[1] === c.code)?.[estimateCol]), 0);
    const packageSheets = wb.worksheets.filter((w) => w.name.startsWith('片区-'));
    expect(packageSheets.length).toBe(rows.packages.length);
    const packageTotals = packageSheets.reduce((n, w) => {
      const last = cellsOf(w).at(-1) as unknown[];
      expect(last[0]).toBe('合计');
      return n + (last[estimateCol] as number);
    }, 0);
    expect(packageTotals).toBeCloseTo(packagedWan, 1);
    const yearSheets = wb.worksheets.filter((w) => /^\d{4}年度汇总$/.test(w.name));
    expect(yearSheets.map((w) => w.name).sort()).toEqual(['2026年度汇总', '2027年度汇总']);
    const yearTotal = yearSheets.reduce((n, w) => n + ((cellsOf(w).at(-1) as unknown[])[5] as number), 0);
    expect(yearTotal).toBeCloseTo(packagedWan, 1);
    const households = yearSheets.reduce((n, w) => n + ((cellsOf(w).at(-1) as unknown[])[3] as number), 0);
    expect(households).toBe(
      rows.compounds.filter((c) => inPackages.has(c.id)).reduce((n, c) => n + (c.households ?? 0), 0),
    );
  });

  test('eligibility, package, items and funding are filled in', () => {
    const records = ledgerRecords(selectRows(rows, project.settings()));
    const eligibleCount = records.filter((r) => r.eligibility === '是').length;
    expect(eligibleCount).toBeGreaterThan(0);
    expect(records.some((r) => String(r.eligibility).startsWith('否（'))).toBe(true);
    const packaged = records.find((r) => r.package !== '' && r.estimate_yuan > 0);
    expect(packaged?.items).toMatch(/[\u4e00-\u9fff]/);
    expect(packaged?.funding).toMatch(/中央及省级补助 \d+\.\d\d/);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((f) => fs.existsSync(f));
  test.skipIf(!soffice)('LibreOffice (a second reader, when installed) converts the ledger sheet to CSV', () => {
    const csvDir = path.join(dir, 'csv');
    execFileSync(soffice as string, ['--headless', '--convert-to', 'csv', '--outdir', csvDir, out()], {
      timeout: 120_000,
    });
    const csv = fs.readFileSync(path.join(csvDir, '台账.csv'), 'utf8');
    expect(csv).toContain('小区名称');
    expect(csv).toContain(rows.compounds[0]?.name ?? '?');
    expect(csv.trim().split('\n').length).toBe(rows.compounds.length + 1);
  });
});
