// The live check list (issue 4 §3): for the footprint being placed or moved — or the last one dropped — each rule
// with ✓/✗ and actual vs required, failures first; for parking, "可布置停车位 N 个".
import { Alert, Empty } from 'antd';
import { t } from '../../../shared/i18n';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { failures, resultText, ruleName } from './checkText';
import { facilityLabel, facilityTypeName } from './facilityRows';
import { usePlacement } from './placementStore';
import './messages';
import './facilities.css';

/**
 * The name of the other feature a finding is about, if known: a building's, road's, area's or facility's name, a
 * tree's species, a pipeline's survey code (a facility without a name goes by its type).
 */
export function useOtherName(): (id: string | null) => string {
  const buildings = useStore((s) => s.buildings);
  const roads = useStore((s) => s.roads);
  const areas = useStore((s) => s.site_areas);
  const trees = useStore((s) => s.trees);
  const pipelines = useStore((s) => s.pipelines);
  const facilities = useStore((s) => s.facilities);
  return (id) => {
    if (!id) return '';
    const facility = facilities[id];
    if (facility) return facilityLabel(facility);
    return buildings[id]?.name ?? roads[id]?.name ?? areas[id]?.name ?? trees[id]?.species ?? pipelines[id]?.code ?? '';
  };
}

export function CheckList({ checks }: { checks: readonly FacilityCheckItem[] }) {
  const otherName = useOtherName();
  const sorted = [...checks].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <table className="rz-check-list" data-testid="facility-checks">
      <tbody>
        {sorted.map((c, i) => (
          <tr key={`${c.rule}:${c.otherId ?? i}`} data-testid="facility-check" data-ok={c.ok} data-rule={c.rule}>
            <td className={c.ok ? 'rz-check-ok' : 'rz-check-bad'}>{c.ok ? '✓' : '✗'}</td>
            <td>
              {ruleName(c.rule)}
              {otherName(c.otherId) ? <span className="rz-check-other"> · {otherName(c.otherId)}</span> : null}
            </td>
            <td className={c.ok ? undefined : 'rz-check-bad'}>{c.actual_m === null ? '' : resultText(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CheckPanel() {
  useLang((s) => s.lang);
  const live = usePlacement((s) => s.live);
  const settled = usePlacement((s) => s.settled);
  if (!live)
    return (
      <section className="rz-section" data-testid="facility-check-panel">
        <h3>{t('facilities.check.title')}</h3>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.check.none')} />
      </section>
    );
  const bad = failures(live.checks);
  return (
    <section className="rz-section" data-testid="facility-check-panel">
      <h3>
        {t('facilities.check.title')} · {facilityTypeName(live.typeKey)}
      </h3>
      {live.stalls !== null ? (
        <div className="rz-check-stalls" data-testid="facility-stalls">
          {t('facilities.check.stalls', { n: live.stalls })}
        </div>
      ) : null}
      <Alert
        type={bad.length === 0 ? 'success' : 'error'}
        showIcon
        title={bad.length === 0 ? t('facilities.check.allOk') : t('facilities.check.failures', { n: bad.length })}
        data-testid="facility-check-summary"
        style={{ marginBottom: 6 }}
      />
      <CheckList checks={live.checks} />
      <div className="rz-check-time" data-testid="facility-check-ms" data-ms={live.ms.toFixed(2)}>
        {settled ? '' : t('facilities.check.time', { ms: live.ms.toFixed(1) })}
      </div>
    </section>
  );
}
