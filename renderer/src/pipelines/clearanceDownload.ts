// Exporting the clearance table as a download (browser and Electron alike): CSV with a BOM so Excel reads the
// Chinese sources as UTF-8, or JSON; rows sorted by id so exports diff cleanly.
import type { ClearanceRule } from '../../../shared/model/tables';
import { clearanceCsv, clearanceJson } from '../../../shared/standards/gb50289';

/** Rows in a stable order (by id) so exports diff cleanly. */
const sorted = (rules: Record<string, ClearanceRule>): ClearanceRule[] =>
  Object.values(rules).sort((a, b) => a.id.localeCompare(b.id));

export function downloadClearance(rules: Record<string, ClearanceRule>, format: 'csv' | 'json'): void {
  // A BOM so Excel opens the Chinese sources of a CSV as UTF-8.
  const text = format === 'csv' ? `\uFEFF${clearanceCsv(sorted(rules))}` : clearanceJson(sorted(rules));
  const blob = new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `净距表.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
