import { AppError } from '../../../../shared/model/errors';
import { MAX_TEXT_BYTES, readChecked } from './limits';
import { rowsToFeatures } from './table';
import { decodeAuto, decodeText, normalizeEncoding } from './text';
import type { Notice, ReadOptions, SourceData } from './types';

// CSV ledgers as Excel saves them on Chinese Windows (GBK, or UTF-8 with a BOM), comma-separated (tab or
// semicolon when the header line has more of those), RFC 4180 quoting. The first non-empty line is the header.

export function readCsv(path: string, options: ReadOptions): SourceData {
  const bytes = readChecked(path, MAX_TEXT_BYTES);
  const given = options.encoding ? normalizeEncoding(options.encoding) : null;
  const { text, encoding } = given ? { text: decodeText(bytes, given), encoding: given } : decodeAuto(bytes);
  const records = parseCsv(text);
  while (records.length > 0 && (records[0] as string[]).every((c) => c.trim() === '')) records.shift();
  const header = records.shift();
  if (!header || header.every((c) => c.trim() === '')) throw new AppError('import.empty', { path });
  const fields = uniqueNames(header);
  const rows = records
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => Object.fromEntries(fields.map((f, i) => [f, r[i] ?? ''])) as Record<string, unknown>);
  const notices: Notice[] = [];
  const features = rowsToFeatures(fields, rows, notices);
  return { format: 'csv', sourceLayers: [], features, fields, encoding, crs: null, notices };
}

/** Blank or repeated header names get a column suffix so every column keeps its own field. */
export function uniqueNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = raw.trim() || `列${i + 1}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return n === 0 ? name : `${name}_${n + 1}`;
  });
}

export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const sep = count('\t') > count(',') ? '\t' : count(';') > count(',') ? ';' : ',';
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out;
}
