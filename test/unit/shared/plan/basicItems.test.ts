import { describe, expect, it } from 'vitest';
import { missingBasicItems } from '../../../../shared/analysis/basicItems';
import { deepFreeze } from '../helpers';
import { catalog, line } from './fixtures';

describe('missingBasicItems (基础类应改尽改)', () => {
  it('lists deficient basic items left out of the plan, in catalog order', () => {
    const lines = deepFreeze([
      line({ item_id: 'B24', deficient: true }), // missing
      line({ item_id: 'B01', deficient: true }), // missing, comes first in the catalog
      line({ item_id: 'B23', deficient: true, planned: true }), // planned: fine
      line({ item_id: 'B04', deficient: false }), // not deficient: fine
      line({ item_id: 'I13', deficient: true }), // not basic: not required
      line({ item_id: 'X99', deficient: true }), // not in the catalog: ignored
    ]);
    expect(missingBasicItems(lines, catalog)).toEqual(['B01', 'B24']);
  });
  it('is empty when every deficient basic item is planned, or nothing was surveyed', () => {
    expect(missingBasicItems([line({ item_id: 'B01', deficient: true, planned: true })], catalog)).toEqual([]);
    expect(missingBasicItems([], catalog)).toEqual([]);
  });
  it('counts an item planned on another line of the same item', () => {
    const lines = [line({ item_id: 'B01', deficient: true }), line({ item_id: 'B01', planned: true })];
    expect(missingBasicItems(lines, catalog)).toEqual([]);
  });
});
