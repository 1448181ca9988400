import { describe, expect, it } from 'vitest';
import {
  cleanAgenda,
  defaultAgenda,
  latestMeeting,
  moveItem,
  progressText,
  stepIndex,
} from '../../../renderer/src/review/agenda';
import type { Package, ReviewMeeting } from '../../../shared/model/tables';
import { deepFreeze } from '../app/fixtures';

const pkg = (id: string, name: string): Package =>
  deepFreeze({
    id,
    name,
    sub_district: '',
    status: 'reserve',
    plan_year: null,
    start_year: null,
    completion_year: null,
    locked: false,
    funding: null,
    notes: '',
    geometry: { type: 'MultiPolygon', coordinates: [] },
  } as Package);

const packages = deepFreeze({ a: pkg('a', '片区10'), b: pkg('b', '片区2'), c: pkg('c', '片区1') });

describe('agenda', () => {
  it('orders a new agenda by package name with numbers read as numbers', () => {
    expect(defaultAgenda(packages)).toEqual(['c', 'b', 'a']);
  });

  it('drops deleted packages and repeats from a saved agenda, keeping its order', () => {
    expect(cleanAgenda(['b', 'gone', 'a', 'b'], packages)).toEqual(['b', 'a']);
  });

  it('moves an item up, down and to the ends without touching the input', () => {
    const list = deepFreeze(['a', 'b', 'c', 'd']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 0, 9)).toEqual(list);
    expect(moveItem(list, -1, 0)).toEqual(list);
  });

  it('steps inside the agenda: a clicker pressed once too often stays on the last package', () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBe(2);
    expect(stepIndex(0, -1, 3)).toBe(0);
    expect(stepIndex(1, 5, 3)).toBe(2);
    expect(stepIndex(4, 0, 0)).toBe(0);
  });

  it('says where the presentation stands, 1-based', () => {
    expect(progressText(2, 8)).toBe('3 / 8');
    expect(progressText(0, 0)).toBe('0 / 0');
  });

  it('continues the latest meeting', () => {
    const m = (id: string, held_on: string): ReviewMeeting => ({
      id,
      title: id,
      held_on,
      location: '',
      attendees: [],
      agenda: [],
      notes: '',
    });
    expect(latestMeeting({})).toBeNull();
    expect(latestMeeting({ x: m('x', '2026-03-01'), y: m('y', '2026-11-20'), z: m('z', '2025-12-31') })?.id).toBe('y');
  });
});
