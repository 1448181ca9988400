import { z } from 'zod';

// Who pays (资金共担, DOMAIN.md "Money"; seeds 000 三(二), 002 四, 004 三). A package's estimate is split across these
// sources by shares per renovation-item class. The project-wide defaults are illustrative (grade C: no seed gives
// numbers) and editable in settings; each package may override them.
export const FUNDING_SOURCES = [
  'central_provincial', // 中央及省级补助
  'local_budget', // 地方财政（含专项债）
  'residents', // 居民出资（含维修资金、公积金）
  'utilities', // 专营单位
  'property_units', // 原产权单位
  'social_capital', // 社会资本
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const ITEM_CLASSES = ['basic', 'improvement', 'upgrade'] as const; // 基础类 / 完善类 / 提升类
export type ItemClass = (typeof ITEM_CLASSES)[number];

const share = z.number().min(0).max(1);
export const fundingSharesSchema = z
  .object({
    central_provincial: share,
    local_budget: share,
    residents: share,
    utilities: share,
    property_units: share,
    social_capital: share,
  })
  .refine((s) => Math.abs(Object.values(s).reduce((a, b) => a + b, 0) - 1) < 1e-6, 'shares must add up to 100%');
export type FundingShares = z.infer<typeof fundingSharesSchema>;

export const fundingByClassSchema = z.object({
  basic: fundingSharesSchema,
  improvement: fundingSharesSchema,
  upgrade: fundingSharesSchema,
});
export type FundingByClass = z.infer<typeof fundingByClassSchema>;

export const DEFAULT_FUNDING: FundingByClass = {
  basic: {
    central_provincial: 0.5,
    local_budget: 0.3,
    residents: 0.05,
    utilities: 0.1,
    property_units: 0.05,
    social_capital: 0,
  },
  improvement: {
    central_provincial: 0.35,
    local_budget: 0.25,
    residents: 0.15,
    utilities: 0.05,
    property_units: 0.05,
    social_capital: 0.15,
  },
  upgrade: {
    central_provincial: 0.2,
    local_budget: 0.2,
    residents: 0.1,
    utilities: 0,
    property_units: 0.05,
    social_capital: 0.45,
  },
};
