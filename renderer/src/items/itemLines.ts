// A compound's renovation-item lines as the items panel edits them: each edit puts ONE compound_items row (creating
// it on first touch), so it is one Change and one undo step. A line's quantity null means "use the suggestion".
import type { Change } from '../../../shared/model/change';
import { ITEM_CLASSES, type ItemClass } from '../../../shared/model/funding';
import type { CompoundItem, RenovationItem } from '../../../shared/model/tables';

export type LinePatch = Partial<Pick<CompoundItem, 'deficient' | 'planned' | 'quantity' | 'note'>>;

/** The compound's line for each catalog item, by item id (at most one line per compound and item). */
export function linesByItem(lines: Record<string, CompoundItem>, compoundId: string): Map<string, CompoundItem> {
  const byItem = new Map<string, CompoundItem>();
  for (const l of Object.values(lines)) if (l.compound_id === compoundId) byItem.set(l.item_id, l);
  return byItem;
}

/**
 * The row after applying `patch` to a compound's line for `itemId`, or null when nothing changes. A missing line
 * starts as "not deficient, not planned, suggested quantity" with a fresh id from `newId`.
 */
export function patchLine(
  existing: CompoundItem | undefined,
  compoundId: string,
  itemId: string,
  patch: LinePatch,
  newId: () => string,
): CompoundItem | null {
  const base: CompoundItem = existing ?? {
    id: newId(),
    compound_id: compoundId,
    item_id: itemId,
    deficient: false,
    planned: false,
    quantity: null,
    note: '',
  };
  const next: CompoundItem = { ...base, ...patch };
  const same =
    existing !== undefined &&
    next.deficient === existing.deficient &&
    next.planned === existing.planned &&
    next.quantity === existing.quantity &&
    next.note === existing.note;
  if (same) return null;
  // A fresh line that patches nothing away from the blank state is not worth a row.
  if (!existing && !next.deficient && !next.planned && next.quantity === null && next.note === '') return null;
  return next;
}

/** The one-op Change writing a line edit, or null when the edit changes nothing. */
export function lineChange(
  existing: CompoundItem | undefined,
  compoundId: string,
  itemId: string,
  patch: LinePatch,
  newId: () => string,
  summary: string,
): Change | null {
  const row = patchLine(existing, compoundId, itemId, patch, newId);
  return row ? { ops: [{ op: 'put', table: 'compound_items', row }], summary } : null;
}

/** A typed quantity input → the stored quantity: blank or invalid clears it (back to the suggestion). */
export function quantityFromInput(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The catalog grouped by class in catalog order (sort, then code). */
export function catalogByClass(items: Record<string, RenovationItem>): Record<ItemClass, RenovationItem[]> {
  const groups = Object.fromEntries(ITEM_CLASSES.map((c) => [c, [] as RenovationItem[]])) as Record<
    ItemClass,
    RenovationItem[]
  >;
  const sorted = Object.values(items).sort((a, b) => a.sort - b.sort || a.id.localeCompare(b.id));
  for (const item of sorted) groups[item.class].push(item);
  return groups;
}
