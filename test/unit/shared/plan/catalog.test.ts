import { describe, expect, it } from 'vitest';
import { t } from '../../../../shared/i18n';
import { renovationItemSchema } from '../../../../shared/model/tables';
import { PENDING_QUANTITY_RULE_IDS, QUANTITY_RULE_IDS } from '../../../../shared/standards/quantity-rules';
import {
  DEFAULT_RENOVATION_ITEMS,
  GRADE_C_COST_NOTE,
  isDefaultCost,
  QUANTITY_RULES,
} from '../../../../shared/standards/renovation-items';
import { SEED_002_ATTACHMENT_4, SEED_004_GROUPS } from '../../../../shared/standards/seed-coverage';

const byId = new Map(DEFAULT_RENOVATION_ITEMS.map((i) => [i.id, i]));

describe('DEFAULT_RENOVATION_ITEMS', () => {
  it('passes the row schema with unique codes, class by prefix and sort in catalog order', () => {
    expect(byId.size).toBe(DEFAULT_RENOVATION_ITEMS.length);
    const count = (c: string) => DEFAULT_RENOVATION_ITEMS.filter((i) => i.class === c).length;
    expect([count('basic'), count('improvement'), count('upgrade')]).toEqual([37, 28, 13]);
    const prefix = { basic: 'B', improvement: 'I', upgrade: 'U' } as const;
    let lastSort = -Infinity;
    for (const item of DEFAULT_RENOVATION_ITEMS) {
      expect(renovationItemSchema.safeParse(item).success, item.id).toBe(true);
      expect(item.id).toMatch(/^[BIU]\d\d$/);
      expect(item.id.charAt(0)).toBe(prefix[item.class]);
      expect(item.sort).toBeGreaterThan(lastSort);
      lastSort = item.sort;
      expect(item.unit_cost_yuan).toBeGreaterThan(0);
    }
  });
  it('says where each item comes from and that its cost is an unverified example', () => {
    for (const item of DEFAULT_RENOVATION_ITEMS) {
      expect(item.source).toMatch(/^00[24] /);
      expect(item.source).toContain(GRADE_C_COST_NOTE);
      expect(isDefaultCost(item)).toBe(true);
    }
  });
  it('covers every row of seed 002 附件4 and every group of seed 004 二(二)', () => {
    expect(SEED_002_ATTACHMENT_4).toHaveLength(25); // 10 basic + 12 improvement + 3 upgrade rows in the seed
    for (const row of [...SEED_002_ATTACHMENT_4, ...SEED_004_GROUPS]) {
      expect(row.items.length, row.text).toBeGreaterThan(0);
      for (const id of row.items) expect(byId.has(id), `${row.text} → ${id}`).toBe(true);
    }
    for (const row of SEED_002_ATTACHMENT_4) {
      for (const id of row.items) {
        expect(byId.get(id)?.class).toBe(row.seedClass);
        expect(byId.get(id)?.source).toContain('002 附件4');
      }
    }
    expect(SEED_004_GROUPS.filter((g) => g.seedClass === 'basic')).toHaveLength(10); // 四治六改
    expect(SEED_004_GROUPS.filter((g) => g.seedClass === 'improvement')).toHaveLength(10); // 十提升
    for (const g of SEED_004_GROUPS) {
      expect(g.items.some((id) => byId.get(id)?.source.includes(g.text.slice(0, 2)))).toBe(true);
    }
    const mapped = new Set([...SEED_002_ATTACHMENT_4, ...SEED_004_GROUPS].flatMap((r) => r.items));
    expect([...byId.keys()].filter((id) => !mapped.has(id))).toEqual([]); // no item without a seed row
  });
  it('names only known quantity rules, with their units', () => {
    const rules = new Map(QUANTITY_RULES.map((r) => [r.id, r]));
    expect(rules.size).toBe(QUANTITY_RULE_IDS.length + PENDING_QUANTITY_RULE_IDS.length);
    for (const item of DEFAULT_RENOVATION_ITEMS) {
      if (item.quantity_rule === '') continue;
      const rule = rules.get(item.quantity_rule as never);
      expect(rule, item.id).toBeDefined();
      expect(rule?.unit, item.id).toBe(item.unit);
    }
    expect(byId.get('I13')).toMatchObject({ unit: '部', quantity_rule: 'elevators' });
    expect(byId.get('B23')).toMatchObject({ unit: 'm²', quantity_rule: 'roof_area' });
  });
  it('has both languages for every rule and default item name', () => {
    for (const r of QUANTITY_RULES) expect(t(r.label, {}, 'en')).not.toBe(r.label);
    for (const item of DEFAULT_RENOVATION_ITEMS) {
      expect(t(`renovationItem.${item.id}`, {}, 'zh')).toBe(item.name);
      expect(t(`renovationItem.${item.id}`, {}, 'en')).toMatch(/^[A-Z5]/);
    }
  });
});
