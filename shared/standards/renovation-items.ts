import type { ItemClass } from '../model/funding';
import type { RenovationItem } from '../model/tables';
import { BASIC_ENTRIES } from './items/basic';
import type { Entry } from './items/entry';
import { IMPROVEMENT_ENTRIES } from './items/improvement';
import { UPGRADE_ENTRIES } from './items/upgrade';

export { QUANTITY_RULES } from './quantity-rules';

// The default renovation-item catalog (改造内容, issue 3 §4), seeded into each new project and editable there.
// Items follow seed 002 附件4 (鄂尔多斯 content list) row by row — a row that bundles several works becomes several
// items — plus the groups of seed 004 二(二) (四川 "四治六改" / "十提升" / 提升类) that 002 has no row for.
// Codes: B basic (基础类), I improvement (完善类), U upgrade (提升类); `sort` is catalog order.
// No seed gives unit costs: every default cost is an illustrative grade-C value, and `source` says so.
// Where the two seeds class a work differently (002 puts 拆除违法建筑 in 完善类, 004 puts 私搭乱建 in 基础类),
// each keeps its own item and source; a project deletes the one its city does not use.

export const GRADE_C_COST_NOTE = '单价为示例值（C级，未核实）';

const ENTRIES: readonly Entry[] = [...BASIC_ENTRIES, ...IMPROVEMENT_ENTRIES, ...UPGRADE_ENTRIES];

const CLASS_OF_PREFIX: Record<string, ItemClass> = { B: 'basic', I: 'improvement', U: 'upgrade' };

/** The catalog as project rows (seeded into `renovation_items` of a new project). */
export const DEFAULT_RENOVATION_ITEMS: RenovationItem[] = ENTRIES.map((x, i) => ({
  id: x.id,
  class: CLASS_OF_PREFIX[x.id.charAt(0)] ?? 'basic',
  name: x.zh,
  unit: x.unit,
  unit_cost_yuan: x.cost,
  quantity_rule: x.rule,
  source: `${x.clause}；${GRADE_C_COST_NOTE}`,
  sort: (i + 1) * 10,
}));

/** i18n keys of the default item names (`renovationItem.B01`…), so the UI can show English for unchanged names. */
export const renovationItemMessages = Object.fromEntries(
  ENTRIES.map((x) => [`renovationItem.${x.id}`, { zh: x.zh, en: x.en }]),
);

/**
 * true when the catalog row still carries the grade-C note of a default cost (the UI marks it).
 * @example isDefaultCost(DEFAULT_RENOVATION_ITEMS[0]) // → true
 */
export const isDefaultCost = (item: Pick<RenovationItem, 'source'>): boolean => item.source.includes(GRADE_C_COST_NOTE);
