import type { TableName } from '../../../shared/model/tables';

// The one column spec per table the backend writes: SQL lists, row <-> SQL conversion and the schema test derive
// from it. It must match shared/model/tables.ts (keys) and resources/migrations (SQL); test/unit/backend checks both.

/** How a row value is stored: booleans as INTEGER 0/1, geometry as GeoPackage binary, json as TEXT. */
export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'geometry' | 'json';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

const col = (name: string, kind: ColumnKind, nullable = false): ColumnSpec => ({ name, kind, nullable });

export const TABLE_COLUMNS: Record<TableName, readonly ColumnSpec[]> = {
  compounds: [
    col('id', 'text'),
    col('code', 'text'),
    col('name', 'text'),
    col('sub_district', 'text'),
    col('community', 'text'),
    col('build_year', 'integer', true),
    col('households', 'integer', true),
    col('building_count', 'integer', true),
    col('floor_area_m2', 'real', true),
    col('property_type', 'text', true),
    col('management_mode', 'text', true),
    col('consent_ratio', 'real', true),
    col('excluded', 'boolean'),
    col('excluded_reason', 'text'),
    col('condition_notes', 'text'),
    col('geometry', 'geometry'),
  ],
  buildings: [
    col('id', 'text'),
    col('compound_id', 'text', true),
    col('name', 'text'),
    col('floors', 'integer'),
    col('height_m', 'real', true),
    col('use', 'text'),
    col('entrances', 'integer'),
    col('households', 'integer', true),
    col('has_elevator', 'boolean'),
    col('build_year', 'integer', true),
    col('geometry', 'geometry'),
  ],
  settings: [col('id', 'text'), col('value', 'json')],
  packages: [
    col('id', 'text'),
    col('name', 'text'),
    col('sub_district', 'text'),
    col('status', 'text'),
    col('plan_year', 'integer', true),
    col('start_year', 'integer', true),
    col('completion_year', 'integer', true),
    col('locked', 'boolean'),
    col('funding', 'json', true),
    col('notes', 'text'),
    col('geometry', 'geometry'),
  ],
  package_members: [col('id', 'text'), col('package_id', 'text'), col('compound_id', 'text')],
  renovation_items: [
    col('id', 'text'),
    col('class', 'text'),
    col('name', 'text'),
    col('unit', 'text'),
    col('unit_cost_yuan', 'real'),
    col('quantity_rule', 'text'),
    col('source', 'text'),
    col('sort', 'integer'),
  ],
  compound_items: [
    col('id', 'text'),
    col('compound_id', 'text'),
    col('item_id', 'text'),
    col('deficient', 'boolean'),
    col('planned', 'boolean'),
    col('quantity', 'real', true),
    col('note', 'text'),
  ],
  pipelines: [
    col('id', 'text'),
    col('code', 'text'),
    col('type', 'text'),
    col('gas_pressure', 'text', true),
    col('laying', 'text', true),
    col('diameter_mm', 'real'),
    col('depth_start_m', 'real'),
    col('depth_end_m', 'real'),
    col('material', 'text'),
    col('status', 'text'),
    col('owner', 'text'),
    col('municipal', 'boolean'),
    col('compound_id', 'text', true),
    col('package_id', 'text', true),
    col('geometry', 'geometry'),
  ],
  trees: [
    col('id', 'text'),
    col('species', 'text'),
    col('crown_radius_m', 'real'),
    col('compound_id', 'text', true),
    col('geometry', 'geometry'),
  ],
  clearance_rules: [
    col('id', 'text'),
    col('kind', 'text'),
    col('a', 'text'),
    col('b', 'text'),
    col('metres', 'real'),
    col('confidence', 'text'),
    col('source', 'text'),
  ],
  conflict_reviews: [
    col('id', 'text'),
    col('rule', 'text'),
    col('accepted', 'boolean'),
    col('note', 'text'),
    col('reviewed_at', 'text'),
  ],
  roads: [
    col('id', 'text'),
    col('name', 'text'),
    col('kind', 'text'),
    col('width_m', 'real'),
    col('compound_id', 'text', true),
    col('geometry', 'geometry'),
  ],
  site_areas: [
    col('id', 'text'),
    col('kind', 'text'),
    col('name', 'text'),
    col('keep', 'boolean'),
    col('demolish', 'boolean'),
    col('compound_id', 'text', true),
    col('note', 'text'),
    col('geometry', 'geometry'),
  ],
  facilities: [
    col('id', 'text'),
    col('type', 'text'),
    col('name', 'text'),
    col('compound_id', 'text', true),
    col('building_id', 'text', true),
    col('floors', 'integer'),
    col('height_m', 'real'),
    col('rotation_deg', 'real'),
    col('note', 'text'),
    col('geometry', 'geometry'),
  ],
  leftover_pieces: [
    col('id', 'text'),
    col('compound_id', 'text'),
    col('area_m2', 'real'),
    col('min_width_m', 'real'),
    col('fits', 'json'),
    col('computed_at', 'text'),
    col('geometry', 'geometry'),
  ],
  review_meetings: [
    col('id', 'text'),
    col('title', 'text'),
    col('held_on', 'text'),
    col('location', 'text'),
    col('attendees', 'json'),
    col('agenda', 'json'),
    col('notes', 'text'),
  ],
  review_opinions: [
    col('id', 'text'),
    col('meeting_id', 'text', true),
    col('package_id', 'text'),
    col('department', 'text'),
    col('verdict', 'text'),
    col('text', 'text'),
    col('conditions', 'text'),
    col('pin_lon', 'real', true),
    col('pin_lat', 'real', true),
    col('recorded_at', 'text'),
  ],
  annotations: [
    col('id', 'text'),
    col('package_id', 'text'),
    col('meeting_id', 'text', true),
    col('color', 'text'),
    col('width_px', 'real'),
    col('note', 'text'),
    col('created_at', 'text'),
    col('geometry', 'geometry'),
  ],
};

/** Quotes an identifier for SQL (names come from the spec above, never from input). */
export const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const columnList = (table: TableName): string => TABLE_COLUMNS[table].map((c) => quoteId(c.name)).join(', ');
