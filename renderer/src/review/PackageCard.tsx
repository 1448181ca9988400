// The package card beside the review map, in large type: members, households and build years, eligibility and
// consent, the indicator card (issue 4), leftover land and proposed facilities, pipeline conflicts, renovation items
// with the estimate and its funding split, and the opinions recorded so far. Each section reads existing hooks and
// analyses; the figures only this card needs come from cardFacts.ts.
import { useEffect, useMemo } from 'react';
import { packageTotals } from '../../../shared/analysis/packageTotals';
import { createMetricFrame } from '../../../shared/geo/crs';
import { t } from '../../../shared/i18n';
import { DEFAULT_FUNDING, FUNDING_SOURCES } from '../../../shared/model/funding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { formatNumber } from '../app/attributes/useDerived';
import { facilityTypeName } from '../facilities/facilityRows';
import { useLang } from '../i18n';
import { formatWan } from '../items/format';
import { usePackageEstimate } from '../items/useEstimates';
import { useLeftover } from '../leftover/leftoverStore';
import { memberCompounds } from '../packages/rows';
import { useConflicts } from '../pipelines/conflictStore';
import { useStore } from '../state/store';
import { conflictCounts, eligibilityFacts, facilityCounts, leftoverOf, plannedItems } from './cardFacts';
import { OpinionList } from './OpinionList';
import { ReviewIndicators } from './ReviewIndicators';
import '../items/messages';
import '../packages/messages';
import './messages';

const pct = (r: number) => Math.round(r * 1000) / 10;

function Facts({ packageId }: { packageId: string }) {
  const compounds = useStore((s) => s.compounds);
  const packages = useStore((s) => s.packages);
  const package_members = useStore((s) => s.package_members);
  const buildings = useStore((s) => s.buildings);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const estimate = usePackageEstimate(packageId);
  const members = useMemo(
    () => memberCompounds({ compounds, packages, package_members }, packageId),
    [compounds, packages, package_members, packageId],
  );
  const totals = useMemo(() => {
    const ids = new Set(members.map((c) => c.id));
    const own = Object.values(buildings).filter((b) => b.compound_id !== null && ids.has(b.compound_id));
    return packageTotals(
      { id: packageId },
      members,
      own,
      estimate,
      DEFAULT_FUNDING,
      createMetricFrame(settings.metric_epsg),
    );
  }, [packageId, members, buildings, estimate, settings.metric_epsg]);
  const elig = useMemo(() => eligibilityFacts(members, settings), [members, settings]);
  const { build_year_min: min, build_year_max: max } = totals;
  const years = min === null ? '—' : min === max ? String(min) : `${min}–${max}`;
  return (
    <>
      <section className="rz-rv-section" data-testid="review-card-facts">
        <div className="rz-rv-figures">
          <Figure label={t('review.card.households')} value={formatNumber(totals.households)} />
          <Figure label={t('review.card.buildings')} value={String(totals.buildings)} />
          <Figure label={t('review.card.years')} value={years} />
          <Figure label={t('review.card.floorArea')} value={`${formatNumber(totals.floor_area_m2)} m²`} />
        </div>
        <h3>{t('review.card.compounds', { n: members.length })}</h3>
        <div className="rz-rv-names" data-testid="review-card-compounds">
          {members.map((c) => (
            <span key={c.id}>{c.name || t('common.unnamed')}</span>
          ))}
        </div>
      </section>
      <section className="rz-rv-section" data-testid="review-card-eligibility">
        <h3>{t('review.card.eligibility')}</h3>
        <div className="rz-rv-line">
          {Object.entries(elig.byState).map(([state, n]) => (
            <span key={state} className={`rz-rv-chip rz-rv-elig-${state}`}>
              {t(`eligibility.state.${state}`)} {n}
            </span>
          ))}
        </div>
        <div className="rz-rv-line">
          {elig.consent
            ? t('review.card.consent', {
                min: pct(elig.consent.min),
                max: pct(elig.consent.max),
                threshold: pct(settings.consent_threshold),
              })
            : t('review.card.consentNone')}
        </div>
      </section>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rz-rv-figure">
      <div className="rz-rv-figure-value">{value}</div>
      <div className="rz-rv-figure-label">{label}</div>
    </div>
  );
}

