import { TARGET_COLUMNS } from '../../../../shared/exchange/fields';
import { AppError } from '../../../../shared/model/errors';
import type { ImportLayer } from '../../../../shared/model/exchange';
import { tableSchemas } from '../../../../shared/model/tables';
import { coerce } from './coerce';
import type { Tally } from './tally';

// Source properties → target values through the user's mapping. Unmapped fields are dropped; a value that
// cannot be read is left out (the column keeps its default or stays empty) and counted per column.

export type MappedValues = Record<string, string | number | boolean>;

export function createMapper(
  layer: ImportLayer,
  mapping: Record<string, string>,
): (props: Record<string, unknown>, tally: Tally) => MappedValues {
  const columns = new Map(TARGET_COLUMNS[layer].map((c) => [c.name, c]));
  const pairs = Object.entries(mapping).map(([field, target]) => {
    const column = columns.get(target);
    if (!column) throw new AppError('input.invalid', { detail: `“${target}” 不是图层 ${layer} 的字段` });
    return [field, column] as const;
  });
  // Text longer than the column allows would fail the whole change: cut it (and count it) instead.
  const shape = tableSchemas[layer].shape as Record<string, { maxLength?: number | null }>;
  const maxLength = (name: string): number => shape[name]?.maxLength ?? 200;
  return (props, tally) => {
    const out: MappedValues = {};
    for (const [field, column] of pairs) {
      const r = coerce(props[field], column);
      if (r.ok) {
        const limit = maxLength(column.name);
        if (typeof r.value === 'string' && r.value.length > limit) {
          out[column.name] = r.value.slice(0, limit);
          tally.bad(column.name);
        } else out[column.name] = r.value;
      } else if (r.bad) tally.bad(column.name);
    }
    return out;
  };
}
