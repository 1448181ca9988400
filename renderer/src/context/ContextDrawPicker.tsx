// The toolbar's picker for the drawing tools of the site context: while 画道路 is active, the kind (road / fire lane)
// and width a new road gets; while 画场地要素 is active, the kind of a new site area. Each option shows its map colour.
// Choosing "fire lane" sets the width to the 4 m clear width; any width can then be typed.
import { InputNumber, Select } from 'antd';
import { t } from '../../../shared/i18n';
import { ROAD_KINDS, type RoadKind, SITE_AREA_KINDS, type SiteAreaKind } from '../../../shared/model/tables';
import { useLang } from '../i18n';
import type { ToolId } from '../state/types';
import { FIRE_LANE_DEFAULT_WIDTH_M, setContextDraw, useContextDraw } from './drawChoice';
import './messages';
import { ROAD_COLORS, SITE_AREA_COLORS } from './palette';

const swatch = (color: string) => <span className="rz-swatch" style={{ background: color }} />;

export function ContextDrawPicker({ tool }: { tool: ToolId }) {
  useLang((s) => s.lang);
  const choice = useContextDraw();
  if (tool === 'drawRoad')
    return (
      <span data-testid="road-picker">
        <Select<RoadKind>
          size="small"
          value={choice.roadKind}
          style={{ width: 104 }}
          title={t('context.picker.roadKind')}
          data-testid="road-kind-picker"
          onChange={(roadKind) =>
            setContextDraw(
              roadKind === 'fire_lane' ? { roadKind, roadWidthM: FIRE_LANE_DEFAULT_WIDTH_M } : { roadKind },
            )
          }
          options={ROAD_KINDS.map((k) => ({
            value: k,
            label: (
              <span>
                {swatch(k === 'fire_lane' ? ROAD_COLORS.fireLaneEdge : ROAD_COLORS.roadEdge)}{' '}
                {t(`context.roadKind.${k}`)}
              </span>
            ),
          }))}
        />
        <InputNumber<number>
          size="small"
          min={0.5}
          max={100}
          step={0.5}
          value={choice.roadWidthM}
          onChange={(v) => {
            if (typeof v === 'number' && v > 0) setContextDraw({ roadWidthM: v });
          }}
          style={{ width: 72 }}
          suffix="m"
          title={t('context.picker.roadWidth')}
          data-testid="road-width-picker"
        />
      </span>
    );
  if (tool === 'drawSiteArea')
    return (
      <Select<SiteAreaKind>
        size="small"
        value={choice.areaKind}
        style={{ width: 140 }}
        title={t('context.picker.areaKind')}
        data-testid="area-kind-picker"
        onChange={(areaKind) => setContextDraw({ areaKind })}
        options={SITE_AREA_KINDS.map((k) => ({
          value: k,
          label: (
            <span>
              {swatch(SITE_AREA_COLORS[k].outline)} {t(`context.areaKind.${k}`)}
            </span>
          ),
        }))}
      />
    );
  return null;
}
