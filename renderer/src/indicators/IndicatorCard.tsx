// 指标卡 (issue 4 §4): 建筑密度, 容积率, 绿地率 and the building pairs below fire separation and sunlight spacing of a
// compound or a package, before and after its proposed facilities; each name's definition and source as a tooltip,
// changes highlighted (red for the worse). What the joint-review meeting reads, so it stays one clean table.
import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { INDICATOR_DEFINITIONS, indicatorsBeforeAfter } from '../../../shared/analysis/indicators';
import { getLang, t } from '../../../shared/i18n';
import { useLang } from '../i18n';
import { siteInputCache } from '../leftover/siteInput';
import { useStore } from '../state/store';
import { indicatorRows } from './indicatorRows';
import './messages';
import './indicators.css';

const inputOf = siteInputCache();

export function IndicatorCard({ compoundIds, title }: { compoundIds: readonly string[]; title?: string }) {
  useLang((s) => s.lang);
  const revision = useStore((s) => s.revision);
  const project = useStore((s) => s.project);
  const idsKey = compoundIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed per confirmed change (revision) and compound set
  const data = useMemo(() => {
    if (!project || compoundIds.length === 0) return null;
    const input = inputOf(useStore.getState());
    const ids = new Set(compoundIds);
    const facilities = input.facilities.filter((f) => f.compound_id && ids.has(f.compound_id)).length;
    return { ba: indicatorsBeforeAfter(input, [...compoundIds]), facilities };
  }, [revision, project, idsKey]);
  if (!data) return null;
  const rows = indicatorRows(data.ba, (n) => t('indicators.pairs', { n }));
  const lang = getLang();
  return (
    <section className="rz-ind-card" data-testid="indicator-card">
      <h4>{title ?? t('indicators.title')}</h4>
      <div className="rz-ind-sub">
        {t('indicators.site', {
          area: Math.round(data.ba.before.site_area_m2).toLocaleString('en-US'),
          n: data.facilities,
        })}
      </div>
      <table className="rz-ind-table">
        <thead>
          <tr>
            <th>{t('indicators.col.name')}</th>
            <th>{t('indicators.col.before')}</th>
            <th>{t('indicators.col.after')}</th>
            <th>{t('indicators.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const def = INDICATOR_DEFINITIONS[r.key];
            const tip = (
              <div>
                <div>{def[lang]}</div>
                {def.source ? (
                  <div style={{ opacity: 0.8 }}>{t('indicators.source', { source: def.source })}</div>
                ) : null}
              </div>
            );
            return (
              <tr key={r.key} data-testid={`indicator-${r.key}`} data-changed={r.changed}>
                <td>
                  <Tooltip title={tip}>
                    <span className="rz-ind-name">{t(`leftover.indicator.${r.key}`)}</span>
                  </Tooltip>
                </td>
                <td>{r.before}</td>
                <td className="rz-ind-after">{r.after}</td>
                <td className={r.changed ? (r.worse ? 'rz-ind-worse' : 'rz-ind-better') : undefined}>
                  {r.change || t('indicators.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
