import { type Lang, t } from '../../i18n';
import type { FacilityCheckItem } from '../../model/leftover';
import type { SiteInput } from '../leftover/input';

// A facility check's failing finding in words, the same wherever it is listed (the facilities table, the CLI,
// the dossier): the rule, the feature it concerns, and "measured < required" for a distance.

/** @example findingText(item, '16栋', 'zh') // → '防火间距 · 16栋：3.0 m < 6.0 m' */
export function findingText(c: FacilityCheckItem, otherName: string | null, lang?: Lang): string {
  const rule = t(`leftover.rule.${c.rule}`, {}, lang);
  const text = otherName ? t('leftover.finding.other', { rule, other: otherName }, lang) : rule;
  if (c.actual_m === null || c.required_m === null) return text;
  const actual = c.actual_m.toFixed(1);
  const required = c.required_m.toFixed(1);
  return t('leftover.finding.distance', { text, actual, required }, lang);
}

/** The names findings refer to features by: compounds', buildings', roads', areas' and facilities' names, trees'
 * species, pipelines' survey codes (features without one are left out). */
export function featureNames(site: SiteInput): Map<string, string> {
  const names = new Map<string, string>();
  for (const table of [site.compounds, site.buildings, site.roads, site.site_areas, site.facilities])
    for (const r of table) if (r.name) names.set(r.id, r.name);
  for (const tree of site.trees) if (tree.species) names.set(tree.id, tree.species);
  for (const pipe of site.pipelines) if (pipe.code) names.set(pipe.id, pipe.code);
  return names;
}
