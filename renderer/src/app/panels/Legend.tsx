// Legend drawn from the map's own colour tables (map/palette.ts), so the two cannot disagree.
import { t } from '../../../../shared/i18n';
import { ContextLegend } from '../../context/ContextLegend';
import { SiteLegend } from '../../facilities/SiteLegend';
import { useLang } from '../../i18n';
import { PipeLegend } from '../../map/PipeLegend';
import { ELIGIBILITY_COLORS, ELIGIBILITY_ORDER, FLOOR_CLASSES } from '../../map/palette';

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <div className="rz-legend-row">
      <span className="rz-swatch" style={{ background: color }} />
      <span>{label}</span>
    </div>
  );
}

export function Legend() {
  useLang((s) => s.lang);
  return (
    <section className="rz-section" data-testid="legend">
      <h3>{t('legend.title')}</h3>
      <div className="rz-legend-group">{t('legend.compounds')}</div>
      {ELIGIBILITY_ORDER.map((state) => (
        <Swatch key={state} color={ELIGIBILITY_COLORS[state]} label={t(`eligibility.state.${state}`)} />
      ))}
      <div className="rz-legend-group">{t('legend.buildings')}</div>
      {FLOOR_CLASSES.map((c) => (
        <Swatch key={c.label} color={c.color} label={t('legend.floors', { range: c.label })} />
      ))}
      <ContextLegend />
      <PipeLegend />
      <SiteLegend />
    </section>
  );
}
