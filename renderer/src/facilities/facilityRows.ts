// The facility rows and changes the placement tool and the facility form commit: a drop puts one new row, a move
// or rotation puts the updated row, a delete removes it — one change each, so each is one undo step.
import { getLang, t } from '../../../shared/i18n';
import type { Change } from '../../../shared/model/change';
import type { Facility } from '../../../shared/model/tables';
import { type FacilityType, facilityType } from '../../../shared/standards/facilities';
import { type Candidate, normAngle } from './candidate';
import { readRect, rectFootprint } from './shape';
import './messages';

export const facilityTypeName = (key: string): string => facilityType(key)?.name[getLang()] ?? key;
export const facilityLabel = (f: Pick<Facility, 'name' | 'type'>): string => f.name || facilityTypeName(f.type);

export function newFacilityRow(id: string, type: FacilityType, c: Candidate): Facility {
  return {
    id,
    type: type.key,
    name: type.name.zh,
    compound_id: c.compoundId,
    building_id: c.buildingId,
    floors: type.floors,
    height_m: type.height_m,
    rotation_deg: c.rotation_deg,
    note: '',
    geometry: c.geometry,
  };
}

export const placeChange = (row: Facility): Change => ({
  ops: [{ op: 'put', table: 'facilities', row }],
  summary: t('facilities.summary.place', { name: facilityLabel(row) }),
});

/** The row moved (and maybe re-snapped, resized or re-attached) to a candidate. */
export const movedRow = (row: Facility, c: Candidate): Facility => ({
  ...row,
  compound_id: c.compoundId,
  building_id: c.buildingId,
  rotation_deg: c.rotation_deg,
  geometry: c.geometry,
});

export const moveChange = (row: Facility): Change => ({
  ops: [{ op: 'put', table: 'facilities', row }],
  summary: t('facilities.summary.move', { name: facilityLabel(row) }),
});

/** The row turned by `deltaDeg` about its centre, its size kept. */
export function rotatedRow(row: Facility, deltaDeg: number, epsg: number): Facility {
  const { center, size } = readRect(row.geometry, epsg);
  const rotation = normAngle(row.rotation_deg + deltaDeg);
  return { ...row, rotation_deg: rotation, geometry: rectFootprint(center, size, rotation, epsg) };
}

export const rotateChange = (row: Facility): Change => ({
  ops: [{ op: 'put', table: 'facilities', row }],
  summary: t('facilities.summary.rotate', { name: facilityLabel(row) }),
});

export const deleteChange = (row: Facility): Change => ({
  ops: [{ op: 'delete', table: 'facilities', id: row.id }],
  summary: t('facilities.summary.delete', { name: facilityLabel(row) }),
});
