// Number formats of the estimate views: yuan with thousands separators, 万元 for large totals, percents.
const yuanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const quantityFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 1234567.8 → '1,234,568'. */
export const formatYuan = (yuan: number): string => yuanFormat.format(Math.round(yuan));
/** 1234567.8 → '123.46' (万元, the unit plans and budgets are read in). */
export const formatWan = (yuan: number): string => (Math.round(yuan / 100) / 100).toFixed(2);
export const formatQuantity = (q: number): string => quantityFormat.format(q);
/** 0.3 → '30%'; 1/3 → '33.33%'. */
export const formatShare = (share: number): string => `${Math.round(share * 10_000) / 100}%`;
