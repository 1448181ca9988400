import type { AnyQuantityRuleId } from '../quantity-rules';

// One default catalog item before it becomes a row: both names, unit, illustrative cost, quantity rule and the
// seed clause. Class follows from the code's prefix (B/I/U).

export interface Entry {
  id: string;
  zh: string;
  en: string;
  unit: string;
  cost: number;
  rule: AnyQuantityRuleId | '';
  clause: string;
}

export const e = (
  id: string,
  zh: string,
  en: string,
  unit: string,
  cost: number,
  rule: AnyQuantityRuleId | '',
  clause: string,
): Entry => ({ id, zh, en, unit, cost, rule, clause });

export const B = '002 附件4 基础类';
export const I = '002 附件4 完善类';
export const U = '002 附件4 提升类';
export const S4 = '004 二(二) 四治六改';
export const S10 = '004 二(二) 十提升';
export const SU = '004 二(二) 提升类';
