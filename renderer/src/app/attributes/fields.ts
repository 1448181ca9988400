// The attribute form's fields: one per column of shared/model/tables.ts (id and geometry excepted), in the order
// the panel shows them. Labels are catalog keys `col.<table>.<column>`; enum options `enum.<column>.<value>`.
import {
  BUILDING_USES,
  type Building,
  type Compound,
  MANAGEMENT_MODES,
  PROPERTY_TYPES,
} from '../../../../shared/model/tables';

export type FieldKind = 'text' | 'textarea' | 'int' | 'number' | 'percent' | 'enum' | 'bool' | 'compoundRef';
export type EditableTable = 'compounds' | 'buildings';
export type EditableRow = Compound | Building;

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Nullable columns accept an empty input (not surveyed); others require a value. */
  nullable: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  options?: readonly string[];
}

type CompoundColumn = Exclude<keyof Compound, 'id' | 'geometry'>;
type BuildingColumn = Exclude<keyof Building, 'id' | 'geometry'>;

const YEAR = { min: 1900, max: 2100 } as const;

export const COMPOUND_FIELDS: readonly (FieldSpec & { name: CompoundColumn })[] = [
  { name: 'name', kind: 'text', nullable: false, maxLength: 200 },
  { name: 'code', kind: 'text', nullable: false, maxLength: 50 },
  { name: 'sub_district', kind: 'text', nullable: false, maxLength: 100 },
  { name: 'community', kind: 'text', nullable: false, maxLength: 100 },
  { name: 'build_year', kind: 'int', nullable: true, ...YEAR },
  { name: 'households', kind: 'int', nullable: true, min: 0 },
  { name: 'building_count', kind: 'int', nullable: true, min: 0 },
  { name: 'floor_area_m2', kind: 'number', nullable: true, min: 0 },
  { name: 'property_type', kind: 'enum', nullable: true, options: PROPERTY_TYPES },
  { name: 'management_mode', kind: 'enum', nullable: true, options: MANAGEMENT_MODES },
  { name: 'consent_ratio', kind: 'percent', nullable: true, min: 0, max: 100 },
  { name: 'excluded', kind: 'bool', nullable: false },
  { name: 'excluded_reason', kind: 'text', nullable: false, maxLength: 500 },
  { name: 'condition_notes', kind: 'textarea', nullable: false, maxLength: 4000 },
];

export const BUILDING_FIELDS: readonly (FieldSpec & { name: BuildingColumn })[] = [
  { name: 'name', kind: 'text', nullable: false, maxLength: 100 },
  { name: 'floors', kind: 'int', nullable: false, min: 1, max: 200 },
  { name: 'height_m', kind: 'number', nullable: true, min: 0, max: 1000 },
  { name: 'use', kind: 'enum', nullable: false, options: BUILDING_USES },
  { name: 'entrances', kind: 'int', nullable: false, min: 0, max: 100 },
  { name: 'households', kind: 'int', nullable: true, min: 0 },
  { name: 'has_elevator', kind: 'bool', nullable: false },
  { name: 'build_year', kind: 'int', nullable: true, ...YEAR },
  { name: 'compound_id', kind: 'compoundRef', nullable: true },
];

export const fieldsOf = (table: EditableTable): readonly FieldSpec[] =>
  table === 'compounds' ? COMPOUND_FIELDS : BUILDING_FIELDS;

export const fieldSpec = (table: EditableTable, name: string): FieldSpec => {
  const spec = fieldsOf(table).find((f) => f.name === name);
  if (!spec) throw new Error(`no field ${table}.${name}`);
  return spec;
};

export const labelKey = (table: EditableTable, name: string): string => `col.${table}.${name}`;
export const optionKey = (field: string, value: string): string => `enum.${field}.${value}`;
