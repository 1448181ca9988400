import type { TargetColumn } from '../../../../shared/exchange/fields';

// Reading one source value into one target column. `undefined` means "no value" (empty cell), `null` is not
// used; a value that is there but cannot be read (「约三十」 for households, 2150 for a build year) is reported
// as bad so the import can count it per column and leave the column empty or at its default.

export type Coerced = { ok: true; value: string | number | boolean } | { ok: false; bad: boolean };

const EMPTY = { ok: false, bad: false } as const;
const BAD = { ok: false, bad: true } as const;

/** Strips thousands separators and the units ledgers append (户, 栋, 层, 米, m², 平方米, 年, mm …). */
function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return null;
  const s = String(v)
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/(户|栋|幢|层|米|平方米|㎡|m²|m2|m|mm|毫米|年|个|株|%|％)$/i, '');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function year(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const s = String(v).trim();
  const full = /(19|20)\d{2}/.exec(s);
  if (full) return Number(full[0]);
  const decade = /^(\d0)年代$/.exec(s); // 「80年代」: the decade's first year, what surveys mean by it
  return decade ? 1900 + Number(decade[1]) : null;
}

const TRUE = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', 't']);
const FALSE = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', 'f']);

export function coerce(raw: unknown, column: TargetColumn): Coerced {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string' && raw.trim() === '') return EMPTY;
  const inRange = (n: number) =>
    (column.min === undefined || n >= column.min) && (column.max === undefined || n <= column.max);
  switch (column.kind) {
    case 'string':
      return { ok: true, value: String(raw).trim() };
    case 'int': {
      const n = numberOf(raw);
      if (n === null) return BAD;
      const r = Math.round(n);
      return Math.abs(r - n) < 1e-6 && inRange(r) ? { ok: true, value: r } : BAD;
    }
    case 'number': {
      const n = numberOf(raw);
      return n !== null && inRange(n) ? { ok: true, value: n } : BAD;
    }
    case 'year': {
      const y = year(raw);
      return y !== null && inRange(y) ? { ok: true, value: y } : BAD;
    }
    case 'ratio': {
      const percent = typeof raw === 'string' && /[%％]\s*$/.test(raw);
      const n = numberOf(raw);
      if (n === null) return BAD;
      const r = percent || n > 1 ? n / 100 : n; // 85 and 85% are percents; 0.85 is a ratio
      return r >= 0 && r <= 1 ? { ok: true, value: r } : BAD;
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const s = String(raw).trim().toLowerCase();
      if (TRUE.has(s)) return { ok: true, value: true };
      if (FALSE.has(s)) return { ok: true, value: false };
      return BAD;
    }
    case 'enum': {
      const s = String(raw).trim();
      const values = column.values ?? {};
      const stored = new Set(Object.values(values));
      if (stored.has(s)) return { ok: true, value: s };
      const hit = values[s] ?? Object.entries(values).find(([label]) => s.startsWith(label))?.[1];
      return hit ? { ok: true, value: hit } : BAD;
    }
  }
}
