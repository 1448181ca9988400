import { EXPORT_LAYERS, type ExportLayerTable } from '../../../../shared/exchange/field-names';
import type { Geometry } from '../../../../shared/model/geometry';
import { type ColumnKind, TABLE_COLUMNS } from '../../store/columns';
import type { ExportRows } from '../select-rows';

// The feature layers of an export as every flat format sees them (GeoJSON, Shapefile, KML, DXF): the table's
// columns except the geometry, values made flat — booleans 0/1 (as the GeoPackage stores them), JSON columns as
// their JSON text — so a value means the same in every format.

export type FlatValue = string | number | null;
export type AttributeKind = 'text' | 'integer' | 'real';

export interface ExportColumn {
  name: string;
  kind: AttributeKind;
}

export interface ExportLayer {
  table: ExportLayerTable;
  zh: string;
  en: string;
  columns: ExportColumn[];
  /** Rows of the table; `values(i)` flattens row i's attributes in `columns` order. */
  rows: readonly ({ geometry: Geometry } & Record<string, unknown>)[];
}

const flatKind: Record<Exclude<ColumnKind, 'geometry'>, AttributeKind> = {
  text: 'text',
  integer: 'integer',
  real: 'real',
  boolean: 'integer',
  json: 'text',
};

export function layerColumns(table: ExportLayerTable): ExportColumn[] {
  return TABLE_COLUMNS[table]
    .filter((c) => c.kind !== 'geometry')
    .map((c) => ({ name: c.name, kind: flatKind[c.kind as Exclude<ColumnKind, 'geometry'>] }));
}

/** Flattened attribute values of one row, in `layerColumns(table)` order. */
export function flatValues(table: ExportLayerTable, row: Record<string, unknown>): FlatValue[] {
  const out: FlatValue[] = [];
  for (const c of TABLE_COLUMNS[table]) {
    if (c.kind === 'geometry') continue;
    const v = row[c.name];
    if (v === null || v === undefined) out.push(null);
    else if (c.kind === 'boolean') out.push(v ? 1 : 0);
    else if (c.kind === 'json') out.push(JSON.stringify(v));
    else out.push(v as string | number);
  }
  return out;
}

/** The non-empty feature layers of `rows`, in EXPORT_LAYERS order. */
export function exportLayers(rows: ExportRows): ExportLayer[] {
  const layers: ExportLayer[] = [];
  for (const spec of EXPORT_LAYERS) {
    const list = rows[spec.table] as unknown as ExportLayer['rows'];
    if (list.length === 0) continue;
    layers.push({ table: spec.table, zh: spec.zh, en: spec.en, columns: layerColumns(spec.table), rows: list });
  }
  return layers;
}

/** Rows written per layer, for ExportResult.counts. */
export const layerCounts = (layers: readonly ExportLayer[]): Record<string, number> =>
  Object.fromEntries(layers.map((l) => [l.table, l.rows.length]));
