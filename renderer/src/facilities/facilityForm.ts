// The facility form's field rules, pure: which fields a designer edits and how a typed value becomes the row's value
// (or a message saying why not). The schema's bounds (shared/model/tables facilitySchema) are the bounds here.
import { t } from '../../../shared/i18n';
import type { Facility } from '../../../shared/model/tables';
import './messages';

export type FacilityField = 'name' | 'floors' | 'height_m' | 'note';
export const FACILITY_FIELDS: readonly FacilityField[] = ['name', 'floors', 'height_m', 'note'];

const BOUNDS = { floors: [0, 50], height_m: [0, 200] } as const;
const MAX_TEXT = { name: 100, note: 1000 } as const;

export type FieldEdit = { kind: 'ok'; row: Facility } | { kind: 'unchanged' } | { kind: 'invalid'; message: string };

export function editFacility(row: Facility, field: FacilityField, value: string | number | null): FieldEdit {
  if (field === 'name' || field === 'note') {
    const text = String(value ?? '')
      .trim()
      .slice(0, MAX_TEXT[field]);
    return text === row[field] ? { kind: 'unchanged' } : { kind: 'ok', row: { ...row, [field]: text } };
  }
  const [min, max] = BOUNDS[field];
  const n = typeof value === 'number' ? value : Number(value);
  if (value === null || value === '' || !Number.isFinite(n) || n < min || n > max)
    return { kind: 'invalid', message: t('facilities.form.invalid', { min, max }) };
  const v = field === 'floors' ? Math.round(n) : n;
  return v === row[field] ? { kind: 'unchanged' } : { kind: 'ok', row: { ...row, [field]: v } };
}