function useMemberIds(packageId: string): Set<string> {
  const members = useStore((s) => s.package_members);
  return useMemo(
    () => new Set(Object.values(members).flatMap((m) => (m.package_id === packageId ? [m.compound_id] : []))),
    [members, packageId],
  );
}

function Land({ packageId }: { packageId: string }) {
  const ids = useMemberIds(packageId);
  const result = useLeftover((s) => s.result);
  const facilities = useStore((s) => s.facilities);
  // While the card is shown, leftover land is wanted (the store computes it in the backend).
  useEffect(() => {
    useLeftover.setState((s) => ({ demand: s.demand + 1 }));
    return () => useLeftover.setState((s) => ({ demand: s.demand - 1 }));
  }, []);
  const land = result ? leftoverOf(result, ids) : null;
  const counts = facilityCounts(facilities, ids);
  return (
    <section className="rz-rv-section" data-testid="review-card-land">
      <h3>{t('review.card.land')}</h3>
      <div className="rz-rv-line">
        {land
          ? t('review.card.leftover', { area: formatNumber(Math.round(land.area_m2)), pieces: land.pieces })
          : t('review.card.leftoverPending')}
      </div>
      <div className="rz-rv-line">
        {counts.length === 0
          ? t('review.card.noFacilities')
          : counts.map((c) => (
              <span key={c.type} className="rz-rv-chip">
                {facilityTypeName(c.type)} ×{c.count}
              </span>
            ))}
      </div>
    </section>
  );
}

function Conflicts({ packageId }: { packageId: string }) {
  const ids = useMemberIds(packageId);
  const result = useConflicts((s) => s.result);
  const reviews = useStore((s) => s.conflict_reviews);
  const counts = result ? conflictCounts(result.conflicts, packageId, ids, reviews) : null;
  return (
    <section className="rz-rv-section" data-testid="review-card-conflicts">
      <h3>{t('review.card.conflicts')}</h3>
      <div className={`rz-rv-line${counts && counts.open > 0 ? ' rz-rv-warn' : ''}`}>
        {counts ? t('review.card.conflictCounts', counts) : t('review.card.conflictsPending')}
      </div>
    </section>
  );
}

function Items({ packageId }: { packageId: string }) {
  const ids = useMemberIds(packageId);
  const lines = useStore((s) => s.compound_items);
  const catalog = useStore((s) => s.renovation_items);
  const estimate = usePackageEstimate(packageId);
  const items = useMemo(() => plannedItems(ids, lines, catalog), [ids, lines, catalog]);
  const total = estimate?.total ?? 0;
  return (
    <section className="rz-rv-section" data-testid="review-card-items">
      <h3>{t('review.card.items')}</h3>
      <div className="rz-rv-line">{t('review.card.itemCount', { n: items.total, ...items })}</div>
      <div className="rz-rv-estimate" data-testid="review-card-estimate">
        {t('review.card.estimate', { v: formatWan(total) })}
      </div>
      {estimate && total > 0 ? (
        <table className="rz-rv-funding" data-testid="review-card-funding">
          <caption>{t('review.card.funding')}</caption>
          <tbody>
            {FUNDING_SOURCES.filter((s) => estimate.bySource[s] > 0).map((s) => (
              <tr key={s}>
                <td>{t(`funding.src.${s}`)}</td>
                <td>{formatWan(estimate.bySource[s])}</td>
                <td>{Math.round((estimate.bySource[s] / total) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function PackageCard({ packageId }: { packageId: string }) {
  useLang((s) => s.lang);
  const exists = useStore((s) => s.packages[packageId] !== undefined);
  const ids = useMemberIds(packageId);
  if (!exists) return <div className="rz-rv-section">{t('review.noPackage')}</div>;
  return (
    <div className="rz-rv-card" data-testid="review-card">
      <Facts packageId={packageId} />
      <ReviewIndicators compoundIds={[...ids]} />
      <Land packageId={packageId} />
      <Conflicts packageId={packageId} />
      <Items packageId={packageId} />
      <OpinionList packageId={packageId} />
    </div>
  );
}
