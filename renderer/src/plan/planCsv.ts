// The annual plan as CSV (header in the UI language), for pasting into a spreadsheet.
import type { AnnualPlanRow } from '../../../shared/analysis/annualPlan';

const HEADER_KEYS = [
  'plan.year',
  'plan.packages',
  'plan.compounds',
  'plan.households',
  'plan.floorArea',
  'plan.estimate',
];

/** Estimate in 万元 with two decimals, floor area rounded to m², as the table shows them. */
export function planCsv(
  rows: readonly AnnualPlanRow[],
  yearLabel: (r: AnnualPlanRow) => string,
  label: (key: string) => string,
): string {
  const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [HEADER_KEYS.map((k) => quote(label(k))).join(',')];
  for (const r of rows)
    lines.push(
      [
        quote(yearLabel(r)),
        r.packages,
        r.compounds,
        r.households,
        Math.round(r.floor_area_m2),
        (Math.round(r.estimate_yuan / 100) / 100).toFixed(2),
      ].join(','),
    );
  return `${lines.join('\n')}\n`;
}
