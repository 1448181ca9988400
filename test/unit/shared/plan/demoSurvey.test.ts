import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from '../../../../shared/demo/index';
import { ageFactor, DEMO_SURVEYED_ITEMS, demoSurvey } from '../../../../shared/demo/survey';
import { compoundItemSchema } from '../../../../shared/model/tables';
import { DEFAULT_RENOVATION_ITEMS } from '../../../../shared/standards/renovation-items';
import { deepFreeze } from '../helpers';

const demo = generateDemoDistrict();

describe('demo item survey', () => {
  it('leaves the foundation rows identical (hash of compounds and buildings before issue 3)', () => {
    const hash = createHash('sha256')
      .update(JSON.stringify([demo.compounds.map(({ code: _code, ...c }) => c), demo.buildings]))
      .digest('hex');
    expect(hash).toBe('1829bfe3b2f9a8566105c3438e5e517b2e2df9e68f47007552e3f2f302b42cc0');
  });
  it('has one valid, unplanned line per compound and surveyed basic item, deterministically', () => {
    expect(demo.compound_items).toHaveLength(demo.compounds.length * DEMO_SURVEYED_ITEMS.length);
    const basic = new Set(DEFAULT_RENOVATION_ITEMS.filter((i) => i.class === 'basic').map((i) => i.id));
    for (const l of demo.compound_items) {
      expect(compoundItemSchema.safeParse(l).success).toBe(true);
      expect(basic.has(l.item_id)).toBe(true);
      expect(l).toMatchObject({ planned: false, quantity: null });
    }
    expect(new Set(demo.compound_items.map((l) => l.id)).size).toBe(demo.compound_items.length);
    expect(JSON.stringify(demoSurvey(deepFreeze(demo.compounds), 20_201_231))).toBe(
      JSON.stringify(demo.compound_items),
    );
  });
  it('makes older compounds worse', () => {
    expect([ageFactor(1970), ageFactor(1990), ageFactor(2010), ageFactor(null)]).toEqual([1, 0.5, 0.15, 0.5]);
    const year = new Map(demo.compounds.map((c) => [c.id, c.build_year]));
    const rate = (test: (y: number) => boolean) => {
      const lines = demo.compound_items.filter((l) => {
        const y = year.get(l.compound_id);
        return y !== null && y !== undefined && test(y);
      });
      return lines.filter((l) => l.deficient).length / lines.length;
    };
    expect(rate((y) => y <= 1990)).toBeGreaterThan(rate((y) => y > 2000) + 0.15);
    expect(rate(() => true)).toBeGreaterThan(0.1);
  });
});
