import { describe, expect, it } from 'vitest';
import { packagePlanIssues } from '../../../../shared/analysis/planRules';
import { t } from '../../../../shared/i18n';
import type { Package } from '../../../../shared/model/tables';
import { deepFreeze } from '../helpers';

type Facts = Pick<Package, 'status' | 'plan_year' | 'start_year' | 'completion_year'>;
const pkg = (over: Partial<Facts>): Facts =>
  deepFreeze({ status: 'reserve', plan_year: null, start_year: null, completion_year: null, ...over });
const keys = (p: Facts, year = 2025) => packagePlanIssues(p, year).map((i) => `${i.severity}:${i.key.slice(11)}`);

describe('packagePlanIssues (seed 002 三(五))', () => {
  it('accepts a funded package that starts and finishes in its plan year', () => {
    expect(keys(pkg({ status: 'new_start', plan_year: 2025, start_year: 2025, completion_year: 2025 }))).toEqual([]);
    expect(keys(pkg({}))).toEqual([]);
  });
  it('requires a funded package to start in its plan year', () => {
    expect(keys(pkg({ plan_year: 2026, start_year: 2027, completion_year: 2027 }))).toEqual([
      'error:startNotInPlanYear',
      'warning:notCompletedInPlanYear',
    ]);
    expect(keys(pkg({ plan_year: 2026 }))).toEqual(['error:startNotInPlanYear']);
  });
  it('requires completion within two years of the start, and warns past the plan year', () => {
    expect(keys(pkg({ plan_year: 2026, start_year: 2026, completion_year: 2028 }))).toEqual([
      'warning:notCompletedInPlanYear',
    ]);
    expect(keys(pkg({ plan_year: 2026, start_year: 2026, completion_year: 2029 }))).toEqual([
      'error:completionTooLate',
      'warning:notCompletedInPlanYear',
    ]);
  });
  it('flags completion before start and statuses that contradict the years', () => {
    expect(keys(pkg({ start_year: 2026, completion_year: 2025 }))).toEqual(['error:completionBeforeStart']);
    expect(keys(pkg({ status: 'completed', start_year: 2023 }))).toEqual(['error:completedWithoutYear']);
    expect(keys(pkg({ status: 'completed', start_year: 2025, completion_year: 2026 }))).toEqual([
      'error:completedInFuture',
    ]);
    expect(keys(pkg({ status: 'under_construction' }))).toEqual(['error:startedWithoutYear']);
    expect(keys(pkg({ status: 'new_start', start_year: 2026, completion_year: 2026 }))).toEqual([
      'error:startedInFuture',
    ]);
    expect(keys(pkg({ start_year: 2023, completion_year: 2024 }))).toEqual([
      'warning:reserveStartPassed',
      'warning:completionPassed',
    ]);
    expect(keys(pkg({ status: 'under_construction', start_year: 2024 }))).toEqual(['warning:noCompletionYear']);
  });
  it('fills every message in both languages', () => {
    const all = packagePlanIssues(
      pkg({ status: 'completed', plan_year: 2024, start_year: 2026, completion_year: 2025 }),
      2020,
    );
    expect(all.length).toBeGreaterThan(2);
    for (const issue of all) {
      for (const lang of ['zh', 'en'] as const) expect(t(issue.key, issue.params, lang)).not.toMatch(/plan\.|\{/);
    }
    expect(t('plan.issue.completionTooLate', { start: 2026, done: 2029, years: 2 }, 'zh')).toBe(
      '须在开工 2 年内完工（2026 年开工，计划 2029 年竣工）',
    );
  });
});
