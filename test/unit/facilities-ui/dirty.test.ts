import { describe, expect, it } from 'vitest';
import { dirtyCompounds, mergeDirty } from '../../../renderer/src/leftover/dirty';
import type { Facility } from '../../../shared/model/tables';
import { building, compound, rectPx } from '../map/fakeHost';

describe('compounds whose leftover land a change can alter', () => {
  const a = compound(rectPx(0, 0, 100, 100));
  const b = compound(rectPx(200, 0, 300, 100));
  const house = building(rectPx(10, 10, 20, 20), a.id);
  const lot = { id: 'f1', compound_id: a.id } as Facility;

  it('names the compound edited and the owners of cutting rows before and after', () => {
    expect(dirtyCompounds({ ops: [{ op: 'put', table: 'compounds', row: b }], summary: '' }, {})).toEqual(
      new Set([b.id]),
    );
    const moved = { ...lot, compound_id: b.id };
    expect(
      dirtyCompounds(
        { ops: [{ op: 'put', table: 'facilities', row: moved }], summary: '' },
        { facilities: { f1: lot } },
      ),
    ).toEqual(new Set([a.id, b.id]));
    expect(
      dirtyCompounds(
        { ops: [{ op: 'delete', table: 'buildings', id: house.id }], summary: '' },
        { buildings: { [house.id]: house } },
      ),
    ).toEqual(new Set([a.id]));
  });

  it('ignores tables that cut no land, and marks everything when a cutting row belongs to no compound', () => {
    expect(dirtyCompounds({ ops: [{ op: 'delete', table: 'packages', id: 'p' }], summary: '' }, {})).toEqual(new Set());
    const loose = building(rectPx(10, 10, 20, 20), null);
    expect(dirtyCompounds({ ops: [{ op: 'put', table: 'buildings', row: loose }], summary: '' }, {})).toBe('all');
    expect(mergeDirty(new Set(['x']), new Set(['y']))).toEqual(new Set(['x', 'y']));
    expect(mergeDirty(new Set(['x']), 'all')).toBe('all');
  });
});
