import type { ImportNotice, ImportReport } from '../../../../shared/model/exchange';

// Counting what happened to the features while the import runs, turned into the report at the end.

export class Tally {
  features = 0;
  written = 0;
  invalid = 0;
  fixed = 0;
  split = 0;
  private readonly skipped = new Map<string, number>();
  private readonly badValues = new Map<string, number>();
  private readonly defaulted = new Map<string, number>();

  skip(reason: string, n = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }
  bad(column: string): void {
    this.badValues.set(column, (this.badValues.get(column) ?? 0) + 1);
  }
  defaultUsed(column: string): void {
    this.defaulted.set(column, (this.defaulted.get(column) ?? 0) + 1);
  }
  skippedCount(reason: string): number {
    return this.skipped.get(reason) ?? 0;
  }

  report(bbox: ImportReport['bbox'], extra: ImportNotice[]): Omit<ImportReport, 'applied'> {
    const notes: ImportNotice[] = [...extra];
    if (this.split > 0) notes.push({ key: 'exchange.note.split', params: { count: this.split } });
    for (const [column, count] of this.badValues)
      notes.push({ key: 'exchange.note.badValues', params: { column, count } });
    for (const [column, count] of this.defaulted)
      notes.push({ key: 'exchange.note.defaulted', params: { column, count } });
    return {
      features: this.features,
      written: this.written,
      invalid: this.invalid,
      fixed: this.fixed,
      skipped: [...this.skipped].map(([reason, count]) => ({ reason, count })),
      notes,
      bbox,
    };
  }
}
