// The settings dialog's values and the Change that saves them. The consent threshold is stored as a ratio and
// shown as a percent; the metric CRS is either 'auto' (zone follows the data's centre) or a fixed EPSG code.
// Priority weights are edited as they are stored; default funding shares as percents per class (fundingForm).
import { GK_EPSG_MAX, GK_EPSG_MIN, gkCentralMeridian } from '../../../../shared/geo/crs';
import type { Change, ChangeOp } from '../../../../shared/model/change';
import { type ProjectSettings, type SettingKey, settingsSchema } from '../../../../shared/model/settings';
import { type FundingPercents, fromFundingPercents, sameFunding, toFundingPercents } from '../../items/fundingForm';

export interface SettingsForm {
  project_name: string;
  cutoff_year: number;
  consent_percent: number;
  storey_height_m: number;
  /** 'auto' or an EPSG code 4534–4554. */
  crs: 'auto' | number;
  priority_weights: ProjectSettings['priority_weights'];
  funding: FundingPercents;
}

export interface ZoneOption {
  epsg: number;
  centralMeridian: number;
}

export const GK_ZONES: readonly ZoneOption[] = Array.from({ length: GK_EPSG_MAX - GK_EPSG_MIN + 1 }, (_, i) => ({
  epsg: GK_EPSG_MIN + i,
  centralMeridian: gkCentralMeridian(GK_EPSG_MIN + i),
}));

export const toSettingsForm = (s: ProjectSettings): SettingsForm => ({
  project_name: s.project_name,
  cutoff_year: s.cutoff_year,
  consent_percent: Math.round(s.consent_threshold * 10_000) / 100,
  storey_height_m: s.storey_height_m,
  crs: s.metric_epsg_auto ? 'auto' : s.metric_epsg,
  priority_weights: { ...s.priority_weights },
  funding: toFundingPercents(s.funding_defaults),
});

export type SettingsSave =
  | { kind: 'change'; change: Change }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; issues: { field: keyof SettingsForm; message: string }[] };

/** The form field showing each setting (for placing validation messages); keys not in the form are absent. */
const FIELD_OF: Partial<Record<SettingKey, keyof SettingsForm>> = {
  project_name: 'project_name',
  cutoff_year: 'cutoff_year',
  consent_threshold: 'consent_percent',
  storey_height_m: 'storey_height_m',
  metric_epsg: 'crs',
  metric_epsg_auto: 'crs',
  priority_weights: 'priority_weights',
  funding_defaults: 'funding',
};

/** The message of a class whose shares do not add up to 100 % (filled in by the dialog in the UI language). */
export interface FundingSumIssue {
  cls: string;
  sum: number;
}

/**
 * The settings Change for a saved form: one `settings` put per key whose value changed (one undo step).
 * `autoEpsg` is the zone chosen from the data's centre, used when the form says 'auto'.
 */
export function settingsChange(
  old: ProjectSettings,
  form: SettingsForm,
  autoEpsg: number,
  summary: string,
  fundingMessage: (issue: FundingSumIssue) => string = (i) => `${i.cls}: ${i.sum}%`,
): SettingsSave {
  const oldForm = toSettingsForm(old);
  const funding = fromFundingPercents(form.funding);
  if (funding.kind === 'invalid')
    return {
      kind: 'invalid',
      issues: funding.problems.map((p) => ({ field: 'funding' as const, message: fundingMessage(p) })),
    };
  const next: ProjectSettings = {
    ...old,
    project_name: form.project_name.trim(),
    cutoff_year: form.cutoff_year,
    // Keep the exact ratio (2/3) unless the shown percent was edited.
    consent_threshold:
      form.consent_percent === oldForm.consent_percent ? old.consent_threshold : form.consent_percent / 100,
    storey_height_m: form.storey_height_m,
    metric_epsg: form.crs === 'auto' ? autoEpsg : form.crs,
    metric_epsg_auto: form.crs === 'auto',
    priority_weights: { ...form.priority_weights },
    // Keep the exact stored shares unless a shown percent was edited.
    funding_defaults: sameFunding(funding.funding, old.funding_defaults) ? old.funding_defaults : funding.funding,
  };
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success)
    return {
      kind: 'invalid',
      issues: parsed.error.issues.map((i) => ({
        field: FIELD_OF[i.path[0] as SettingKey] ?? 'project_name',
        message: i.message,
      })),
    };
  const ops: ChangeOp[] = [];
  for (const key of Object.keys(next) as SettingKey[]) {
    if (!sameValue(next[key], old[key])) ops.push({ op: 'put', table: 'settings', row: { id: key, value: next[key] } });
  }
  return ops.length === 0 ? { kind: 'unchanged' } : { kind: 'change', change: { ops, summary } };
}

/** Settings values are JSON: objects (weights, shares) compare by content. */
const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** Centre (lon) of the data's extent, or null for an empty project. */
export function dataCentreLon(rings: Iterable<readonly (readonly number[])[]>): number | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const ring of rings)
    for (const p of ring) {
      const lon = p[0];
      if (lon === undefined) continue;
      if (lon < min) min = lon;
      if (lon > max) max = lon;
    }
  return min <= max ? (min + max) / 2 : null;
}
