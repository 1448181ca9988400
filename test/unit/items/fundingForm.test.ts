// The funding editor's percent form ↔ stored shares, and the funding table rows.
import { describe, expect, it } from 'vitest';
import {
  classPercentSum,
  fromFundingPercents,
  fundingRows,
  sameFunding,
  toFundingPercents,
} from '../../../renderer/src/items/fundingForm';
import { splitByFunding } from '../../../shared/analysis/funding-split';
import { DEFAULT_FUNDING, fundingByClassSchema } from '../../../shared/model/funding';
import { deepFreeze } from '../app/fixtures';

const defaults = deepFreeze(structuredClone(DEFAULT_FUNDING));

describe('funding form', () => {
  it('shows shares as percents and reads them back to the same shares', () => {
    const form = toFundingPercents(defaults);
    expect(form.basic.central_provincial).toBe(50);
    expect(classPercentSum(form, 'upgrade')).toBe(100);
    const back = fromFundingPercents(form);
    expect(back.kind).toBe('ok');
    expect(back.kind === 'ok' && sameFunding(back.funding, defaults)).toBe(true);
  });

  it('refuses a class whose shares do not add up to 100 %, naming the class and its sum', () => {
    const form = toFundingPercents(defaults);
    const edited = { ...form, improvement: { ...form.improvement, residents: 25 } };
    expect(fromFundingPercents(edited)).toEqual({ kind: 'invalid', problems: [{ cls: 'improvement', sum: 110 }] });
    const negative = { ...form, basic: { ...form.basic, residents: -5, social_capital: 10 } };
    expect(fromFundingPercents(negative)).toMatchObject({ kind: 'invalid', problems: [{ cls: 'basic' }] });
  });

  it('accepts thirds (33.33 + 33.33 + 33.34) and stores shares the schema accepts; empty inputs count as 0', () => {
    const form = toFundingPercents(defaults);
    const thirds = {
      ...form,
      upgrade: {
        central_provincial: 33.33,
        local_budget: 33.33,
        residents: 33.34,
        utilities: null,
        property_units: 0,
        social_capital: 0,
      },
    };
    const out = fromFundingPercents(thirds);
    expect(out.kind).toBe('ok');
    if (out.kind !== 'ok') return;
    expect(fundingByClassSchema.safeParse(out.funding).success).toBe(true);
    expect(out.funding.upgrade.utilities).toBe(0);
  });

  it('lists each source with its shares and the amount from the estimate split', () => {
    const byClass = { basic: 1000, improvement: 0, upgrade: 200 };
    const rows = fundingRows(splitByFunding(byClass, defaults), defaults);
    expect(rows).toHaveLength(6);
    const central = rows.find((r) => r.source === 'central_provincial');
    expect(central?.shares).toEqual({ basic: 0.5, improvement: 0.35, upgrade: 0.2 });
    expect(central?.amount).toBeCloseTo(1000 * 0.5 + 200 * 0.2);
    expect(rows.reduce((a, r) => a + r.amount, 0)).toBeCloseTo(1200);
  });
});
