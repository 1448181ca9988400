import { type ClearanceRule, clearanceRuleSchema } from '../../model/tables';

// Import/export of the clearance table (CSV for spreadsheets, JSON for tools). A parse either returns every row
// or every error with its line (1-based; for JSON the array index + 1), messages in Chinese for the designer.

export const CLEARANCE_CSV_HEADER = ['id', 'kind', 'a', 'b', 'metres', 'confidence', 'source'] as const;

export interface ClearanceParseError {
  line: number;
  message: string;
}
export type ClearanceParse = { ok: true; rules: ClearanceRule[] } | { ok: false; errors: ClearanceParseError[] };

const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function clearanceCsv(rules: readonly ClearanceRule[]): string {
  const lines = [CLEARANCE_CSV_HEADER.join(',')];
  for (const r of rules)
    lines.push([r.id, r.kind, r.a, r.b, String(r.metres), r.confidence, r.source].map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

export const clearanceJson = (rules: readonly ClearanceRule[]): string => `${JSON.stringify(rules, null, 1)}\n`;

/** Splits CSV text into records of fields with the 1-based line each record starts on (RFC 4180 quoting). */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) records.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f !== '')) records.push({ line: start, fields });
  return records;
}

function checkRow(raw: unknown, line: number, seen: Set<string>, errors: ClearanceParseError[]): ClearanceRule | null {
  const parsed = clearanceRuleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '行';
    errors.push({ line, message: `第 ${line} 行：字段「${field}」无效（${issue?.message ?? '格式错误'}）` });
    return null;
  }
  if (seen.has(parsed.data.id)) {
    errors.push({ line, message: `第 ${line} 行：规则编号「${parsed.data.id}」重复` });
    return null;
  }
  seen.add(parsed.data.id);
  return parsed.data;
}

export function parseClearanceCsv(text: string): ClearanceParse {
  const records = csvRecords(text);
  const header = records[0];
  if (!header || header.fields.map((f) => f.trim()).join(',') !== CLEARANCE_CSV_HEADER.join(',')) {
    return { ok: false, errors: [{ line: 1, message: `第 1 行：表头应为「${CLEARANCE_CSV_HEADER.join(',')}」` }] };
  }
  const errors: ClearanceParseError[] = [];
  const rules: ClearanceRule[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== CLEARANCE_CSV_HEADER.length) {
      errors.push({ line, message: `第 ${line} 行：应有 ${CLEARANCE_CSV_HEADER.length} 列，实有 ${fields.length} 列` });
      continue;
    }
    const [id, kind, a, b, metresText, confidence, source] = fields.map((f) => f.trim()) as string[];
    const metres = metresText === '' ? Number.NaN : Number(metresText);
    if (!Number.isFinite(metres)) {
      errors.push({ line, message: `第 ${line} 行：净距「${metresText}」不是数字` });
      continue;
    }
    const rule = checkRow({ id, kind, a, b, metres, confidence, source }, line, seen, errors);
    if (rule) rules.push(rule);
  }
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}

export function parseClearanceJson(text: string): ClearanceParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ line: 1, message: '不是有效的 JSON 文件' }] };
  }
  if (!Array.isArray(raw)) return { ok: false, errors: [{ line: 1, message: 'JSON 应为规则数组' }] };
  const errors: ClearanceParseError[] = [];
  const rules: ClearanceRule[] = [];
  const seen = new Set<string>();
  raw.forEach((row: unknown, i) => {
    const rule = checkRow(row, i + 1, seen, errors);
    if (rule) rules.push(rule);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}
