import type { Package } from '../model/tables';

// Checks of a package's years and status against the funding rule (issue 3 §3). Seed 002 三(五):
//   "列入年度中央、自治区补助支持改造年度计划的项目必须要当年开工，原则上当年完工或基本完工，
//    所有改造项目必须在开工两年内完工。"
// (projects in the year's centrally/regionally subsidised plan must start that year, should in principle be
// completed that year, and every project must be completed within two years of starting.)
// Status runs 储备 reserve → 新开工 new_start → 在建 under_construction → 竣工 completed (seed 002 三(二)).

export type PlanIssueSeverity = 'error' | 'warning';

export interface PlanIssue {
  /** i18n key (plan.issue.*). */
  key: string;
  severity: PlanIssueSeverity;
  params: Record<string, string | number>;
}

/** Years within which a started project must be completed (所有改造项目必须在开工两年内完工). */
export const MAX_CONSTRUCTION_YEARS = 2;

type PlanFacts = Pick<Package, 'status' | 'plan_year' | 'start_year' | 'completion_year'>;

/**
 * Every rule the package breaks, errors before warnings. currentYear dates the status checks.
 * @example packagePlanIssues({ status: 'reserve', plan_year: 2024, start_year: 2025, completion_year: 2028 }, 2024)
 *   // → startNotInPlanYear, completionTooLate (errors), notCompletedInPlanYear (warning)
 */
export function packagePlanIssues(pkg: PlanFacts, currentYear: number): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const add = (key: string, severity: PlanIssueSeverity, params: Record<string, string | number> = {}): void => {
    issues.push({ key: `plan.issue.${key}`, severity, params });
  };
  const { plan_year: plan, start_year: start, completion_year: done, status } = pkg;

  if (plan !== null && start !== plan) add('startNotInPlanYear', 'error', { plan, start: start ?? '—' });
  if (start !== null && done !== null && done < start) add('completionBeforeStart', 'error', { start, done });
  if (start !== null && done !== null && done > start + MAX_CONSTRUCTION_YEARS) {
    add('completionTooLate', 'error', { start, done, years: MAX_CONSTRUCTION_YEARS });
  }
  if (status === 'completed' && done === null) add('completedWithoutYear', 'error');
  if (status === 'completed' && done !== null && done > currentYear) add('completedInFuture', 'error', { done });
  if ((status === 'new_start' || status === 'under_construction') && start === null) {
    add('startedWithoutYear', 'error', { status });
  }
  if ((status === 'new_start' || status === 'under_construction') && start !== null && start > currentYear) {
    add('startedInFuture', 'error', { start });
  }

  if (plan !== null && done !== null && done > plan) add('notCompletedInPlanYear', 'warning', { plan, done });
  if (status === 'reserve' && start !== null && start < currentYear) add('reserveStartPassed', 'warning', { start });
  if (status !== 'completed' && done !== null && done < currentYear) add('completionPassed', 'warning', { done });
  if (start !== null && done === null && status !== 'completed') {
    add('noCompletionYear', 'warning', { latest: start + MAX_CONSTRUCTION_YEARS });
  }
  return issues;
}
