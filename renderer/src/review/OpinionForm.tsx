// The presenter's opinion form: a department of the meeting, its verdict (通过 / 有条件通过 / 不通过), the opinion,
// the conditions of a conditional pass, and optionally a place clicked on the map. One change per save; a
// department that already gave its opinion on the package is updated, not duplicated.
import { App, Button, Input } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { REVIEW_VERDICTS } from '../../../shared/model/tables';
import { attempt } from '../app/feedback';
import { VERDICT_COLORS } from '../map/reviewLayers';
import { commit, useStore } from '../state/store';
import { useOpinionForm } from './opinionFormState';
import { draftProblems, findOpinion, opinionChange, opinionRow } from './opinionRows';
import { useReview } from './reviewState';

export function OpinionForm({ packageId, departments }: { packageId: string; departments: readonly string[] }) {
  const feedback = App.useApp();
  const draft = useOpinionForm((s) => s.draft);
  const pin = useReview((s) => s.pinDraft);
  const picking = useReview((s) => s.tool === 'pin');
  const meetingId = useReview((s) => s.meetingId);
  const opinions = useStore((s) => s.review_opinions);
  const pkgName = useStore((s) => s.packages[packageId]?.name ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const existing = draft.department ? findOpinion(opinions, packageId, draft.department, meetingId) : undefined;

  // Another package (or a first showing): load the chosen department's opinion on it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: packageId is the trigger (edit() reads the review store)
  useEffect(() => {
    const { draft: d, edit } = useOpinionForm.getState();
    edit(d.department || departments[0] || '');
    setProblems([]);
  }, [packageId, departments]);

  const save = async () => {
    const full = { ...draft, pin };
    const found = draftProblems(full);
    setProblems(found);
    if (found.length > 0) return;
    const row = opinionRow(existing, full, { packageId, meetingId, now: new Date(), newId: () => crypto.randomUUID() });
    const summary = t('change.review.opinion', { department: row.department, pkg: pkgName });
    if (await attempt(feedback, () => commit(opinionChange(row, summary)))) {
      feedback.message.success(t('review.opinion.saved', { department: row.department }));
      // Let the room see the opinion just recorded in the card's list.
      document.querySelector('[data-testid="review-opinions"]')?.scrollIntoView({ block: 'nearest' });
    }
  };

  // Departments that already gave their opinion on this package, with its verdict (the chip's colour).
  const recorded = new Map(
    Object.values(opinions)
      .filter((o) => o.package_id === packageId && o.meeting_id === meetingId)
      .map((o) => [o.department, o.verdict]),
  );
  return (
    <section className="rz-rv-form" data-testid="review-opinion-form">
      <h3>{t('review.opinion.title')}</h3>
      <div className="rz-rv-departments" data-testid="review-opinion-departments">
        {departments.map((d) => {
          const verdict = recorded.get(d);
          return (
            <button
              key={d}
              type="button"
              className={d === draft.department ? 'on' : ''}
              aria-pressed={d === draft.department}
              style={verdict ? { borderColor: VERDICT_COLORS[verdict] } : undefined}
              onClick={() => {
                useOpinionForm.getState().edit(d);
                setProblems([]);
              }}
              data-testid={`review-department-${d}`}
            >
              {verdict ? `${d} ✓` : d}
            </button>
          );
        })}
      </div>
      <div className="rz-rv-verdicts">
        {REVIEW_VERDICTS.map((v) => (
          <Button
            key={v}
            size="large"
            type={draft.verdict === v ? 'primary' : 'default'}
            style={draft.verdict === v ? { background: VERDICT_COLORS[v], borderColor: VERDICT_COLORS[v] } : undefined}
            onClick={() => useOpinionForm.getState().setVerdict(v)}
            data-testid={`review-verdict-${v}`}
            aria-pressed={draft.verdict === v}
          >
            {t(`review.verdict.${v}`)}
          </Button>
        ))}
      </div>
      <Input.TextArea
        value={draft.text}
        onChange={(e) => useOpinionForm.getState().patch({ text: e.target.value })}
        placeholder={t('review.opinion.text')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={8000}
        data-testid="review-opinion-text"
      />
      {draft.verdict === 'conditional' ? (
        <Input.TextArea
          value={draft.conditions}
          onChange={(e) => useOpinionForm.getState().patch({ conditions: e.target.value })}
          placeholder={t('review.opinion.conditions')}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={8000}
          data-testid="review-opinion-conditions"
        />
      ) : null}
      <div className="rz-rv-form-row">
        <Button
          type={picking ? 'primary' : 'default'}
          onClick={() => useReview.setState((s) => ({ tool: s.tool === 'pin' ? 'none' : 'pin', pointer: null }))}
          data-testid="review-opinion-pin"
        >
          {picking ? t('review.opinion.pinPicking') : pin ? t('review.opinion.pinSet') : t('review.opinion.pin')}
        </Button>
        {pin ? (
          <Button type="link" onClick={() => useReview.setState({ pinDraft: null })} data-testid="review-opinion-unpin">
            {t('review.opinion.unpin')}
          </Button>
        ) : null}
        <span className="rz-spacer" />
        <Button type="primary" size="large" onClick={() => void save()} data-testid="review-opinion-save">
          {existing ? t('review.opinion.update') : t('review.opinion.save')}
        </Button>
      </div>
      {problems.map((p) => (
        <div key={p} className="rz-rv-problem" data-testid="review-opinion-problem">
          {t(p)}
        </div>
      ))}
    </section>
  );
}
