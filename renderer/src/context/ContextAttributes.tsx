// Right panel for one road or site area: its form (each edit one Change, one undo step) and its measured length or
// area in the project's metric frame. Editing a road's kind or width makes it the picker's choice for the next road.
import { Tag } from 'antd';
import { lineLengthM, polygonAreaM2 } from '../../../shared/geo/measure';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Road, SiteArea } from '../../../shared/model/tables';
import { LineForm } from '../app/attributes/LineForm';
import { metricFrame } from '../map/tools/rules';
import { useStore } from '../state/store';
import { editRoadField, editSiteAreaField, ROAD_FIELDS, SITE_AREA_FIELDS } from './contextFields';
import { setContextDraw } from './drawChoice';
import { ROAD_COLORS, SITE_AREA_COLORS } from './palette';
import './messages';

export function RoadAttributes({ row }: { row: Road }) {
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const kind = t(`context.roadKind.${row.kind}`);
  const name = row.name || kind;
  return (
    <div data-testid="attributes-roads">
      <h3>
        <Tag color={row.kind === 'fire_lane' ? ROAD_COLORS.fireLaneEdge : ROAD_COLORS.roadEdge}>{kind}</Tag>
        <span data-testid="attributes-name">{name}</span>
      </h3>
      <LineForm
        table="roads"
        row={row}
        fields={ROAD_FIELDS}
        edit={editRoadField}
        put={(r) => ({ op: 'put', table: 'roads', row: r })}
        name={name}
        kindLabel={t('context.attr.road')}
        labelPrefix="context.col"
        onEdited={(field, r) => {
          if (field === 'kind' || field === 'width_m') setContextDraw({ roadKind: r.kind, roadWidthM: r.width_m });
        }}
      />
      <dl className="rz-derived">
        <dt>{t('context.derived.length')}</dt>
        <dd data-testid="road-length">{lineLengthM(row.geometry.coordinates, metricFrame(epsg)).toFixed(1)} m</dd>
        <dt>{t('context.derived.area')}</dt>
        <dd data-testid="road-area">
          {(lineLengthM(row.geometry.coordinates, metricFrame(epsg)) * row.width_m).toFixed(0)} m²
        </dd>
      </dl>
    </div>
  );
}

export function SiteAreaAttributes({ row }: { row: SiteArea }) {
  const epsg = useStore((s) => s.project?.settings.metric_epsg ?? DEFAULT_SETTINGS.metric_epsg);
  const kind = t(`context.areaKind.${row.kind}`);
  const name = row.name || kind;
  const colors = SITE_AREA_COLORS[row.kind === 'green' && row.keep ? 'green_keep' : row.kind];
  return (
    <div data-testid="attributes-site_areas">
      <h3>
        <Tag color={colors.outline}>{kind}</Tag>
        <span data-testid="attributes-name">{name}</span>
      </h3>
      <LineForm
        table="site_areas"
        row={row}
        fields={SITE_AREA_FIELDS}
        edit={editSiteAreaField}
        put={(r) => ({ op: 'put', table: 'site_areas', row: r })}
        name={name}
        kindLabel={t('context.attr.siteArea')}
        labelPrefix="context.col"
        onEdited={(field, r) => {
          if (field === 'kind') setContextDraw({ areaKind: r.kind });
        }}
      />
      <dl className="rz-derived">
        <dt>{t('context.derived.area')}</dt>
        <dd data-testid="area-m2">{polygonAreaM2(row.geometry, metricFrame(epsg)).toFixed(1)} m²</dd>
      </dl>
    </div>
  );
}
