// PLACEHOLDER (issue 6 export helper replaces this file).
import { AppError } from '../../../shared/model/errors';
import type { ExportResult, ExportRun } from '../../../shared/model/exchange';
import type { JobContext } from '../jobs';
import type { OpenProject } from '../project';

export async function exportOpenProject(
  _project: OpenProject,
  _run: ExportRun,
  _job: JobContext,
): Promise<ExportResult> {
  throw new AppError('internal', { detail: 'exchange.export not implemented yet' });
}
