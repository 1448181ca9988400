// The attribute fields of a road and a site area, and the pure edit of one field (validated against the row schema,
// messages in the UI language). "Keep" shows for green only and "demolish" for illegal structures only; changing
// the kind clears a flag that no longer applies, so the leftover analysis never reads a kept fire lane.
import { t } from '../../../shared/i18n';
import {
  ROAD_KINDS,
  type Road,
  roadSchema,
  SITE_AREA_KINDS,
  type SiteArea,
  type SiteAreaKind,
  siteAreaSchema,
} from '../../../shared/model/tables';
import {
  editField,
  type LineEdit,
  type LineFieldSpec,
  type LineFormSpec,
  type LineInput,
} from '../app/attributes/pipeFields';
import './messages';

export const ROAD_FIELDS: readonly LineFieldSpec<Road>[] = [
  { name: 'name', kind: 'text', maxLength: 100 },
  { name: 'kind', kind: 'enum', options: ROAD_KINDS, optionPrefix: 'context.roadKind' },
  // A road narrower than half a metre is a drawing slip, not a road; 100 m is the schema's bound.
  { name: 'width_m', kind: 'number', min: 0.5, max: 100 },
  { name: 'compound_id', kind: 'compoundRef' },
];

export const SITE_AREA_FIELDS: readonly LineFieldSpec<SiteArea>[] = [
  { name: 'name', kind: 'text', maxLength: 100 },
  { name: 'kind', kind: 'enum', options: SITE_AREA_KINDS, optionPrefix: 'context.areaKind' },
  { name: 'keep', kind: 'bool', shown: (a) => a.kind === 'green' },
  { name: 'demolish', kind: 'bool', shown: (a) => a.kind === 'illegal_structure' },
  { name: 'note', kind: 'text', maxLength: 1000 },
  { name: 'compound_id', kind: 'compoundRef' },
];

export function editRoadField(row: Road, field: string, value: LineInput): LineEdit<Road> {
  return editField(row, field, value, ROAD_FIELDS, roadSchema);
}

/** A site area with `kind` changed: keep only on green, demolish only on illegal structures. */
export function withAreaKind(row: SiteArea, kind: SiteAreaKind): SiteArea {
  return {
    ...row,
    kind,
    keep: kind === 'green' ? row.keep : false,
    demolish: kind === 'illegal_structure' ? row.demolish : false,
  };
}

export function editSiteAreaField(row: SiteArea, field: string, value: LineInput): LineEdit<SiteArea> {
  if (field === 'keep' && value === true && row.kind !== 'green')
    return { kind: 'invalid', message: t('context.error.keepOnlyGreen') };
  if (field === 'demolish' && value === true && row.kind !== 'illegal_structure')
    return { kind: 'invalid', message: t('context.error.demolishOnlyIllegal') };
  return editField(row, field, value, SITE_AREA_FIELDS, siteAreaSchema, {
    kind: (r, v) => withAreaKind(r, v as SiteAreaKind),
  });
}

export const ROAD_FORM: LineFormSpec<'roads'> = {
  table: 'roads',
  fields: ROAD_FIELDS,
  edit: editRoadField,
  kindKey: 'context.attr.road',
  labelPrefix: 'context.col',
};

export const SITE_AREA_FORM: LineFormSpec<'site_areas'> = {
  table: 'site_areas',
  fields: SITE_AREA_FIELDS,
  edit: editSiteAreaField,
  kindKey: 'context.attr.siteArea',
  labelPrefix: 'context.col',
};
