// Which confirmed changes make the last check stale: those writing what the check reads (pipes, trees, buildings,
// the clearance table). Reviews do not: accepting a conflict shows from the mirror without a re-run.
import type { Change } from '../../../shared/model/change';

const CHECKED_TABLES = new Set(['pipelines', 'trees', 'buildings', 'clearance_rules']);

export const touchesCheck = (change: Change | null): boolean =>
  change?.ops.some((op) => CHECKED_TABLES.has(op.table)) ?? false;
