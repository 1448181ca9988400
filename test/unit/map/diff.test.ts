import { describe, expect, it } from 'vitest';
import { diffForChange } from '../../../renderer/src/map/diff';
import { buildingFeature, compoundFeature, labelPoint } from '../../../renderer/src/map/features';
import { pointInPolygon } from '../../../renderer/src/map/geo/hitTest';
import { FLOOR_CLASSES } from '../../../renderer/src/map/palette';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { at, building, compound, rectPx } from './fakeHost';

describe('layer diffs', () => {
  it('turns puts into adds and deletes into removes, the last op on a row winning', () => {
    const c = compound(rectPx(0, 0, 10, 10));
    const b = building(rectPx(1, 1, 2, 2), c.id);
    const diff = diffForChange(
      {
        ops: [
          { op: 'put', table: 'compounds', row: c },
          { op: 'put', table: 'buildings', row: b },
          { op: 'delete', table: 'buildings', id: b.id },
          { op: 'delete', table: 'compounds', id: 'gone' },
        ],
        summary: '',
      },
      DEFAULT_SETTINGS,
    );
    expect(diff.compounds).toEqual({ add: [compoundFeature(c, DEFAULT_SETTINGS)], remove: ['gone'] });
    expect(diff.buildings).toEqual({ add: [], remove: [b.id] });
    expect(diff.compoundLabels.add.map((f) => f.id)).toEqual([c.id]);
    expect(diff.buildingLabels).toEqual({ add: [], remove: [b.id] });
  });

  it('places a label point inside a concave polygon', () => {
    // A U shape whose centroid lies in the notch.
    const u = {
      type: 'Polygon' as const,
      coordinates: [
        [at(0, 0), at(30, 0), at(30, 100), at(70, 100), at(70, 0), at(100, 0), at(100, 130), at(0, 130), at(0, 0)],
      ],
    };
    const p = labelPoint(u).coordinates;
    expect(pointInPolygon(p, u)).toBe(true);
  });

  it('asks for a full compounds refresh when a setting changes', () => {
    const diff = diffForChange(
      { ops: [{ op: 'put', table: 'settings', row: { id: 'cutoff_year', value: 1995 } }], summary: '' },
      DEFAULT_SETTINGS,
    );
    expect(diff.compounds).toBe('full');
  });

  it('precomputes eligibility state, floor class and building label', () => {
    expect(compoundFeature(compound(rectPx(0, 0, 1, 1), { build_year: 1990 }), DEFAULT_SETTINGS).properties.state).toBe(
      'eligible',
    );
    expect(compoundFeature(compound(rectPx(0, 0, 1, 1), { build_year: 2005 }), DEFAULT_SETTINGS).properties.state).toBe(
      'tooNew',
    );
    expect(compoundFeature(compound(rectPx(0, 0, 1, 1), { excluded: true }), DEFAULT_SETTINGS).properties.state).toBe(
      'excluded',
    );
    const f = buildingFeature(building(rectPx(0, 0, 1, 1), null, { name: '3#', floors: 6 }));
    expect(f.properties.label).toBe('3# 6F');
    expect(f.id).toBe(f.properties.id);
    const cls = (floors: number) =>
      buildingFeature(building(rectPx(0, 0, 1, 1), null, { floors })).properties.floorClass;
    expect([1, 3, 4, 6, 7, 9, 10, 18, 19, 33].map(cls)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(FLOOR_CLASSES).toHaveLength(5);
  });
});
