// The meeting set-up before the presentation: continue a meeting or start a new one (title, date, location), tick
// the attending departments, and order the agenda (drag, or the up/down buttons). Saved as one review_meetings change.
import { App, Checkbox, Empty, Input, Modal, Segmented, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { ReviewMeeting } from '../../../shared/model/tables';
import { attempt } from '../app/feedback';
import { testId } from '../app/testId';
import { useLang } from '../i18n';
import { commit, useStore } from '../state/store';
import { AgendaList } from './AgendaList';
import { cleanAgenda, defaultAgenda, latestMeeting } from './agenda';
import { enterFullscreen } from './fullscreen';
import {
  type MeetingDraft,
  meetingChange,
  meetingDraftOf,
  meetingProblems,
  meetingRow,
  newMeetingDraft,
} from './meetingRows';
import { leaveReview, startPresenting, useReview } from './reviewState';
import './messages';

type Mode = 'continue' | 'new';

export function MeetingSetup() {
  useLang((s) => s.lang);
  const feedback = App.useApp();
  const open = useReview((s) => s.phase === 'setup');
  const meetings = useStore((s) => s.review_meetings);
  const packages = useStore((s) => s.packages);
  const settings = useStore((s) => s.project?.settings ?? DEFAULT_SETTINGS);
  const departments = settings.review_departments;
  const latest = useMemo(() => latestMeeting(meetings), [meetings]);
  const [mode, setMode] = useState<Mode>('new');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [draft, setDraft] = useState<MeetingDraft | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const existing: ReviewMeeting | undefined = mode === 'continue' && meetingId ? meetings[meetingId] : undefined;

  // Each opening starts from the latest meeting when there is one (a meeting often runs over several sittings).
  // It starts again when the project's rows arrive after the dialog opened (right after a reload the mirror may
  // still be empty: a draft built then would have no packages on its agenda).
  const loaded = Object.keys(packages).length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only on opening or when the rows first arrive
  useEffect(() => {
    if (!open) return;
    setProblems([]);
    if (latest) choose('continue', latest.id);
    else choose('new', null);
  }, [open, loaded, latest?.id]);

  function choose(m: Mode, id: string | null) {
    setMode(m);
    setMeetingId(id);
    const state = useStore.getState();
    const m0 = id ? state.review_meetings[id] : undefined;
    if (m === 'continue' && m0) {
      const d = meetingDraftOf(m0);
      setDraft({ ...d, agenda: cleanAgenda(d.agenda, state.packages) });
    } else {
      const project = state.project?.settings.project_name ?? '';
      setDraft(
        newMeetingDraft(
          t('review.setup.defaultTitle', { project }),
          departments,
          defaultAgenda(state.packages),
          new Date(),
        ),
      );
    }
  }

  const start = async () => {
    if (!draft) return;
    const found = meetingProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    // Full screen needs the click's user activation: ask before awaiting the backend.
    enterFullscreen();
    const row = meetingRow(existing, draft, () => crypto.randomUUID());
    const change = meetingChange(existing, row, t('change.review.meeting', { title: row.title }));
    if (change && !(await attempt(feedback, () => commit(change)))) return;
    startPresenting(row.id, row.agenda);
  };

  const patch = (p: Partial<MeetingDraft>) => setDraft((d) => (d ? { ...d, ...p } : d));
  const allDepartments = draft ? [...departments, ...draft.departments.filter((d) => !departments.includes(d))] : [];
  const noPackages = !loaded;
  return (
    <Modal
      open={open}
      title={t('review.setup.title')}
      onCancel={leaveReview}
      width={820}
      okText={t('review.setup.start')}
      cancelText={t('common.cancel')}
      onOk={() => void start()}
      okButtonProps={{ disabled: noPackages, ...testId('review-setup-start') }}
      styles={{ body: { maxHeight: '72vh', overflowY: 'auto' } }}
      destroyOnHidden
    >
      {noPackages ? (
        <Empty description={t('review.setup.noPackages')} />
      ) : draft ? (
        <div className="rz-rv-setup" data-testid="review-setup">
          {latest ? (
            <div className="rz-rv-setup-row">
              <Segmented<Mode>
                value={mode}
                onChange={(m) => choose(m, m === 'continue' ? latest.id : null)}
                options={[
                  { value: 'continue', label: t('review.setup.continue') },
                  { value: 'new', label: t('review.setup.new') },
                ]}
                data-testid="review-setup-mode"
              />
              {mode === 'continue' ? (
                <Select
                  value={meetingId ?? undefined}
                  onChange={(id: string) => choose('continue', id)}
                  style={{ minWidth: 320 }}
                  options={Object.values(meetings)
                    .sort((a, b) => b.held_on.localeCompare(a.held_on))
                    .map((m) => ({ value: m.id, label: `${m.held_on.slice(0, 10)} ${m.title}` }))}
                />
              ) : null}
            </div>
          ) : null}
          <div className="rz-rv-setup-field">
            <span>{t('review.setup.meetingTitle')}</span>
            <Input
              aria-label={t('review.setup.meetingTitle')}
              value={draft.title}
              maxLength={200}
              onChange={(e) => patch({ title: e.target.value })}
              data-testid="review-setup-title"
            />
          </div>
          <div className="rz-rv-setup-row">
            <div className="rz-rv-setup-field">
              <span>{t('review.setup.date')}</span>
              <Input
                type="date"
                aria-label={t('review.setup.date')}
                value={draft.held_on}
                onChange={(e) => patch({ held_on: e.target.value })}
                data-testid="review-setup-date"
              />
            </div>
            <div className="rz-rv-setup-field" style={{ flex: 2 }}>
              <span>{t('review.setup.location')}</span>
              <Input
                aria-label={t('review.setup.location')}
                value={draft.location}
                maxLength={200}
                onChange={(e) => patch({ location: e.target.value })}
                data-testid="review-setup-location"
              />
            </div>
          </div>
          <fieldset className="rz-fieldset">
            <legend>
              {t('review.setup.attendees')}{' '}
              <Checkbox
                checked={draft.departments.length === allDepartments.length}
                indeterminate={draft.departments.length > 0 && draft.departments.length < allDepartments.length}
                onChange={(e) => patch({ departments: e.target.checked ? [...allDepartments] : [] })}
              >
                {t('review.setup.all')}
              </Checkbox>
            </legend>
            <Checkbox.Group
              value={draft.departments}
              // Keep the settings' order, whatever order they were ticked in.
              onChange={(v) => patch({ departments: allDepartments.filter((d) => (v as string[]).includes(d)) })}
              options={allDepartments}
              data-testid="review-setup-departments"
            />
          </fieldset>
          <fieldset className="rz-fieldset">
            <legend>{t('review.setup.agenda')}</legend>
            <AgendaList agenda={draft.agenda} onChange={(agenda) => patch({ agenda })} />
          </fieldset>
          {problems.map((p) => (
            <div key={p} className="rz-rv-problem" data-testid="review-setup-problem">
              {t(p)}
            </div>
          ))}
        </div>
      ) : null}
    </Modal>
  );
}
