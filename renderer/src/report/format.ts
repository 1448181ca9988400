// Number and date formats of the printed reports, shared by the pages and the tests that read the PDFs back.

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** @example formatYuan(1234567.4) // → '1,234,567' */
export const formatYuan = (v: number): string => yuan.format(Math.round(v));
/** @example formatWan(1234567) // → '123.46' (万元) */
export const formatWan = (v: number): string => wan.format(v / 10000);
/** @example formatNumber(1234.567) // → '1,234.57' */
export const formatNumber = (v: number): string => plain.format(v);
/** @example formatPercent(0.6667) // → '66.7%' */
export const formatPercent = (v: number): string => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

/** A date as 2026年11月22日 (the local calendar day of an ISO string or a Date). */
export function formatDateZh(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '';
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}
