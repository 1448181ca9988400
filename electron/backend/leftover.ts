// PLACEHOLDER (issue 4 helper replaces this file): leftover land for the open project.
import type { AppliedResult } from '../../shared/api';
import { AppError } from '../../shared/model/errors';
import type { LeftoverOptions, LeftoverReport } from '../../shared/model/leftover';
import type { OpenProject } from './project';

export function computeOpenProjectLeftover(_project: OpenProject, _options: LeftoverOptions): LeftoverReport {
  throw new AppError('internal', { detail: 'leftover.compute not implemented yet' });
}

export function writeOpenProjectLeftover(_project: OpenProject, _options: LeftoverOptions): AppliedResult | null {
  throw new AppError('internal', { detail: 'leftover.write not implemented yet' });
}
