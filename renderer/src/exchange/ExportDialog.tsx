// The export dialog (issue 6 §2): format, whole project or chosen packages, output path (typed, or its folder
// picked from the backend's file listing), then export with a progress bar and cancel, and finally the files
// written. The work runs in the backend as a job (exchange.export); a cancelled or failed export leaves no file.
import { Alert, App, Button, Checkbox, Input, Radio, Select, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EXPORT_LAYERS } from '../../../shared/exchange/field-names';
import { t } from '../../../shared/i18n';
import '../../../shared/i18n/exchange-export';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../shared/model/exchange';
import { call } from '../api';
import { joinPath } from '../app/dialogs/paths';
import { JobModal, JobProgress } from '../app/JobFooter';
import { useJob } from '../app/useJob';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { ExportFolder } from './ExportFolder';
import {
  baseName,
  closeExportDialog,
  defaultExportPath,
  folderOf,
  useExportUi,
  withFormatExtension,
} from './exportState';

const layerLabel = (message: string): string => {
  const spec = EXPORT_LAYERS.find((l) => l.table === message);
  // Writers report the table they are on, or the format for one-step work (gpkg copy, xlsx).
  return t('export.progress.writing', { layer: spec ? spec.zh : message.toUpperCase() });
};

export function ExportDialog() {
  useLang((s) => s.lang);
  const open = useExportUi((s) => s.open);
  const projectPath = useStore((s) => s.project?.path ?? '');
  const packages = useStore((s) => s.packages);
  const feedback = App.useApp();
  const [format, setFormat] = useState<ExportFormat>('gpkg');
  const [scope, setScope] = useState<'all' | 'packages'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [out, setOut] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [picking, setPicking] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const job = useJob('export', 'export.dialog.cancelled');
  const { reset } = job;

  // The path is reset only when the dialog opens (read through a ref): a format change keeps the user's path and
  // swaps its extension instead.
  const formatRef = useRef(format);
  formatRef.current = format;
  useEffect(() => {
    if (!open) return;
    setResult(null);
    reset();
    setPicking(false);
    setOut(projectPath ? defaultExportPath(projectPath, formatRef.current) : '');
  }, [open, projectPath, reset]);

  const packageOptions = useMemo(
    () =>
      Object.values(packages)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
        .map((p) => ({ value: p.id, label: p.name })),
    [packages],
  );

  const changeFormat = (f: ExportFormat) => {
    setFormat(f);
    setOut((o) => (o ? withFormatExtension(o, f) : o));
  };

  const run = async () => {
    if (scope === 'packages' && chosen.length === 0)
      return void feedback.message.warning(t('export.dialog.pickPackages'));
    if (!out.trim()) return void feedback.message.warning(t('export.dialog.needOut'));
    setResult(null);
    await job.run(async (jobId) => {
      const packageIds = scope === 'packages' ? { packageIds: chosen } : {};
      setResult(await call('exchange.export', { format, out: out.trim(), overwrite, jobId, ...packageIds }));
    });
  };

  const busy = job.busy;

  return (
    <JobModal
      open={open}
      width={640}
      job={job}
      testId="export"
      labels="export.dialog"
      onClose={closeExportDialog}
      onRun={() => void run()}
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="export-dialog">
        <div>
          <div className="rz-muted">{t('export.dialog.format')}</div>
          <Select
            style={{ width: '100%' }}
            value={format}
            onChange={changeFormat}
            disabled={busy}
            options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`export.format.${f}`) }))}
            data-testid="export-format"
          />
        </div>
        <div>
          <div className="rz-muted">{t('export.dialog.scope')}</div>
          <Radio.Group value={scope} onChange={(e) => setScope(e.target.value)} disabled={busy}>
            <Radio value="all" data-testid="export-scope-all">
              {t('export.dialog.scope.all')}
            </Radio>
            <Radio value="packages" data-testid="export-scope-packages">
              {t('export.dialog.scope.packages')}
            </Radio>
          </Radio.Group>
          {scope === 'packages' ? (
            packageOptions.length === 0 ? (
              <div className="rz-muted">{t('export.dialog.noPackages')}</div>
            ) : (
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', maxHeight: 160, overflow: 'auto', marginTop: 6 }}
                options={packageOptions}
                value={chosen}
                onChange={(v) => setChosen(v as string[])}
                disabled={busy}
                data-testid="export-packages"
              />
            )
          ) : null}
        </div>
        <div>
          <div className="rz-muted">{t('export.dialog.out')}</div>
          <Space.Compact style={{ width: '100%' }}>
            <Input value={out} onChange={(e) => setOut(e.target.value)} disabled={busy} data-testid="export-out" />
            <Button onClick={() => setPicking((p) => !p)} disabled={busy}>
              {t('export.dialog.browse')}
            </Button>
          </Space.Compact>
          {picking ? (
            <ExportFolder
              start={folderOf(out)}
              onPick={(dir) => {
                setOut(joinPath(dir, baseName(out) || baseName(defaultExportPath(projectPath || 'export', format))));
                setPicking(false);
              }}
            />
          ) : null}
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} disabled={busy}>
            {t('export.dialog.overwrite')}
          </Checkbox>
        </div>
        <JobProgress job={job} testId="export" step={layerLabel} />
        {result ? (
          <Alert
            type="success"
            showIcon
            data-testid="export-result"
            message={t('export.dialog.done', { count: result.files.length })}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {result.files.map((f) => (
                  <li key={f} style={{ wordBreak: 'break-all' }}>
                    {f}
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
