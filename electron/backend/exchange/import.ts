// PLACEHOLDER (issue 6 import helper replaces this file).
import type { AppliedResult } from '../../../shared/api';
import { AppError } from '../../../shared/model/errors';
import type { ImportPreview, ImportReport, ImportRun, ImportSource } from '../../../shared/model/exchange';
import type { JobContext } from '../jobs';
import type { OpenProject } from '../project';

export async function inspectSource(_source: ImportSource): Promise<ImportPreview> {
  throw new AppError('internal', { detail: 'exchange.inspect not implemented yet' });
}

export async function importIntoOpenProject(
  _project: OpenProject,
  _run: ImportRun,
  _job: JobContext,
): Promise<{ report: ImportReport; applied: AppliedResult | null }> {
  throw new AppError('internal', { detail: 'exchange.import not implemented yet' });
}
