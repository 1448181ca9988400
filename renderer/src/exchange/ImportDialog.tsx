// The import dialog (issue 6 §1): pick a file (typed, or from the backend's folder listing), read its preview,
// choose the target layer, how to read it (CRS, web-map offset, encoding) and the field mapping, "检查" for a
// dry-run report, then "导入" with a progress bar and cancel. The backend applies the import as one change (undo
// removes all of it); the map then zooms to the new features.
import { Alert, App, Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { guessMapping } from '../../../shared/exchange/fields';
import { t } from '../../../shared/i18n';
import '../../../shared/i18n/exchange-import';
import {
  IMPORT_LAYERS,
  type ImportLayer,
  type ImportPreview,
  type ImportReport,
  type ImportSource,
} from '../../../shared/model/exchange';
import { call } from '../api';
import { showError } from '../app/feedback';
import { JobModal, JobProgress } from '../app/JobFooter';
import { useJob } from '../app/useJob';
import { useLang } from '../i18n';
import { useStore } from '../state/store';
import { folderOf } from './exportState';
import { ImportFilePicker } from './ImportFilePicker';
import { ImportLocation } from './ImportLocation';
import { ImportMapping } from './ImportMapping';
import { ImportReportView } from './ImportReportView';
import { ImportSourceOptions } from './ImportSourceOptions';
import { closeImportDialog, noticeText, useImportUi } from './importState';

type JoinBy = '' | 'name' | 'code';

export function ImportDialog() {
  useLang((s) => s.lang);
  const open = useImportUi((s) => s.open);
  const projectPath = useStore((s) => s.project?.path ?? '');
  const feedback = App.useApp();
  const [path, setPath] = useState('');
  const [picking, setPicking] = useState(false);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [layer, setLayer] = useState<ImportLayer>('compounds');
  const [joinBy, setJoinBy] = useState<JoinBy>('');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [reading, setReading] = useState(false);
  const job = useJob('import', 'import.dialog.cancelled');
  const { reset } = job;

  useEffect(() => {
    if (!open) return;
    setPreview(null);
    setSource(null);
    setReport(null);
    reset();
    setPicking(false);
  }, [open, reset]);

  /** Reads the preview; a new file resets layer and mapping to the guesses, changed options keep them. */
  const inspect = async (next: ImportSource, fresh: boolean) => {
    setReading(true);
    setReport(null);
    try {
      const p = await call('exchange.inspect', next);
      setSource(next);
      setPreview(p);
      if (fresh) {
        const l = p.suggestedLayer ?? 'compounds';
        setLayer(l);
        setMapping(p.suggestedMapping);
        setJoinBy(p.featureCount > 0 && (p.geometryTypes.None ?? 0) === p.featureCount ? 'name' : '');
      }
    } catch (e) {
      showError(feedback, e);
    } finally {
      setReading(false);
    }
  };

  const changeLayer = (l: ImportLayer) => {
    setLayer(l);
    if (l !== 'compounds') setJoinBy('');
    setMapping(guessMapping(preview?.fields.map((f) => f.name) ?? [], l));
    setReport(null);
  };

  const run = async (dryRun: boolean) => {
    if (!source) return;
    setReport(null);
    await job.run(async (jobId) => {
      const r = await call('exchange.import', { source, layer, mapping, dryRun, jobId, ...(joinBy ? { joinBy } : {}) });
      setReport(r);
      if (r.applied) {
        feedback.message.success(t('import.dialog.done', { summary: r.applied.summary }));
        if (r.bbox) window.__rz?.map.fitBounds(r.bbox, { padding: 60, maxZoom: 18, duration: 400 });
      }
    });
  };

  const busy = job.busy || reading;
  const types = preview
    ? Object.entries(preview.geometryTypes)
        .map(([k, n]) => `${k} ${n}`)
        .join('，')
    : '';

  return (
    <JobModal
      open={open}
      width={760}
      job={job}
      testId="import"
      labels="import.dialog"
      onClose={closeImportDialog}
      onRun={() => void run(false)}
      runDisabled={!preview || busy}
      extra={
        <Button disabled={!preview || busy} onClick={() => void run(true)} data-testid="import-check">
          {t('import.dialog.check')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="import-dialog">
        <div>
          <div className="rz-muted">{t('import.dialog.file')}</div>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={path}
              onChange={(e) => setPath(e.target.value)}
              disabled={busy}
              onPressEnter={() => path.trim() && void inspect({ path: path.trim() }, true)}
              data-testid="import-path"
            />
            <Button onClick={() => setPicking((p) => !p)} disabled={busy}>
              {t('import.dialog.browse')}
            </Button>
            <Button
              type="primary"
              ghost
              disabled={busy || !path.trim()}
              onClick={() => void inspect({ path: path.trim() }, true)}
              data-testid="import-read"
            >
              {t('import.dialog.read')}
            </Button>
          </Space.Compact>
          <div className="rz-muted">{t('import.dialog.formats')}</div>
          {picking ? (
            <ImportFilePicker
              start={folderOf(path) || folderOf(projectPath)}
              onPick={(p) => {
                setPath(p);
                setPicking(false);
                void inspect({ path: p }, true);
              }}
            />
          ) : null}
        </div>
        {preview && source ? (
          <>
            <div data-testid="import-summary">
              {t('import.dialog.summary', { format: preview.format.toUpperCase(), count: preview.featureCount, types })}
            </div>
            {preview.notices.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                data-testid="import-notices"
                message={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {preview.notices.map((n) => (
                      <li key={n.key}>{noticeText(n)}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <div style={{ display: 'grid', gridTemplateColumns: '110px 1fr', gap: '6px 10px' }}>
              <span className="rz-muted">{t('import.dialog.layer')}</span>
              <Select
                value={layer}
                disabled={busy}
                onChange={changeLayer}
                options={IMPORT_LAYERS.map((l) => ({ value: l, label: t(`exchange.layer.${l}`) }))}
                data-testid="import-layer"
              />
              {layer === 'compounds' ? (
                <>
                  <span className="rz-muted">{t('import.dialog.join')}</span>
                  <Select
                    value={joinBy}
                    disabled={busy}
                    onChange={(v: JoinBy) => setJoinBy(v)}
                    options={(['', 'name', 'code'] as const).map((v) => ({
                      value: v,
                      label: t(`import.dialog.join.${v || 'none'}`),
                    }))}
                    data-testid="import-join"
                  />
                </>
              ) : null}
            </div>
            <ImportSourceOptions
              preview={preview}
              source={source}
              disabled={busy}
              onChange={(s) => void inspect(s, false)}
            />
            <div>
              <div className="rz-muted">{t('import.dialog.where')}</div>
              <ImportLocation bbox={preview.bbox} />
            </div>
            <div>
              <div className="rz-muted">{t('import.dialog.fields')}</div>
              <ImportMapping
                fields={preview.fields}
                layer={layer}
                mapping={mapping}
                disabled={busy}
                onChange={setMapping}
              />
            </div>
          </>
        ) : null}
        <JobProgress job={job} testId="import" step={(m) => (m.startsWith('exchange.') ? t(m) : '')} />
        {report ? <ImportReportView report={report} /> : null}
      </Space>
    </JobModal>
  );
}
