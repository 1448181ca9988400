// The indicators section of the package card (issue 4's analysis and row formatting, reused): 建筑密度, 容积率,
// 绿地率 and the building pairs below fire separation and sunlight spacing, before and after the proposed
// facilities. Short names for the room; the definitions (with their sources) are the tooltips, as on the normal card.
import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { INDICATOR_DEFINITIONS, indicatorsBeforeAfter } from '../../../shared/analysis/indicators';
import { getLang, t } from '../../../shared/i18n';
import { indicatorRows } from '../indicators/indicatorRows';
import { siteInputCache } from '../leftover/siteInput';
import { useStore } from '../state/store';
import '../indicators/messages';

const inputOf = siteInputCache();

export function ReviewIndicators({ compoundIds }: { compoundIds: readonly string[] }) {
  const revision = useStore((s) => s.revision);
  const idsKey = compoundIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed per confirmed change (revision) and member set
  const ba = useMemo(
    () => (compoundIds.length === 0 ? null : indicatorsBeforeAfter(inputOf(useStore.getState()), [...compoundIds])),
    [revision, idsKey],
  );
  if (!ba) return null;
  const rows = indicatorRows(ba, (n) => t('indicators.pairs', { n }));
  const lang = getLang();
  return (
    <section className="rz-rv-section" data-testid="review-card-indicators">
      <h3>{t('review.card.indicators')}</h3>
      <table className="rz-rv-indicators">
        <thead>
          <tr>
            <th>{t('indicators.col.name')}</th>
            <th>{t('indicators.col.before')}</th>
            <th>{t('indicators.col.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`review-indicator-${r.key}`}>
              <td>
                <Tooltip title={INDICATOR_DEFINITIONS[r.key][lang]}>
                  <span>{t(`review.indicator.${r.key}`)}</span>
                </Tooltip>
              </td>
              <td>{r.before}</td>
              <td className={r.changed ? (r.worse ? 'rz-rv-worse' : 'rz-rv-better') : undefined}>
                {r.after}
                {r.changed ? ` (${r.change})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
