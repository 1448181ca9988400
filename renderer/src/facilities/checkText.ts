// A live check finding in the designer's words: the rule's name, and "6.0 m < 9.0 m" for a distance.
import { t } from '../../../shared/i18n';
import type { FacilityCheckItem } from '../../../shared/model/leftover';
import './messages';

export const ruleName = (rule: FacilityCheckItem['rule']): string => t(`leftover.rule.${rule}`); // the engine's own rule names (shared/i18n/leftover.ts);

export function resultText(item: FacilityCheckItem): string {
  if (item.actual_m !== null && item.required_m !== null)
    return t(item.ok ? 'facilities.check.distanceOk' : 'facilities.check.distance', {
      actual: item.actual_m.toFixed(1),
      required: item.required_m.toFixed(1),
    });
  return item.ok ? '✓' : '✗';
}

export const failures = (checks: readonly FacilityCheckItem[]): FacilityCheckItem[] => checks.filter((c) => !c.ok);
