// The presentation: the package name as a 40 px title with "3 / 8", the high-contrast map with its layer bar, and
// the package card beside it; the presenter also has the controls (previous/next, pointer, pen, keep/clear marks,
// theme, audience window, leave) and the opinion form. The audience window shows the same without the controls.
import {
  AimOutlined,
  CloseOutlined,
  DesktopOutlined,
  EditOutlined,
  FilePdfOutlined,
  LeftOutlined,
  RightOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { t } from '../../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { attempt } from '../app/feedback';
import { useLang } from '../i18n';
import { openMinutesDialog } from '../report/reportUi';
import { commit, useStore } from '../state/store';
import { progressText } from './agenda';
import { OpinionForm } from './OpinionForm';
import { PackageCard } from './PackageCard';
import { ReviewMap } from './ReviewMap';
import { currentPackageId, REVIEW_LAYERS, step, toggleTool, useReview } from './reviewState';
import { annotationChange, annotationRows, drawnStrokes } from './strokes';
import { openAudienceWindow } from './sync';
import './messages';

function LayerBar() {
  const layers = useReview((s) => s.layers);
  const audience = useReview((s) => s.role === 'audience');
  if (audience) return null;
  return (
    <div className="rz-rv-layerbar" data-testid="review-layerbar">
      {REVIEW_LAYERS.map((id) => (
        <button
          key={id}
          type="button"
          className={layers[id] ? 'on' : ''}
          aria-pressed={layers[id]}
          onClick={() => useReview.setState((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } }))}
          data-testid={`review-layer-${id}`}
        >
          {t(`review.layers.${id}`)}
        </button>
      ))}
    </div>
  );
}

function Controls({ onExit }: { onExit: () => void }) {
  const feedback = App.useApp();
  const tool = useReview((s) => s.tool);
  const theme = useReview((s) => s.theme);
  const strokes = useReview((s) => s.strokes);
  const pkg = useReview(currentPackageId);
  const pkgName = useStore((s) => (pkg ? (s.packages[pkg]?.name ?? '') : ''));
  const kept = drawnStrokes(strokes).length;
  const meetingId = useReview((s) => s.meetingId);
  const keepMarks = async () => {
    const r = useReview.getState();
    if (!pkg) return;
    const rows = annotationRows(r.strokes, {
      packageId: pkg,
      meetingId: r.meetingId,
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    const change = annotationChange(rows, t('change.review.annotations', { pkg: pkgName, n: rows.length }));
    if (!change) return;
    if (await attempt(feedback, () => commit(change))) {
      useReview.setState({ strokes: [] });
      feedback.message.success(t('review.marksSaved', { n: rows.length }));
    }
  };
  const audienceWindow = () => {
    if (!openAudienceWindow()) feedback.message.warning(t('review.audienceBlocked'));
  };
  return (
    <div className="rz-rv-controls">
      <Button size="large" icon={<LeftOutlined />} onClick={() => step(-1)} data-testid="review-prev">
        {t('review.prev')}
      </Button>
      <Button size="large" icon={<RightOutlined />} onClick={() => step(1)} data-testid="review-next">
        {t('review.next')}
      </Button>
      <span className="rz-rv-gap" />
      <Button
        size="large"
        type={tool === 'pointer' ? 'primary' : 'default'}
        icon={<AimOutlined />}
        onClick={() => toggleTool('pointer')}
        data-testid="review-tool-pointer"
      >
        {t('review.pointer')}
      </Button>
      <Button
        size="large"
        type={tool === 'pen' ? 'primary' : 'default'}
        icon={<EditOutlined />}
        onClick={() => toggleTool('pen')}
        data-testid="review-tool-pen"
      >
        {t('review.pen')}
      </Button>
      <Button
        size="large"
        icon={<SaveOutlined />}
        disabled={kept === 0}
        onClick={() => void keepMarks()}
        data-testid="review-marks-save"
      >
        {t('review.saveMarks')}
      </Button>
      <Button
        size="large"
        disabled={strokes.length === 0}
        onClick={() => useReview.setState({ strokes: [] })}
        data-testid="review-marks-clear"
      >
        {t('review.clearMarks')}
      </Button>
      <span className="rz-rv-gap" />
      <Button
        size="large"
        onClick={() => useReview.setState({ theme: theme === 'dark' ? 'light' : 'dark' })}
        data-testid="review-theme"
      >
        {theme === 'dark' ? t('review.theme.light') : t('review.theme.dark')}
      </Button>
      <Button size="large" icon={<DesktopOutlined />} onClick={audienceWindow} data-testid="review-audience">
        {t('review.audienceWindow')}
      </Button>
      <Button
        size="large"
        icon={<FilePdfOutlined />}
        disabled={meetingId === null}
        onClick={() => {
          // The minutes are printed after the meeting: leave the presentation, then ask for paper and path.
          onExit();
          if (meetingId) openMinutesDialog(meetingId);
        }}
        data-testid="review-minutes"
      >
        {t('review.minutes')}
      </Button>
      <Tooltip title="Esc">
        <Button size="large" danger icon={<CloseOutlined />} onClick={onExit} data-testid="review-exit">
          {t('review.exit')}
        </Button>
      </Tooltip>
    </div>
  );
}

export function Presentation({ onExit }: { onExit: () => void }) {
  useLang((s) => s.lang);
  const theme = useReview((s) => s.theme);
  const role = useReview((s) => s.role);
  const agenda = useReview((s) => s.agenda);
  const index = useReview((s) => s.index);
  const meetingId = useReview((s) => s.meetingId);
  const pkg = agenda[index] ?? null;
  const pkgName = useStore((s) => (pkg ? (s.packages[pkg]?.name ?? '') : ''));
  const meeting = useStore((s) => (meetingId ? s.review_meetings[meetingId] : undefined));
  const settingsDepartments = useStore(
    (s) => s.project?.settings.review_departments ?? DEFAULT_SETTINGS.review_departments,
  );
  const departments = meeting?.attendees.map((a) => a.department) ?? settingsDepartments;
  return (
    <div className={`rz-review rz-review-${theme}`} data-testid="review-mode" data-role={role}>
      <header className="rz-rv-header">
        <h1 className="rz-rv-title" data-testid="review-title">
          {pkgName}
        </h1>
        <span className="rz-rv-progress" data-testid="review-progress">
          {progressText(index, agenda.length)}
        </span>
        <span className="rz-rv-meeting">{meeting?.title ?? ''}</span>
        {role === 'presenter' ? <Controls onExit={onExit} /> : null}
      </header>
      <div className="rz-rv-body">
        <main className="rz-rv-mapcell">
          <ReviewMap />
          <LayerBar />
          {role === 'presenter' ? <div className="rz-rv-keys">{t('review.keysHint')}</div> : null}
        </main>
        <aside className="rz-rv-side" data-testid="review-side">
          <div className="rz-rv-scroll">{pkg ? <PackageCard packageId={pkg} /> : null}</div>
          {role === 'presenter' && pkg ? <OpinionForm packageId={pkg} departments={departments} /> : null}
        </aside>
      </div>
    </div>
  );
}
