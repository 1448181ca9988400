import { describe, expect, it } from 'vitest';
import { ANNOTATION_LAYER_IDS, pinCollection } from '../../../renderer/src/map/reviewLayers';
import type { ReviewOpinion } from '../../../shared/model/tables';

const o = (id: string, pkg: string, department: string, pin: [number, number] | null): ReviewOpinion => ({
  id,
  meeting_id: 'm',
  package_id: pkg,
  department,
  verdict: 'conditional',
  text: '',
  conditions: 'x',
  pin_lon: pin?.[0] ?? null,
  pin_lat: pin?.[1] ?? null,
  recorded_at: '2026-11-22T00:00:00Z',
});

describe('review layers', () => {
  it('numbers pins as the card lists the package’s opinions (unpinned ones keep their number)', () => {
    const opinions = {
      a: o('a', 'p', '消防', [106.2, 27.4]),
      b: o('b', 'p', '住建', null),
      c: o('c', 'q', '住建', [106.3, 27.5]),
    };
    const all = pinCollection(opinions, ['住建', '消防']);
    expect(all.features.map((f) => [f.id, f.properties.n])).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
    const onlyP = pinCollection(opinions, ['住建', '消防'], { packageId: 'p', meetingId: 'm' });
    expect(onlyP.features.map((f) => f.id)).toEqual(['a']);
    expect(onlyP.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [106.2, 27.4] });
  });

  it('draws the marks under the pins, and the pin numbers on top', () => {
    expect(ANNOTATION_LAYER_IDS).toEqual(['annotations-line', 'review-pins', 'review-pin-numbers']);
  });
});
