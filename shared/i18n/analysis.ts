import type { Catalog } from './index';

// Strings of the issue-3 analyses: consent eligibility, priority explanations, plan checks, annual plan, basic
// items (基础类应改尽改). Eligibility states and reasons of the foundation stay in geo.ts.
export const analysisMessages: Catalog = {
  'eligibility.state.lowConsent': { zh: '居民同意比例不足', en: 'Consent below threshold' },
  'eligibility.state.noConsent': { zh: '未征询居民意愿', en: 'Consent not surveyed' },
  'eligibility.reason.lowConsent': {
    zh: '居民同意比例低于项目要求（{threshold}%）',
    en: "Residents' consent below the project's threshold ({threshold}%)",
  },
  'eligibility.reason.noConsent': { zh: '未填写居民同意比例', en: "Residents' consent not surveyed" },

  'priority.term.build_year': { zh: '建成年代', en: 'Build year' },
  'priority.term.condition': { zh: '现状问题', en: 'Condition' },
  'priority.term.consent': { zh: '居民意愿', en: 'Consent' },
  'priority.term.no_management': { zh: '无物业管理', en: 'No property management' },
  'priority.explain.buildYear': {
    zh: '{year} 年建成（{oldest} 年及以前计满分，{cutoff} 年计 0）',
    en: 'Built {year} (full marks at {oldest} or earlier, none at {cutoff})',
  },
  'priority.explain.buildYearUnknown': { zh: '建成年代未知，计 0', en: 'Build year unknown: scores 0' },
  'priority.explain.condition': {
    zh: '基础类 {surveyed} 项中 {deficient} 项存在问题',
    en: '{deficient} of {surveyed} basic items deficient',
  },
  'priority.explain.conditionUnknown': {
    zh: '尚无现状调查，按中间值 50% 计',
    en: 'No survey of the items yet: counted as 50%',
  },
  'priority.explain.consent': { zh: '居民同意比例 {percent}%', en: "Residents' consent {percent}%" },
  'priority.explain.consentUnknown': { zh: '未征询居民意愿，计 0', en: 'Consent not surveyed: scores 0' },
  'priority.explain.management.none': { zh: '无物业管理，计满分', en: 'No management: full marks' },
  'priority.explain.management.self': { zh: '居民自管，计一半', en: 'Self-managed: half marks' },
  'priority.explain.management.company': { zh: '有物业公司，计 0', en: 'Managed by a company: scores 0' },
  'priority.explain.management.work_unit': { zh: '单位管理，计 0', en: 'Managed by a work unit: scores 0' },
  'priority.explain.management.unknown': { zh: '管理模式未知，计 0', en: 'Management unknown: scores 0' },

  'plan.issue.startNotInPlanYear': {
    zh: '列入 {plan} 年度计划的项目须当年开工（计划开工：{start}）',
    en: 'A project in the {plan} plan must start that year (planned start: {start})',
  },
  'plan.issue.completionBeforeStart': {
    zh: '竣工年份（{done}）早于开工年份（{start}）',
    en: 'Completion ({done}) is before the start ({start})',
  },
  'plan.issue.completionTooLate': {
    zh: '须在开工 {years} 年内完工（{start} 年开工，计划 {done} 年竣工）',
    en: 'Must be completed within {years} years of starting (start {start}, completion {done})',
  },
  'plan.issue.completedWithoutYear': { zh: '状态为竣工，但未填写竣工年份', en: 'Completed, but no completion year' },
  'plan.issue.completedInFuture': {
    zh: '状态为竣工，但竣工年份（{done}）尚未到来',
    en: 'Completed, but the completion year ({done}) is still ahead',
  },
  'plan.issue.startedWithoutYear': { zh: '已开工，但未填写开工年份', en: 'Started, but no start year' },
  'plan.issue.startedInFuture': {
    zh: '已开工，但开工年份（{start}）尚未到来',
    en: 'Started, but the start year ({start}) is still ahead',
  },
  'plan.issue.notCompletedInPlanYear': {
    zh: '原则上应于计划当年（{plan}）完工或基本完工，计划 {done} 年竣工',
    en: 'Should in principle be completed in the plan year ({plan}); completion planned for {done}',
  },
  'plan.issue.reserveStartPassed': {
    zh: '仍在储备，但计划开工年份（{start}）已过',
    en: 'Still in reserve, but the planned start ({start}) has passed',
  },
  'plan.issue.completionPassed': {
    zh: '竣工年份（{done}）已过，但状态不是竣工',
    en: 'The completion year ({done}) has passed but the status is not completed',
  },
  'plan.issue.noCompletionYear': {
    zh: '未填写竣工年份（最迟 {latest} 年）',
    en: 'No completion year (at the latest {latest})',
  },
  'plan.year.unplanned': { zh: '未列入年度计划', en: 'Not in an annual plan' },
  'basicItems.missing': {
    zh: '基础类应改尽改：{count} 项现状有问题的基础类内容未列入改造清单',
    en: 'Basic items first: {count} deficient basic item(s) are not in the renovation list',
  },
};
