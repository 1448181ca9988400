// The opinions recorded for the presented package in this meeting, numbered as their pins on the map and coloured
// by verdict; clicking one (presenter) loads it into the form for editing.
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { VERDICT_COLORS } from '../map/reviewLayers';
import { useStore } from '../state/store';
import { useOpinionForm } from './opinionFormState';
import { packageOpinions, verdictCounts } from './opinionRows';
import { useReview } from './reviewState';

export function OpinionList({ packageId }: { packageId: string }) {
  const opinions = useStore((s) => s.review_opinions);
  const departments = useStore((s) => s.project?.settings.review_departments ?? DEFAULT_SETTINGS.review_departments);
  const meetingId = useReview((s) => s.meetingId);
  const presenter = useReview((s) => s.role === 'presenter');
  const list = packageOpinions(opinions, packageId, meetingId, departments);
  const counts = verdictCounts(list);
  return (
    <section className="rz-rv-section" data-testid="review-opinions">
      <h3>{t('review.card.opinions')}</h3>
      {list.length === 0 ? (
        <div className="rz-rv-line rz-rv-muted">{t('review.card.noOpinions')}</div>
      ) : (
        <>
          <div className="rz-rv-line">{t('review.card.verdictCounts', counts)}</div>
          <ol className="rz-rv-opinions">
            {list.map(({ n, opinion: o }) => (
              <li
                key={o.id}
                data-testid={`review-opinion-${o.department}`}
                data-verdict={o.verdict}
                style={{ borderLeftColor: VERDICT_COLORS[o.verdict], cursor: presenter ? 'pointer' : undefined }}
                onClick={presenter ? () => useOpinionForm.getState().edit(o.department) : undefined}
                onKeyDown={(e) => {
                  if (presenter && e.key === 'Enter') useOpinionForm.getState().edit(o.department);
                }}
              >
                <span className="rz-rv-pin-no" style={{ background: VERDICT_COLORS[o.verdict] }}>
                  {n}
                </span>
                <strong>{o.department}</strong>
                <span className="rz-rv-verdict" style={{ color: VERDICT_COLORS[o.verdict] }}>
                  {t(`review.verdict.${o.verdict}`)}
                </span>
                {o.text ? <div className="rz-rv-opinion-text">{o.text}</div> : null}
                {o.conditions ? (
                  <div className="rz-rv-opinion-text">
                    {t('review.opinion.conditions')}：{o.conditions}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
