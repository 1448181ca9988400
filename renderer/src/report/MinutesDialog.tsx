// The minutes dialog (issue 7 §1): review mode opens it for a meeting (`openMinutesDialog(meetingId)`); the user
// picks the paper and the PDF path, the backend prints the minutes page (review.minutes).
import { Alert, App, Button, Checkbox, Input, Modal, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import '../../../shared/i18n/report';
import { type MinutesResult, PAPER_SIZES, type PaperSize } from '../../../shared/model/report';
import { call } from '../api';
import { showError } from '../app/feedback';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { closeMinutesDialog, defaultMinutesPath, useReportUi } from './reportUi';

export function MinutesDialog() {
  useLang((s) => s.lang);
  const meetingId = useReportUi((s) => s.minutesMeetingId);
  const meeting = useStore((s) => (meetingId ? s.review_meetings?.[meetingId] : undefined));
  const projectPath = useStore((s) => s.project?.path ?? '');
  const feedback = App.useApp();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [out, setOut] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MinutesResult | null>(null);

  useEffect(() => {
    if (!meetingId) return;
    setResult(null);
    setOut(projectPath ? defaultMinutesPath(projectPath, meeting?.held_on ?? '') : '');
  }, [meetingId, projectPath, meeting?.held_on]);

  const run = async () => {
    if (!meetingId || !out.trim()) return;
    setBusy(true);
    setResult(null);
    try {
      setResult(await call('review.minutes', { meetingId, paper, out: out.trim(), overwrite }));
    } catch (e) {
      showError(feedback, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={meetingId !== null}
      title={`${t('report.minutesDialog.title')}${meeting?.title ? `：${meeting.title}` : ''}`}
      onCancel={busy ? undefined : closeMinutesDialog}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={closeMinutesDialog} disabled={busy}>
          {t('report.dialog.close')}
        </Button>,
        <Button key="run" type="primary" loading={busy} onClick={() => void run()} data-testid="minutes-run">
          {t('report.dialog.run')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="minutes-dialog">
        <Radio.Group value={paper} onChange={(e) => setPaper(e.target.value)} disabled={busy}>
          {PAPER_SIZES.map((p) => (
            <Radio key={p} value={p}>
              {p}
            </Radio>
          ))}
        </Radio.Group>
        <div>
          <div className="rz-muted">{t('report.minutesDialog.out')}</div>
          <Input value={out} onChange={(e) => setOut(e.target.value)} disabled={busy} data-testid="minutes-out" />
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} disabled={busy}>
            {t('report.dialog.overwrite')}
          </Checkbox>
        </div>
        {result ? (
          <Alert
            type="success"
            showIcon
            data-testid="minutes-result"
            message={t('report.minutesDialog.done', { path: result.path, pages: result.pages })}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
