// Right panel for one road or site area: its form (each edit one Change, one undo step) and its measured length or
// area in the project's metric frame. Editing a road's kind or width makes it the picker's choice for the next road.
import { lineLengthM, polygonAreaM2 } from '../../../shared/geo/measure';
import { t } from '../../../shared/i18n';
import type { Road, SiteArea } from '../../../shared/model/tables';
import { LinePanel, useMetricEpsg } from '../app/attributes/LinePanel';
import { metricFrame } from '../map/tools/rules';
import { ROAD_FORM, SITE_AREA_FORM } from './contextFields';
import { setContextDraw } from './drawChoice';
import { ROAD_COLORS, SITE_AREA_COLORS } from './palette';
import './messages';

export function RoadAttributes({ row }: { row: Road }) {
  const lengthM = lineLengthM(row.geometry.coordinates, metricFrame(useMetricEpsg()));
  return (
    <LinePanel
      form={ROAD_FORM}
      row={row}
      name={row.name}
      kind={t(`context.roadKind.${row.kind}`)}
      color={row.kind === 'fire_lane' ? ROAD_COLORS.fireLaneEdge : ROAD_COLORS.roadEdge}
      onEdited={(field, r) => {
        if (field === 'kind' || field === 'width_m') setContextDraw({ roadKind: r.kind, roadWidthM: r.width_m });
      }}
    >
      <dl className="rz-derived">
        <dt>{t('context.derived.length')}</dt>
        <dd data-testid="road-length">{lengthM.toFixed(1)} m</dd>
        <dt>{t('context.derived.area')}</dt>
        <dd data-testid="road-area">{(lengthM * row.width_m).toFixed(0)} m²</dd>
      </dl>
    </LinePanel>
  );
}

export function SiteAreaAttributes({ row }: { row: SiteArea }) {
  const areaM2 = polygonAreaM2(row.geometry, metricFrame(useMetricEpsg()));
  const colors = SITE_AREA_COLORS[row.kind === 'green' && row.keep ? 'green_keep' : row.kind];
  return (
    <LinePanel
      form={SITE_AREA_FORM}
      row={row}
      name={row.name}
      kind={t(`context.areaKind.${row.kind}`)}
      color={colors.outline}
      onEdited={(field, r) => {
        if (field === 'kind') setContextDraw({ areaKind: r.kind });
      }}
    >
      <dl className="rz-derived">
        <dt>{t('context.derived.area')}</dt>
        <dd data-testid="area-m2">{areaM2.toFixed(1)} m²</dd>
      </dl>
    </LinePanel>
  );
}
