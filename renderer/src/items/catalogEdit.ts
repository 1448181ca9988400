// One edit of the project's renovation-item catalog (改造内容库): a renovation_items put, or null when the value
// is unchanged or invalid (blank name/unit, negative or non-numeric cost). A cost the designer enters is no
// longer the illustrative default, so its grade-C note leaves the item's source (isDefaultCost turns false).
import type { Change } from '../../../shared/model/change';
import { type RenovationItem, renovationItemSchema } from '../../../shared/model/tables';
import { GRADE_C_COST_NOTE } from '../../../shared/standards/renovation-items';

export type CatalogField = 'name' | 'unit' | 'unit_cost_yuan';

export function catalogEditChange(
  item: RenovationItem,
  field: CatalogField,
  raw: string | number | null,
  summary: string,
): Change | null {
  let value: string | number;
  if (field === 'unit_cost_yuan') {
    if (raw === null || raw === '') return null;
    value = Number(raw);
    if (!Number.isFinite(value) || value < 0) return null;
  } else {
    value = String(raw ?? '').trim();
    if (value === '') return null;
  }
  if (item[field] === value) return null;
  const source =
    field === 'unit_cost_yuan'
      ? item.source.replace(`；${GRADE_C_COST_NOTE}`, '').replace(GRADE_C_COST_NOTE, '')
      : item.source;
  const parsed = renovationItemSchema.safeParse({ ...item, [field]: value, source });
  return parsed.success ? { ops: [{ op: 'put', table: 'renovation_items', row: parsed.data }], summary } : null;
}
