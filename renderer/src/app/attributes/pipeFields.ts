// The attribute fields of a pipeline and a tree, and the pure edit of one field: parse the input, validate it
// against the row schema (messages in the UI language, Chinese by default), and return the new row or why not.
// Gas pressure shows for gas pipes only and laying for power/telecom only; changing the type sets or clears them
// so the row stays consistent with what the clearance check reads.
import { t } from '../../../../shared/i18n';
import {
  GAS_PRESSURES,
  PIPE_LAYINGS,
  PIPE_STATUSES,
  PIPE_TYPES,
  type PipeType,
} from '../../../../shared/model/pipelines';
import { type Pipeline, pipelineSchema, type RowOf, type Tree, treeSchema } from '../../../../shared/model/tables';
import '../../map/pipeMessages';

export type LineFieldKind = 'text' | 'number' | 'enum' | 'bool' | 'compoundRef';

export interface LineFieldSpec<R> {
  name: keyof R & string;
  kind: LineFieldKind;
  /** Option values and their message-key prefix (`${prefix}.${value}`). */
  options?: readonly string[];
  optionPrefix?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  shown?(row: R): boolean;
}

const hasPressure = (type: PipeType): boolean => type === 'gas';
const hasLaying = (type: PipeType): boolean => type === 'power' || type === 'telecom';

export const PIPELINE_FIELDS: readonly LineFieldSpec<Pipeline>[] = [
  { name: 'code', kind: 'text', maxLength: 50 },
  { name: 'type', kind: 'enum', options: PIPE_TYPES, optionPrefix: 'pipemap.type' },
  {
    name: 'gas_pressure',
    kind: 'enum',
    options: GAS_PRESSURES,
    optionPrefix: 'pipemap.gas',
    shown: (r) => hasPressure(r.type),
  },
  {
    name: 'laying',
    kind: 'enum',
    options: PIPE_LAYINGS,
    optionPrefix: 'pipemap.laying',
    shown: (r) => hasLaying(r.type),
  },
  { name: 'diameter_mm', kind: 'number', min: 0, max: 10000 },
  { name: 'depth_start_m', kind: 'number', min: 0, max: 50 },
  { name: 'depth_end_m', kind: 'number', min: 0, max: 50 },
  { name: 'material', kind: 'text', maxLength: 50 },
  { name: 'status', kind: 'enum', options: PIPE_STATUSES, optionPrefix: 'pipemap.status' },
  { name: 'owner', kind: 'text', maxLength: 100 },
  { name: 'municipal', kind: 'bool' },
  { name: 'compound_id', kind: 'compoundRef' },
];

export const TREE_FIELDS: readonly LineFieldSpec<Tree>[] = [
  { name: 'species', kind: 'text', maxLength: 50 },
  { name: 'crown_radius_m', kind: 'number', min: 0, max: 30 },
  { name: 'compound_id', kind: 'compoundRef' },
];

export type LineEdit<R> = { kind: 'ok'; row: R } | { kind: 'unchanged' } | { kind: 'invalid'; message: string };

/** Input value of a form control: text, a number (null when empty), an option, a boolean or a compound id. */
export type LineInput = string | number | boolean | null;

function parse<R>(spec: LineFieldSpec<R>, value: LineInput): { ok: true; value: LineInput } | { ok: false } {
  if (spec.kind === 'number') {
    const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
    if (value === null || value === '' || !Number.isFinite(n)) return { ok: false };
    if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) return { ok: false };
    return { ok: true, value: n };
  }
  if (spec.kind === 'text') {
    const s = String(value ?? '');
    return spec.maxLength !== undefined && s.length > spec.maxLength ? { ok: false } : { ok: true, value: s };
  }
  return { ok: true, value };
}

function invalidMessage<R>(spec: LineFieldSpec<R>): string {
  if (spec.kind === 'number') return t('pipemap.invalid.number', { min: spec.min ?? 0, max: spec.max ?? '' });
  return t('pipemap.invalid.text', { max: spec.maxLength ?? 0 });
}

/** A pipe with `type` changed: gas gets a pressure (low) and others none; power/telecom a laying, others none. */
export function withPipeType(row: Pipeline, type: PipeType): Pipeline {
  return {
    ...row,
    type,
    gas_pressure: hasPressure(type) ? (row.gas_pressure ?? 'low') : null,
    laying: hasLaying(type) ? (row.laying ?? 'direct_buried') : null,
  };
}

export function editPipelineField(row: Pipeline, field: string, value: LineInput): LineEdit<Pipeline> {
  return editField(row, field, value, PIPELINE_FIELDS, pipelineSchema, {
    type: (r, v) => withPipeType(r, v as PipeType),
  });
}

export function editTreeField(row: Tree, field: string, value: LineInput): LineEdit<Tree> {
  return editField(row, field, value, TREE_FIELDS, treeSchema);
}

export type LineTable = 'pipelines' | 'trees' | 'roads' | 'site_areas';

/** One table's attribute form: its fields and their edit, and the message keys of its kind and field labels. */
export interface LineFormSpec<T extends LineTable> {
  table: T;
  fields: readonly LineFieldSpec<RowOf<T>>[];
  edit(row: RowOf<T>, field: string, value: LineInput): LineEdit<RowOf<T>>;
  kindKey: string;
  labelPrefix: string;
}

export const PIPELINE_FORM: LineFormSpec<'pipelines'> = {
  table: 'pipelines',
  fields: PIPELINE_FIELDS,
  edit: editPipelineField,
  kindKey: 'pipemap.attr.pipeline',
  labelPrefix: 'pipemap.col',
};

export const TREE_FORM: LineFormSpec<'trees'> = {
  table: 'trees',
  fields: TREE_FIELDS,
  edit: editTreeField,
  kindKey: 'pipemap.attr.tree',
  labelPrefix: 'pipemap.col',
};

/** The row check an edit must pass: the table's schema. */
export interface RowCheck {
  safeParse(row: unknown): { success: boolean };
}

/** Fields whose edit changes more than the field itself (a pipe's type, an area's kind), by field name. */
export type FieldApply<R> = Partial<Record<string, (row: R, value: LineInput) => R>>;

/**
 * Parses and validates one field's input against `fields` and the row schema; the field is set as given unless
 * `apply` has its own rule for it. Shared with the site-context forms.
 */
export function editField<R extends Record<string, unknown>>(
  row: R,
  field: string,
  value: LineInput,
  fields: readonly LineFieldSpec<R>[],
  schema: RowCheck,
  apply: FieldApply<R> = {},
): LineEdit<R> {
  const spec = fields.find((f) => f.name === field);
  if (!spec) return { kind: 'unchanged' };
  const parsed = parse(spec, value);
  if (!parsed.ok) return { kind: 'invalid', message: invalidMessage(spec) };
  if (row[field] === parsed.value) return { kind: 'unchanged' };
  const next = apply[field]?.(row, parsed.value) ?? { ...row, [field]: parsed.value };
  return schema.safeParse(next).success
    ? { kind: 'ok', row: next }
    : { kind: 'invalid', message: invalidMessage(spec) };
}
