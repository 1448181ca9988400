import { describe, expect, it } from 'vitest';
import {
  conflictCounts,
  eligibilityFacts,
  facilityCounts,
  leftoverOf,
  plannedItems,
} from '../../../renderer/src/review/cardFacts';
import type { CompoundItem, Facility, RenovationItem } from '../../../shared/model/tables';
import { compound } from '../app/fixtures';

describe('package card facts', () => {
  it('counts eligibility states and the consent range of the members', () => {
    const members = [
      compound('a', { consent_ratio: 0.9 }),
      compound('b', { consent_ratio: 0.5 }),
      compound('c', { build_year: 2008, consent_ratio: null }),
    ];
    const f = eligibilityFacts(members, { cutoff_year: 2000, consent_threshold: 2 / 3 });
    expect(f.byState).toEqual({ eligible: 1, lowConsent: 1, tooNew: 1 });
    expect(f.consent).toEqual({ min: 0.5, max: 0.9 });
    expect(eligibilityFacts([], { cutoff_year: 2000, consent_threshold: 2 / 3 }).consent).toBeNull();
  });

  it('counts planned items of the members by class', () => {
    const catalog = { B1: { class: 'basic' }, U1: { class: 'upgrade' } } as unknown as Record<string, RenovationItem>;
    const line = (id: string, compound_id: string, item_id: string, planned = true) =>
      ({ id, compound_id, item_id, planned, deficient: true, quantity: null, note: '' }) as CompoundItem;
    const lines = {
      1: line('1', 'a', 'B1'),
      2: line('2', 'a', 'U1'),
      3: line('3', 'a', 'B1', false),
      4: line('4', 'z', 'B1'),
      5: line('5', 'a', 'unknown'),
    };
    expect(plannedItems(new Set(['a']), lines, catalog)).toEqual({ basic: 1, improvement: 0, upgrade: 1, total: 2 });
  });

  it('counts the package’s conflicts open and accepted, by package or member compound', () => {
    const c = (key: string, package_id: string | null, compound_id: string | null, accepted: boolean) =>
      ({ key, package_id, compound_id, review: accepted ? { accepted, note: '', reviewed_at: '' } : null }) as never;
    const rows = [c('1', 'p', null, false), c('2', null, 'a', true), c('3', 'q', 'z', false), c('4', 'p', 'a', false)];
    expect(conflictCounts(rows, 'p', new Set(['a']), {})).toEqual({ open: 2, accepted: 1 });
  });

  it('sums leftover land and counts facilities of the members', () => {
    const result = [
      { id: 'a', name: '', leftover_m2: 120.5, pieces: [{}, {}] },
      { id: 'z', name: '', leftover_m2: 999, pieces: [{}] },
    ] as never;
    expect(leftoverOf(result, new Set(['a']))).toEqual({ area_m2: 120.5, pieces: 2 });
    const f = (id: string, type: string, compound_id: string | null) => ({ id, type, compound_id }) as Facility;
    const facilities = {
      1: f('1', 'parking', 'a'),
      2: f('2', 'parking', 'a'),
      3: f('3', 'elevator', 'a'),
      4: f('4', 'x', null),
    };
    expect(facilityCounts(facilities, new Set(['a']))).toEqual([
      { type: 'parking', count: 2 },
      { type: 'elevator', count: 1 },
    ]);
  });
});
