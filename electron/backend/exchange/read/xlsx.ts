import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/model/errors';
import { uniqueNames } from './csv';
import { checkedSize, MAX_BINARY_BYTES } from './limits';
import { rowsToFeatures } from './table';
import type { Notice, ReadOptions, SourceData } from './types';

// XLSX ledgers (台账). The first non-empty row is the header; a header with merged cells (a two-row title, a
// "基本情况" spanning columns) has no single name per column, so it is refused with the cells to unmerge rather
// than guessed. Formula cells give their cached result, rich text its plain text, dates an ISO date.

export async function readXlsx(path: string, options: ReadOptions): Promise<SourceData> {
  checkedSize(path, MAX_BINARY_BYTES);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new AppError('import.unreadable', {
      path,
      detail: `不是有效的 XLSX 文件（${(e as Error).message.slice(0, 100)}）`,
    });
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = options.sourceLayer ? wb.getWorksheet(options.sourceLayer) : wb.worksheets[0];
  if (!ws)
    throw new AppError('import.layerNotFound', {
      path,
      layer: options.sourceLayer ?? '',
      available: sheets.join('、') || '—',
    });
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount && headerRow === 0; r++) if (ws.getRow(r).actualCellCount > 0) headerRow = r;
  if (headerRow === 0) throw new AppError('import.empty', { path: `${path}（${ws.name}）` });
  const row = ws.getRow(headerRow);
  const width = ws.columnCount;
  const merged: string[] = [];
  const header: string[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    if (cell.isMerged) merged.push(cell.address);
    header.push(cellText(cell.value));
  }
  if (merged.length > 0)
    throw new AppError('import.mergedHeader', { sheet: ws.name, cells: merged.slice(0, 6).join('、') });
  const fields = uniqueNames(header);
  const rows: Record<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const data = ws.getRow(r);
    if (data.actualCellCount === 0) continue;
    const rec: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      rec[f] = cellValue(data.getCell(i + 1).value);
    });
    rows.push(rec);
  }
  const notices: Notice[] = [];
  const features = rowsToFeatures(fields, rows, notices);
  return { format: 'xlsx', sourceLayers: sheets, features, fields, encoding: null, crs: null, notices };
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  if ('error' in v) return null;
  return null;
}

const cellText = (v: ExcelJS.CellValue): string => {
  const x = cellValue(v);
  return x === null ? '' : String(x).replace(/\s+/g, '');
};
