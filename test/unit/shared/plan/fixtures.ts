import type { CompoundItem, RenovationItem } from '../../../../shared/model/tables';
import { DEFAULT_RENOVATION_ITEMS } from '../../../../shared/standards/renovation-items';
import { deepFreeze } from '../helpers';

// Shared fixtures of the issue-3 analysis tests: the default catalog as a record, and line rows.

export const catalog: Readonly<Record<string, RenovationItem>> = deepFreeze(
  Object.fromEntries(DEFAULT_RENOVATION_ITEMS.map((i) => [i.id, i])),
);

let n = 0;
export const line = (over: Partial<CompoundItem> & Pick<CompoundItem, 'item_id'>): CompoundItem =>
  deepFreeze({
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    compound_id: 'c1',
    deficient: false,
    planned: false,
    quantity: null,
    note: '',
    ...over,
  });
