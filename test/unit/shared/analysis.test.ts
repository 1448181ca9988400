import { describe, expect, it } from 'vitest';
import { findContainingCompound } from '../../../shared/analysis/containing';
import { deriveBuilding, deriveCompound, deriveCompounds } from '../../../shared/analysis/derived';
import { compoundEligibility } from '../../../shared/analysis/eligibility';
import { t } from '../../../shared/i18n';
import type { Polygon } from '../../../shared/model/geometry';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { deepFreeze, frame, polygonFromMetres, rectFromMetres } from './helpers';

describe('compoundEligibility', () => {
  const s = deepFreeze({ ...DEFAULT_SETTINGS, cutoff_year: 2000 });
  const c = (build_year: number | null, excluded = false) => deepFreeze({ build_year, excluded, consent_ratio: 0.8 });

  it('is eligible up to and including the cut-off year', () => {
    expect(compoundEligibility(c(1995), s)).toEqual({ state: 'eligible', reasons: [] });
    expect(compoundEligibility(c(2000), s).state).toBe('eligible');
  });
  it('is too new after the cut-off year, and follows the setting', () => {
    expect(compoundEligibility(c(2001), s)).toEqual({ state: 'tooNew', reasons: ['eligibility.reason.tooNew'] });
    expect(compoundEligibility(c(2001), deepFreeze({ ...s, cutoff_year: 2005 })).state).toBe('eligible');
  });
  it('puts exclusion first and lists every reason', () => {
    expect(compoundEligibility(c(2008, true), s)).toEqual({
      state: 'excluded',
      reasons: ['eligibility.reason.excluded', 'eligibility.reason.tooNew'],
    });
    expect(compoundEligibility(c(null), s)).toEqual({
      state: 'unknownYear',
      reasons: ['eligibility.reason.unknownYear'],
    });
  });
  it('has catalog texts for every state and reason', () => {
    for (const key of ['eligible', 'tooNew', 'excluded', 'unknownYear']) {
      expect(t(`eligibility.state.${key}`)).not.toBe(`eligibility.state.${key}`);
    }
    expect(t('eligibility.reason.tooNew', { cutoff: 2000 }, 'zh')).toContain('2000');
  });
});

describe('derived values', () => {
  const compound = deepFreeze({ id: 'c1', geometry: rectFromMetres(0, 0, 200, 100) });
  const buildings = deepFreeze([
    { compound_id: 'c1', floors: 6, households: 36, geometry: rectFromMetres(10, 10, 60, 22) }, // 600 m²
    { compound_id: 'c1', floors: 18, households: null, geometry: rectFromMetres(100, 50, 120, 70) }, // 400 m²
    { compound_id: 'c2', floors: 5, households: 20, geometry: rectFromMetres(300, 0, 340, 12) },
    { compound_id: null, floors: 3, households: 5, geometry: rectFromMetres(150, 10, 160, 20) },
  ]);

  it('derives a building footprint, floor area and height', () => {
    const d = deriveBuilding(buildings[0] as (typeof buildings)[number], frame, 3);
    expect(d.footprintM2).toBeCloseTo(600, 3);
    expect(d.floorAreaM2).toBeCloseTo(3600, 2);
    expect(d.heightM).toBeCloseTo(18, 9);
  });

  it('sums a compound from the buildings that name it', () => {
    const d = deriveCompound(compound, buildings, frame);
    expect(d.siteAreaM2).toBeCloseTo(20_000, 2);
    expect(d.buildingCount).toBe(2);
    expect(d.footprintM2).toBeCloseTo(1000, 2);
    expect(d.floorAreaM2).toBeCloseTo(600 * 6 + 400 * 18, 1);
    expect(d.households).toBe(36);
    expect(d.householdsMissing).toBe(1);
  });

  it('derives all compounds in one pass, with zeros for a compound without buildings', () => {
    const all = deriveCompounds(
      deepFreeze([
        compound,
        { id: 'c2', geometry: rectFromMetres(290, -10, 350, 20) },
        { id: 'c3', geometry: rectFromMetres(0, 500, 10, 510) },
      ]),
      buildings,
      frame,
    );
    expect(all.get('c1')?.buildingCount).toBe(2);
    expect(all.get('c2')?.households).toBe(20);
    expect(all.get('c3')).toMatchObject({ buildingCount: 0, footprintM2: 0, floorAreaM2: 0, households: 0 });
  });
});

describe('findContainingCompound', () => {
  const compounds = deepFreeze([
    { id: 'west', geometry: rectFromMetres(0, 0, 100, 100) },
    { id: 'east', geometry: rectFromMetres(100, 0, 200, 100) },
    { id: 'inner', geometry: rectFromMetres(120, 20, 180, 80) }, // overlaps east: the smaller one wins
  ]);

  it('assigns a building by its centroid, even when it straddles a boundary', () => {
    expect(findContainingCompound(deepFreeze(rectFromMetres(10, 10, 50, 22)), compounds)?.id).toBe('west');
    expect(findContainingCompound(deepFreeze(rectFromMetres(70, 10, 110, 22)), compounds)?.id).toBe('west');
    expect(findContainingCompound(deepFreeze(rectFromMetres(95, 10, 135, 22)), compounds)?.id).toBe('east');
  });
  it('prefers the smallest containing compound and returns null outside all', () => {
    expect(findContainingCompound(deepFreeze(rectFromMetres(140, 40, 160, 60)), compounds)?.id).toBe('inner');
    expect(findContainingCompound(deepFreeze(rectFromMetres(300, 300, 320, 320)), compounds)).toBeNull();
  });
  it('accepts points and uses a point inside a concave footprint whose centroid is outside it', () => {
    const point = {
      type: 'Point',
      coordinates: (rectFromMetres(150, 5, 151, 6).coordinates[0] as [number, number][])[0],
    } as const;
    expect(
      findContainingCompound(deepFreeze(point) as { type: 'Point'; coordinates: [number, number] }, compounds)?.id,
    ).toBe('east');
    // A U-shaped building whose centroid lies in its courtyard, in 'west'; the courtyard opening faces 'east'.
    const u: Polygon = polygonFromMetres([
      [60, 10],
      [98, 10],
      [98, 20],
      [70, 20],
      [70, 80],
      [98, 80],
      [98, 90],
      [60, 90],
    ]);
    expect(findContainingCompound(deepFreeze(u), compounds)?.id).toBe('west');
  });
});
