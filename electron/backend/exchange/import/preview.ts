import { guessMapping } from '../../../../shared/exchange/fields';
import type { ImportLayer, SourceField } from '../../../../shared/model/exchange';
import type { SourceData } from '../read/types';

// The parts of the preview that describe the source itself: field types with sample values, geometry types,
// and the target layer the data most likely belongs to.

const SAMPLES = 3;
/** Numbers written as text (CSV cells, DBF character fields): typed as numbers in the preview. */
const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function describeFields(data: SourceData): SourceField[] {
  return data.fields.map((name) => {
    const samples: string[] = [];
    let type: SourceField['type'] | null = null;
    const widen = (t: SourceField['type']) => {
      if (type === null || type === t) type = t;
      else if ((type === 'integer' && t === 'number') || (type === 'number' && t === 'integer')) type = 'number';
      else type = 'string';
    };
    for (const f of data.features) {
      const v = f.properties[name];
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'number') widen(Number.isInteger(v) ? 'integer' : 'number');
      else if (typeof v === 'boolean') widen('boolean');
      else if (v instanceof Date || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))) widen('date');
      else if (typeof v === 'string' && NUMERIC.test(v.trim())) widen(/[.eE]/.test(v) ? 'number' : 'integer');
      else widen('string');
      const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      if (samples.length < SAMPLES && !samples.includes(text)) samples.push(text.slice(0, 80));
      if (samples.length >= SAMPLES && type === 'string') break;
    }
    return { name, type: type ?? 'unknown', samples };
  });
}

export function geometryTypes(data: SourceData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of data.features) {
    const t = f.geometry?.type ?? 'None';
    out[t] = (out[t] ?? 0) + 1;
  }
  return out;
}

/** Polygons → compounds (buildings when the fields say 层数/单元数/电梯), lines → pipelines or roads, points → trees. */
export function suggestLayer(types: Record<string, number>, fields: readonly string[]): ImportLayer {
  const count = (...names: string[]) => names.reduce((n, k) => n + (types[k] ?? 0), 0);
  const polygons = count('Polygon', 'MultiPolygon');
  const lines = count('LineString', 'MultiLineString');
  const points = count('Point', 'MultiPoint');
  const has = (layer: ImportLayer) => Object.keys(guessMapping(fields, layer)).length;
  if (polygons >= lines && polygons >= points && polygons > 0) {
    const buildingFields = Object.values(guessMapping(fields, 'buildings')).filter(
      (c) => c === 'floors' || c === 'entrances' || c === 'has_elevator',
    ).length;
    return buildingFields > 0 ? 'buildings' : 'compounds';
  }
  if (lines >= points && lines > 0) return has('pipelines') > has('roads') ? 'pipelines' : 'roads';
  if (points > 0) return 'trees';
  return 'compounds'; // a ledger without geometry: joined to compounds
}
