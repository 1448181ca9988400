// The site context's part of the legend, drawn from the same tables as the map layers (context/palette.ts): roads
// at true width, fire lanes with red dashed edges, site areas by kind, kept green and structures to demolish.
import { t } from '../../../shared/i18n';
import { SITE_AREA_KINDS } from '../../../shared/model/tables';
import { useLang } from '../i18n';
import './messages';
import { ROAD_COLORS, SITE_AREA_COLORS } from './palette';

function AreaSwatch({ fill, outline, dashed }: { fill: string; outline: string; dashed?: boolean }) {
  return (
    <span
      className="rz-swatch"
      style={{ background: fill, border: `1.5px ${dashed ? 'dashed' : 'solid'} ${outline}` }}
    />
  );
}

function RoadSwatch({ fill, edge, dashed }: { fill: string; edge: string; dashed?: boolean }) {
  const border = `1.5px ${dashed ? 'dashed' : 'solid'} ${edge}`;
  return (
    <span
      style={{
        display: 'inline-block',
        width: 22,
        height: 7,
        marginRight: 6,
        verticalAlign: 'middle',
        background: fill,
        borderTop: border,
        borderBottom: border,
      }}
    />
  );
}

export function ContextLegend() {
  useLang((s) => s.lang);
  return (
    <div data-testid="context-legend">
      <div className="rz-legend-group">{t('context.legend.title')}</div>
      <div className="rz-legend-row">
        <RoadSwatch fill={ROAD_COLORS.road} edge={ROAD_COLORS.road} />
        <span>{t('context.legend.road')}</span>
      </div>
      <div className="rz-legend-row">
        <RoadSwatch fill={ROAD_COLORS.fireLane} edge={ROAD_COLORS.fireLaneEdge} dashed />
        <span>{t('context.legend.fireLane')}</span>
      </div>
      {SITE_AREA_KINDS.filter((k) => k !== 'fire_lane').map((k) => (
        <div className="rz-legend-row" key={k}>
          <AreaSwatch {...SITE_AREA_COLORS[k]} />
          <span>{t(`context.areaKind.${k}`)}</span>
        </div>
      ))}
      <div className="rz-legend-row">
        <AreaSwatch {...SITE_AREA_COLORS.green_keep} />
        <span>{t('context.legend.keptGreen')}</span>
      </div>
      <div className="rz-legend-row">
        <AreaSwatch
          fill={SITE_AREA_COLORS.illegal_structure.fill}
          outline={SITE_AREA_COLORS.illegal_structure.outline}
          dashed
        />
        <span>{t('context.legend.demolish')}</span>
      </div>
    </div>
  );
}
