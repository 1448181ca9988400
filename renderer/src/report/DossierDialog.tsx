// The dossier dialog (issue 7 §2): packages (all or chosen), paper A4/A3, the output folder, one zip per package;
// then a progress bar per package and step with cancel, and finally each package's folder or its error.
// The work runs in the backend as a job (dossier.build); a cancelled or failed package leaves nothing behind.
import { Alert, App, Button, Checkbox, Input, Modal, Progress, Radio, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import '../../../shared/i18n/report';
import { type DossierResult, PAPER_SIZES, type PaperSize } from '../../../shared/model/report';
import { call, errorData, onEvent } from '../api';
import { showError } from '../app/feedback';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { closeDossierDialog, defaultDossierFolder, useReportUi } from './reportUi';

type JobProgress = { done: number; total: number; message: string };

export function DossierDialog() {
  useLang((s) => s.lang);
  const open = useReportUi((s) => s.dossier);
  const projectPath = useStore((s) => s.project?.path ?? '');
  const packages = useStore((s) => s.packages);
  const feedback = App.useApp();
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [zip, setZip] = useState(false);
  const [out, setOut] = useState('');
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [result, setResult] = useState<DossierResult | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setResult(null);
    setProgress(null);
    setOut(projectPath ? defaultDossierFolder(projectPath) : '');
  }, [open, projectPath]);

  useEffect(() => onEvent('job.progress', (p) => p.jobId === jobId.current && setProgress(p)), []);

  const options = useMemo(
    () =>
      Object.values(packages)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
        .map((p) => ({ value: p.id, label: p.name })),
    [packages],
  );

  const run = async () => {
    if (options.length === 0) return void feedback.message.warning(t('report.dialog.noPackages'));
    if (scope === 'chosen' && chosen.length === 0) return void feedback.message.warning(t('report.dialog.packages'));
    if (!out.trim()) return void feedback.message.warning(t('report.dialog.needOut'));
    const id = `dossier:${Date.now()}`;
    jobId.current = id;
    setProgress({ done: 0, total: 1, message: '' });
    setResult(null);
    try {
      setResult(
        await call('dossier.build', {
          paper,
          out: out.trim(),
          zip,
          jobId: id,
          ...(scope === 'chosen' ? { packageIds: chosen } : {}),
        }),
      );
    } catch (e) {
      if (errorData(e).code === 'job.cancelled') feedback.message.info(t('error.job.cancelled'));
      else showError(feedback, e);
    } finally {
      jobId.current = null;
      setProgress(null);
    }
  };
  const cancel = () => {
    if (jobId.current) void call('job.cancel', { jobId: jobId.current });
  };
  const busy = progress !== null;
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  const ok = result?.dossiers.filter((d) => !d.error) ?? [];
  const failed = result?.dossiers.filter((d) => d.error) ?? [];

  return (
    <Modal
      open={open}
      title={t('report.dialog.title')}
      onCancel={busy ? cancel : closeDossierDialog}
      width={640}
      destroyOnHidden
      footer={[
        busy ? (
          <Button key="cancel" onClick={cancel} data-testid="dossier-cancel">
            {t('report.dialog.cancel')}
          </Button>
        ) : (
          <Button key="close" onClick={closeDossierDialog} data-testid="dossier-close">
            {t('report.dialog.close')}
          </Button>
        ),
        <Button key="run" type="primary" loading={busy} onClick={() => void run()} data-testid="dossier-run">
          {t('report.dialog.run')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="dossier-dialog">
        <div>
          <div className="rz-muted">{t('report.dialog.packages')}</div>
          {options.length === 0 ? (
            <div className="rz-muted">{t('report.dialog.noPackages')}</div>
          ) : (
            <>
              <Radio.Group value={scope} onChange={(e) => setScope(e.target.value)} disabled={busy}>
                <Radio value="all">{t('report.dialog.allPackages', { count: options.length })}</Radio>
                <Radio value="chosen" data-testid="dossier-scope-chosen">
                  {t('report.dialog.packages')}
                </Radio>
              </Radio.Group>
              {scope === 'chosen' && (
                <Checkbox.Group
                  style={{ display: 'flex', flexDirection: 'column', maxHeight: 160, overflow: 'auto', marginTop: 6 }}
                  options={options}
                  value={chosen}
                  onChange={(v) => setChosen(v as string[])}
                  disabled={busy}
                  data-testid="dossier-packages"
                />
              )}
            </>
          )}
        </div>
        <div>
          <div className="rz-muted">{t('report.dialog.paper')}</div>
          <Radio.Group value={paper} onChange={(e) => setPaper(e.target.value)} disabled={busy}>
            {PAPER_SIZES.map((p) => (
              <Radio key={p} value={p}>
                {p}
              </Radio>
            ))}
          </Radio.Group>
        </div>
        <div>
          <div className="rz-muted">{t('report.dialog.out')}</div>
          <Input value={out} onChange={(e) => setOut(e.target.value)} disabled={busy} data-testid="dossier-out" />
          <Checkbox checked={zip} onChange={(e) => setZip(e.target.checked)} disabled={busy}>
            {t('report.dialog.zip')}
          </Checkbox>
        </div>
        {busy ? (
          <div data-testid="dossier-progress">
            <Progress percent={percent} size="small" />
            <div className="rz-muted">{progress.message}</div>
          </div>
        ) : null}
        {result ? (
          <Alert
            type={failed.length > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="dossier-result"
            message={t('report.dialog.done', { ok: ok.length })}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {ok.map((d) => (
                  <li key={d.packageId} style={{ wordBreak: 'break-all' }}>
                    {t('report.dialog.pages', { path: d.path ?? '', pages: d.pages })}
                  </li>
                ))}
                {failed.map((d) => (
                  <li key={d.packageId} style={{ color: '#a61b1b' }}>
                    {t('report.dialog.failed', { name: d.packageName, error: d.error ?? '' })}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Space>
    </Modal>
  );
}
