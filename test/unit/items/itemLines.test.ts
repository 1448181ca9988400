// The items panel's line change builder and catalog grouping; a line edit applied to a real project file.
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../electron/backend';
import { catalogEditChange } from '../../../renderer/src/items/catalogEdit';
import {
  catalogByClass,
  lineChange,
  linesByItem,
  patchLine,
  quantityFromInput,
} from '../../../renderer/src/items/itemLines';
import type { CompoundItem, RenovationItem } from '../../../shared/model/tables';
import { GRADE_C_COST_NOTE, isDefaultCost } from '../../../shared/standards/renovation-items';
import { C1, C2, deepFreeze } from '../app/fixtures';
import { recorder, tempDir } from '../backend/helpers';

const L1 = '00000000-0000-4000-8000-0000000000c1';
const NEW = '00000000-0000-4000-8000-0000000000c9';
const line = deepFreeze<CompoundItem>({
  id: L1,
  compound_id: C1,
  item_id: 'B23',
  deficient: true,
  planned: false,
  quantity: null,
  note: '',
});
const newId = () => NEW;

describe('renovation item lines', () => {
  it('creates the line on first touch with a fresh id', () => {
    expect(patchLine(undefined, C2, 'B04', { planned: true }, newId)).toEqual({
      id: NEW,
      compound_id: C2,
      item_id: 'B04',
      deficient: false,
      planned: true,
      quantity: null,
      note: '',
    });
    // Touching nothing away from blank writes no row.
    expect(patchLine(undefined, C2, 'B04', { planned: false }, newId)).toBeNull();
  });

  it('updates an existing line without mutating it; an unchanged patch is no change', () => {
    expect(patchLine(line, C1, 'B23', { planned: true, quantity: 120 }, newId)).toEqual({
      ...line,
      planned: true,
      quantity: 120,
    });
    expect(patchLine(line, C1, 'B23', { deficient: true }, newId)).toBeNull();
    const change = lineChange(line, C1, 'B23', { quantity: null, planned: true }, newId, '改造内容');
    expect(change).toEqual({
      summary: '改造内容',
      ops: [{ op: 'put', table: 'compound_items', row: { ...line, planned: true } }],
    });
  });

  it('reads quantity inputs: blank, negative or garbage clears back to the suggestion', () => {
    expect(quantityFromInput(12.5)).toBe(12.5);
    expect(quantityFromInput('40')).toBe(40);
    expect(quantityFromInput('')).toBeNull();
    expect(quantityFromInput(null)).toBeNull();
    expect(quantityFromInput(-3)).toBeNull();
    expect(quantityFromInput('abc')).toBeNull();
  });

  it('indexes a compound’s lines by item and groups the catalog by class in catalog order', () => {
    const other = { ...line, id: NEW, compound_id: C2 };
    expect([...linesByItem({ [L1]: line, [NEW]: other }, C1).keys()]).toEqual(['B23']);
    const item = (id: string, cls: RenovationItem['class'], sort: number) =>
      ({
        id,
        class: cls,
        sort,
        name: id,
        unit: 'm²',
        unit_cost_yuan: 1,
        quantity_rule: '',
        source: '',
      }) as RenovationItem;
    const groups = catalogByClass({
      B2: item('B2', 'basic', 20),
      U1: item('U1', 'upgrade', 5),
      B1: item('B1', 'basic', 10),
    });
    expect(groups.basic.map((i) => i.id)).toEqual(['B1', 'B2']);
    expect(groups.improvement).toEqual([]);
    expect(groups.upgrade.map((i) => i.id)).toEqual(['U1']);
  });
});

describe('catalog edits', () => {
  const item = deepFreeze<RenovationItem>({
    id: 'B23',
    class: 'basic',
    name: '屋面防水',
    unit: 'm²',
    unit_cost_yuan: 150,
    quantity_rule: 'roof_area',
    source: 'x',
    sort: 10,
  });
  it('puts the edited row; refuses blank names and negative costs; skips unchanged', () => {
    expect(catalogEditChange(item, 'unit_cost_yuan', '180', 's')?.ops[0]).toEqual({
      op: 'put',
      table: 'renovation_items',
      row: { ...item, unit_cost_yuan: 180 },
    });
    expect(catalogEditChange(item, 'unit_cost_yuan', -1, 's')).toBeNull();
    // An entered cost drops the grade-C note from the source; a name edit keeps it.
    const graded = { ...item, source: `002 附件4 基础类；${GRADE_C_COST_NOTE}` };
    expect(isDefaultCost(graded)).toBe(true);
    const priced = catalogEditChange(graded, 'unit_cost_yuan', 200, 's')?.ops[0];
    expect(priced?.op === 'put' && priced.table === 'renovation_items' && priced.row.source).toBe('002 附件4 基础类');
    const renamed = catalogEditChange(graded, 'name', '屋面防水改造', 's')?.ops[0];
    expect(renamed?.op === 'put' && renamed.table === 'renovation_items' && isDefaultCost(renamed.row)).toBe(true);
    expect(catalogEditChange(item, 'name', '  ', 's')).toBeNull();
    expect(catalogEditChange(item, 'name', '屋面防水', 's')).toBeNull();
    expect(catalogEditChange(item, 'unit', '㎡', 's')?.ops[0]).toMatchObject({ row: { unit: '㎡' } });
  });
});

describe('a line edit in a real project file', () => {
  let backend: Backend | null = null;
  afterEach(() => backend?.dispose());

  it('creates the compound_items row in one undoable step', async () => {
    backend = createBackend({ homeDir: tempDir(), emit: recorder().emit });
    const h = backend.handlers;
    await h['project.openDemo']({});
    const set = await h['features.load']({});
    const c = set.compounds[0];
    const item = set.renovation_items.find((i) => i.class === 'basic');
    if (!c || !item) throw new Error('demo has compounds and a catalog');
    const existing = set.compound_items.find((l) => l.compound_id === c.id && l.item_id === item.id);
    const change = lineChange(
      existing,
      c.id,
      item.id,
      { planned: !existing?.planned, quantity: 42 },
      () => crypto.randomUUID(),
      '改造内容',
    );
    if (!change) throw new Error('expected a change');
    await h['change.apply']({ change });
    const after = (await h['features.load']({})).compound_items.find(
      (l) => l.compound_id === c.id && l.item_id === item.id,
    );
    expect(after).toMatchObject({ planned: !existing?.planned, quantity: 42 });
    await h['history.undo']({});
    const undone = (await h['features.load']({})).compound_items.find(
      (l) => l.compound_id === c.id && l.item_id === item.id,
    );
    expect(undone).toEqual(existing);
  });
});
