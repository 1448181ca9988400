// Legend rows of leftover land, placed facilities and the live check lines, from the colours the layers use.
import { t } from '../../../shared/i18n';
import { FACILITY_COLORS, LEFTOVER_COLOR } from '../../../shared/style/site-colors';
import { useStore } from '../state/store';
import './messages';
import '../leftover/messages';

function Row({ swatch, label }: { swatch: React.CSSProperties; label: string }) {
  return (
    <div className="rz-legend-row">
      <span className="rz-swatch" style={swatch} />
      <span>{label}</span>
    </div>
  );
}

export function SiteLegend() {
  const layers = useStore((s) => s.layers);
  if (!layers.leftover && !layers.facilities) return null;
  const hatch = `repeating-linear-gradient(135deg, ${LEFTOVER_COLOR}cc 0 1.5px, ${LEFTOVER_COLOR}2e 1.5px 5px)`;
  return (
    <div data-testid="site-legend">
      <div className="rz-legend-group">{t('facilities.legend.title')}</div>
      {layers.leftover ? (
        <Row
          swatch={{ background: hatch, borderStyle: 'dashed', borderColor: LEFTOVER_COLOR }}
          label={t('leftoverUi.layer')}
        />
      ) : null}
      {layers.facilities ? (
        <Row
          swatch={{ background: `${FACILITY_COLORS.facility}59`, borderColor: FACILITY_COLORS.facility }}
          label={t('facilities.layer')}
        />
      ) : null}
      <Row swatch={{ background: FACILITY_COLORS.ok, height: 3 }} label={t('facilities.legend.ok')} />
      <Row swatch={{ background: FACILITY_COLORS.bad, height: 3 }} label={t('facilities.legend.bad')} />
    </div>
  );
}
