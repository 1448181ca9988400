import type { CompoundItem, RenovationItem } from '../model/tables';

// "基础类应改尽改" (seed 000 / DOMAIN.md "Renovation content"): every basic item the survey marks deficient should
// be in the compound's renovation list. This finds the ones that are not, so the panel and the table can flag them.

/**
 * Ids of basic items that the compound's survey marks deficient but its plan leaves out, in catalog order.
 * Pass the lines of one compound; lines whose item is gone from the catalog are ignored.
 * @example missingBasicItems([{ item_id: 'B23', deficient: true, planned: false, … }], catalog) // → ['B23']
 */
export function missingBasicItems(
  lines: readonly Pick<CompoundItem, 'item_id' | 'deficient' | 'planned'>[],
  catalog: Readonly<Record<string, Pick<RenovationItem, 'class' | 'sort'>>>,
): string[] {
  const planned = new Set(lines.filter((l) => l.planned).map((l) => l.item_id));
  const missing = new Set<string>();
  for (const l of lines) {
    if (l.deficient && !planned.has(l.item_id) && catalog[l.item_id]?.class === 'basic') missing.add(l.item_id);
  }
  return [...missing].sort((a, b) => (catalog[a]?.sort ?? 0) - (catalog[b]?.sort ?? 0) || a.localeCompare(b));
}
