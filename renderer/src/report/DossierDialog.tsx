// The dossier dialog (issue 7 §2): packages (all or chosen), paper A4/A3, the output folder, one zip per package;
// then a progress bar per package and step with cancel, and finally each package's folder or its error.
// The work runs in the backend as a job (dossier.build); a cancelled or failed package leaves nothing behind.
import { Alert, App, Checkbox, Input, Radio, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import '../../../shared/i18n/report';
import { type DossierResult, PAPER_SIZES, type PaperSize } from '../../../shared/model/report';
import { call } from '../api';
import { JobModal, JobProgress } from '../app/JobFooter';
import { useJob } from '../app/useJob';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { closeDossierDialog, defaultDossierFolder, useReportUi } from './reportUi';

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
  const [result, setResult] = useState<DossierResult | null>(null);
  const job = useJob('dossier', 'error.job.cancelled');
  const { reset } = job;

  useEffect(() => {
    if (!open) return;
    setResult(null);
    reset();
    setOut(projectPath ? defaultDossierFolder(projectPath) : '');
  }, [open, projectPath, reset]);

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
    setResult(null);
    await job.run(async (jobId) => {
      const packageIds = scope === 'chosen' ? { packageIds: chosen } : {};
      setResult(await call('dossier.build', { paper, out: out.trim(), zip, jobId, ...packageIds }));
    });
  };
  const busy = job.busy;
  const ok = result?.dossiers.filter((d) => !d.error) ?? [];
  const failed = result?.dossiers.filter((d) => d.error) ?? [];

  return (
    <JobModal
      open={open}
      width={640}
      job={job}
      testId="dossier"
      labels="report.dialog"
      onClose={closeDossierDialog}
      onRun={() => void run()}
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
        <JobProgress job={job} testId="dossier" step={(m) => m} />
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
    </JobModal>
  );
}
