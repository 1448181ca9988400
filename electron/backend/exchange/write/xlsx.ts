import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, type LedgerCellKind, SUMMARY_COLUMNS } from '../../../../shared/exchange/field-names';
import { zhLabel } from '../../../../shared/i18n/exchange-export';
import { t } from '../../../../shared/i18n/index';
import type { ExportRows } from '../select-rows';
import { type LedgerRecord, ledgerRecords, type PackageSummary, packageSummaries } from './ledger-rows';
import type { ExportJob } from './progress';

// Excel ledger (台账, issue 6 §2): sheet 小区台账 with one row per compound, one sheet per package with its compounds
// and a total row, and one summary sheet per plan year with its packages. Headers bold on a tinted fill, the header
// row frozen, column widths set, numbers stored as numbers with a display format.

const NUM_FMT: Record<LedgerCellKind, string | undefined> = {
  text: undefined,
  integer: '0',
  number: '#,##0.00',
  percent: '0.0%',
  wan: '#,##0.00',
};

type ColumnSpec = { key: string; zh: string; width: number; kind: LedgerCellKind };

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly ColumnSpec[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.zh, key: c.key, width: c.width, style: { numFmt: NUM_FMT[c.kind] } }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  return ws;
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\) and not yet used. */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || '_';
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - `(${i})`.length)}(${i})`;
  used.add(name.toLowerCase());
  return name;
}

function addTotalRow(ws: ExcelJS.Worksheet, values: Record<string, number | string>): void {
  const row = ws.addRow(values);
  row.font = { bold: true };
}

const sum = (list: readonly LedgerRecord[], key: 'households' | 'floor_area_m2' | 'estimate_wan'): number =>
  Math.round(list.reduce((n, r) => n + ((r[key] as number | null) ?? 0), 0) * 100) / 100;

/** Writes the ledger workbook; counts: compounds, packages and year sheets written. */
export async function writeLedger(file: string, rows: ExportRows, job: ExportJob): Promise<Record<string, number>> {
  job.progress(0, 3, 'xlsx');
  const records = ledgerRecords(rows);
  await job.checkpoint();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RenoZone';
  wb.created = new Date();
  const used = new Set<string>();
  const ledger = addSheet(wb, sheetName(t('export.ledger.sheet', {}, 'zh'), used), LEDGER_COLUMNS);
  for (const r of records) ledger.addRow(r);
  const summaries = packageSummaries(rows, records);
  for (const s of summaries) {
    const ws = addSheet(wb, sheetName(t('export.ledger.pkgSheet', { name: s.pkg.name }, 'zh'), used), LEDGER_COLUMNS);
    const members = records.filter((r) => r.package_id === s.pkg.id);
    for (const r of members) ws.addRow(r);
    addTotalRow(ws, {
      name: t('export.ledger.total', {}, 'zh'),
      households: sum(members, 'households'),
      floor_area_m2: sum(members, 'floor_area_m2'),
      estimate_wan: sum(members, 'estimate_wan'),
    });
  }
  job.progress(1, 3, 'xlsx');
  await job.checkpoint();
  const years = yearGroups(summaries);
  for (const [year, list] of years) {
    const label = year === null ? t('export.ledger.noYear', {}, 'zh') : String(year);
    const ws = addSheet(wb, sheetName(t('export.ledger.yearSheet', { year: label }, 'zh'), used), SUMMARY_COLUMNS);
    for (const s of list)
      ws.addRow({
        package: s.pkg.name,
        status: zhLabel('status', s.pkg.status),
        compounds: s.compounds,
        households: s.households,
        floor_area_m2: s.floor_area_m2,
        estimate_wan: Math.round(s.estimate_yuan / 100) / 100,
      });
    addTotalRow(ws, {
      package: t('export.ledger.total', {}, 'zh'),
      compounds: list.reduce((n, s) => n + s.compounds, 0),
      households: list.reduce((n, s) => n + s.households, 0),
      floor_area_m2: list.reduce((n, s) => n + s.floor_area_m2, 0),
      estimate_wan: Math.round(list.reduce((n, s) => n + s.estimate_yuan, 0) / 100) / 100,
    });
  }
  job.progress(2, 3, 'xlsx');
  await job.checkpoint();
  await wb.xlsx.writeFile(file);
  return { compounds: records.length, packages: summaries.length, years: years.size };
}

/** Packages by plan year, years ascending, packages without a year last. */
function yearGroups(summaries: readonly PackageSummary[]): Map<number | null, PackageSummary[]> {
  const sorted = [...summaries].sort((a, b) => (a.pkg.plan_year ?? 9999) - (b.pkg.plan_year ?? 9999));
  const groups = new Map<number | null, PackageSummary[]>();
  for (const s of sorted) {
    const list = groups.get(s.pkg.plan_year) ?? [];
    list.push(s);
    groups.set(s.pkg.plan_year, list);
  }
  return groups;
}
