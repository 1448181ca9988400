// Row ↔ form conversion and per-field validation for the attribute panel. A form value is what an antd input
// holds: strings, numbers (percent for ratios stored 0..1), booleans, or null for "not surveyed".
// Every field edit becomes one Change (one undo step); an unchanged field yields no Change at all.
import type { ChangeOp } from '../../../../shared/model/change';
import type { Building, Compound } from '../../../../shared/model/tables';
import type { EditableRow, EditableTable, FieldSpec } from './fields';
import { fieldSpec, fieldsOf } from './fields';

export type FormValue = string | number | boolean | null;
export type FormValues = Record<string, FormValue>;
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

/** Percent shown with at most two decimals: 2/3 → 66.67. */
const toPercent = (ratio: number): number => Math.round(ratio * 10_000) / 100;

export function toFormValue(spec: FieldSpec, value: unknown): FormValue {
  if (value === null || value === undefined) return null;
  if (spec.kind === 'percent') return toPercent(Number(value));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function toFormValues(table: EditableTable, row: EditableRow): FormValues {
  const values: FormValues = {};
  const record = row as unknown as Record<string, unknown>;
  for (const spec of fieldsOf(table)) values[spec.name] = toFormValue(spec, record[spec.name]);
  return values;
}

const isBlank = (v: FormValue | undefined): boolean => v === null || v === undefined || v === '';

/** Checks one form value against its column's rules; null when valid. */
export function validateValue(spec: FieldSpec, value: FormValue | undefined): Problem | null {
  if (isBlank(value)) {
    if (spec.kind === 'text' || spec.kind === 'textarea' || spec.nullable) return null;
    return { key: 'valid.required' };
  }
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return spec.maxLength !== undefined && String(value).length > spec.maxLength
        ? { key: 'valid.tooLong', params: { max: spec.maxLength } }
        : null;
    case 'int':
    case 'number':
    case 'percent': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return { key: 'valid.number' };
      if (spec.kind === 'int' && !Number.isInteger(n)) return { key: 'valid.integer' };
      if (spec.min !== undefined && spec.max !== undefined && (n < spec.min || n > spec.max))
        return { key: 'valid.range', params: { min: spec.min, max: spec.max } };
      if (spec.min !== undefined && n < spec.min) return { key: 'valid.min', params: { min: spec.min } };
      return null;
    }
    case 'enum':
      return spec.options?.includes(String(value)) ? null : { key: 'valid.required' };
    default:
      return null;
  }
}

export function fromFormValue(spec: FieldSpec, value: FormValue | undefined): unknown {
  if (spec.kind === 'text' || spec.kind === 'textarea') return typeof value === 'string' ? value.trim() : '';
  if (spec.kind === 'bool') return value === true;
  if (isBlank(value)) return null;
  if (spec.kind === 'percent') return Number(value) / 100;
  if (spec.kind === 'int' || spec.kind === 'number') return Number(value);
  return value;
}

/** Fields that are committed together: an excluded compound needs its reason in the same step. */
const LINKED: Record<string, readonly string[]> = { excluded: ['excluded_reason'], excluded_reason: ['excluded'] };

export type FieldEdit<R extends EditableRow> =
  | { kind: 'edit'; row: R; fields: string[] }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; problems: Record<string, Problem> };

/**
 * The row after editing `field` to the form's value (with linked fields), or why it cannot be committed.
 * Unchanged means the form value equals the row's own form value, so display rounding (66.67 %) never commits.
 */
export function buildFieldEdit<R extends EditableRow>(
  table: EditableTable,
  row: R,
  field: string,
  form: FormValues,
): FieldEdit<R> {
  const names = [field, ...(table === 'compounds' ? (LINKED[field] ?? []) : [])];
  const current = toFormValues(table, row);
  const problems: Record<string, Problem> = {};
  const next: Record<string, unknown> = { ...row };
  const changed: string[] = [];
  for (const name of names) {
    const spec = fieldSpec(table, name);
    const value = name in form ? form[name] : current[name];
    const problem = validateValue(spec, value);
    if (problem) problems[name] = problem;
    else if (!sameFormValue(value, current[name])) {
      next[name] = fromFormValue(spec, value);
      changed.push(name);
    }
  }
  if (table === 'compounds' && next.excluded === true && String(next.excluded_reason ?? '').trim() === '')
    problems.excluded_reason = { key: 'valid.reasonRequired' };
  if (Object.keys(problems).length > 0) return { kind: 'invalid', problems };
  if (changed.length === 0) return { kind: 'unchanged' };
  return { kind: 'edit', row: next as unknown as R, fields: changed };
}

function sameFormValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b;
}

/** The put op writing an edited row back to its table. */
export const putRow = (table: EditableTable, row: EditableRow): ChangeOp =>
  table === 'compounds' ? { op: 'put', table, row: row as Compound } : { op: 'put', table, row: row as Building };
