import { describe, expect, it } from 'vitest';
import { BUILDING_FIELDS, COMPOUND_FIELDS, fieldSpec } from '../../../renderer/src/app/attributes/fields';
import {
  buildFieldEdit,
  fromFormValue,
  toFormValues,
  validateValue,
} from '../../../renderer/src/app/attributes/formValues';
import { buildingSchema, compoundSchema } from '../../../shared/model/tables';
import { B1, building, C1, compound } from './fixtures';

describe('attribute fields', () => {
  it('cover every column of the tables except id and geometry', () => {
    const columns = (shape: object) =>
      Object.keys(shape)
        .filter((k) => k !== 'id' && k !== 'geometry')
        .sort();
    expect(COMPOUND_FIELDS.map((f) => f.name).sort()).toEqual(columns(compoundSchema.shape));
    expect(BUILDING_FIELDS.map((f) => f.name).sort()).toEqual(columns(buildingSchema.shape));
  });
});

describe('row ↔ form values', () => {
  it('shows the consent ratio as a percent with two decimals and converts back', () => {
    const values = toFormValues('compounds', compound(C1));
    expect(values.consent_ratio).toBe(66.67);
    expect(fromFormValue(fieldSpec('compounds', 'consent_ratio'), 80)).toBe(0.8);
    expect(fromFormValue(fieldSpec('compounds', 'consent_ratio'), null)).toBeNull();
  });

  it('turns an emptied number into null and trims text', () => {
    expect(fromFormValue(fieldSpec('compounds', 'households'), '')).toBeNull();
    expect(fromFormValue(fieldSpec('compounds', 'name'), '  新名  ')).toBe('新名');
    expect(fromFormValue(fieldSpec('buildings', 'has_elevator'), true)).toBe(true);
  });
});

describe('validation', () => {
  const year = fieldSpec('compounds', 'build_year');
  it('keeps years in 1900–2100', () => {
    expect(validateValue(year, 1899)).toEqual({ key: 'valid.range', params: { min: 1900, max: 2100 } });
    expect(validateValue(year, 2101)?.key).toBe('valid.range');
    expect(validateValue(year, 1990.5)?.key).toBe('valid.integer');
    expect(validateValue(year, 1990)).toBeNull();
    expect(validateValue(year, null)).toBeNull();
  });
  it('keeps ratios in 0–100 %, households ≥ 0, floors ≥ 1', () => {
    expect(validateValue(fieldSpec('compounds', 'consent_ratio'), 101)?.key).toBe('valid.range');
    expect(validateValue(fieldSpec('compounds', 'consent_ratio'), -1)?.key).toBe('valid.range');
    expect(validateValue(fieldSpec('compounds', 'households'), -3)).toEqual({ key: 'valid.min', params: { min: 0 } });
    expect(validateValue(fieldSpec('buildings', 'floors'), 0)?.key).toBe('valid.range');
    expect(validateValue(fieldSpec('buildings', 'floors'), null)?.key).toBe('valid.required');
  });
});

describe('one field edit → one row', () => {
  it('changes only the edited field and never the input row', () => {
    const row = compound(C1);
    const edit = buildFieldEdit('compounds', row, 'name', { ...toFormValues('compounds', row), name: '新名' });
    expect(edit.kind).toBe('edit');
    if (edit.kind !== 'edit') return;
    expect(edit.fields).toEqual(['name']);
    expect(edit.row).toEqual({ ...row, name: '新名' });
    expect(row.name).toBe('幸福里小区');
  });

  it('does not commit display rounding (66.67 % stays 2/3)', () => {
    const row = compound(C1);
    expect(buildFieldEdit('compounds', row, 'consent_ratio', toFormValues('compounds', row)).kind).toBe('unchanged');
    const edit = buildFieldEdit('compounds', row, 'consent_ratio', { consent_ratio: 75 });
    expect(edit.kind === 'edit' && edit.row.consent_ratio).toBe(0.75);
  });

  it('refuses an invalid value with its message key', () => {
    const edit = buildFieldEdit('compounds', compound(C1), 'build_year', { build_year: 1850 });
    expect(edit).toEqual({
      kind: 'invalid',
      problems: { build_year: { key: 'valid.range', params: { min: 1900, max: 2100 } } },
    });
  });

  it('an excluded compound needs a reason, committed in the same step', () => {
    const row = compound(C1);
    const noReason = buildFieldEdit('compounds', row, 'excluded', { excluded: true, excluded_reason: '' });
    expect(noReason.kind === 'invalid' && noReason.problems.excluded_reason?.key).toBe('valid.reasonRequired');
    const withReason = buildFieldEdit('compounds', row, 'excluded_reason', {
      excluded: true,
      excluded_reason: '规划拆除',
    });
    expect(withReason.kind).toBe('edit');
    if (withReason.kind !== 'edit') return;
    expect(withReason.row.excluded).toBe(true);
    expect(withReason.row.excluded_reason).toBe('规划拆除');
    expect(withReason.fields.sort()).toEqual(['excluded', 'excluded_reason']);
  });

  it('edits a building’s compound and elevator', () => {
    const row = building(B1, C1);
    const moved = buildFieldEdit('buildings', row, 'compound_id', { compound_id: null });
    expect(moved.kind === 'edit' && moved.row.compound_id).toBeNull();
    const lift = buildFieldEdit('buildings', row, 'has_elevator', { has_elevator: true });
    expect(lift.kind === 'edit' && lift.row.has_elevator).toBe(true);
  });

  it('produces rows the table schema accepts', () => {
    const row = compound(C1);
    const edit = buildFieldEdit('compounds', row, 'households', { households: 400 });
    expect(edit.kind === 'edit' && compoundSchema.safeParse(edit.row).success).toBe(true);
  });
});
