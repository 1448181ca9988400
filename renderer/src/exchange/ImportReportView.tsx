// The report of a check (dry run) or an import: counts, what was skipped and why, what was done to the data.
import { Alert } from 'antd';
import { t } from '../../../shared/i18n';
import type { ImportReport } from '../../../shared/model/exchange';
import { noticeText } from './importState';

export function ImportReportView({ report }: { report: ImportReport }) {
  const lines = [
    ...report.skipped.map((s) => t('import.report.skipped', { count: s.count, reason: t(s.reason) })),
    ...report.notes.map(noticeText),
  ];
  return (
    <Alert
      type={report.applied ? 'success' : 'info'}
      showIcon
      data-testid="import-report"
      message={report.applied ? t('import.report.title.done') : t('import.report.title.dry')}
      description={
        <div>
          <div data-testid="import-report-counts">
            {t(report.applied ? 'import.report.counts.done' : 'import.report.counts.dry', {
              features: report.features,
              written: report.written,
              invalid: report.invalid,
              fixed: report.fixed,
            })}
          </div>
          {lines.length > 0 ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </div>
      }
    />
  );
}
