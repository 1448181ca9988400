// Derived values shown under a pipeline's form: its length in the project's metric frame, the standard's pipe key
// (the GB 50289 表4.1.9 row it is checked as) and its clearance row to building foundations from the project's
// clearance table, with the row's grade (grade C is flagged unverified wherever it is shown).
import { lineLengthM } from '../../../../shared/geo/measure';
import { t } from '../../../../shared/i18n';
import type { ClearanceRule, Pipeline } from '../../../../shared/model/tables';
import { standardPipeKey } from '../../../../shared/standards/gb50289/keys';
import { metricFrame } from '../../map/tools/rules';

export interface PipeDerived {
  lengthM: number;
  pipeKey: string;
  /** The pipe-to-building row of the clearance table, or null when the table has none for this key. */
  buildingRule: ClearanceRule | null;
  /** How many pipe-to-pipe rows name this key (the check picks one per neighbour's type). */
  pipeRuleCount: number;
}

export function pipeDerived(pipe: Pipeline, rules: Record<string, ClearanceRule>, epsg: number): PipeDerived {
  const pipeKey = standardPipeKey(pipe);
  const all = Object.values(rules);
  const buildingRule =
    all.find(
      // Object rows are keyed `horizontal_object:${pipeKey}|${object}` (shared/standards/gb50289).
      (r) => r.kind === 'horizontal_object' && r.a === pipeKey && r.b === 'building_foundation',
    ) ?? null;
  const pipeRuleCount = all.filter((r) => r.kind === 'horizontal_pipe' && (r.a === pipeKey || r.b === pipeKey)).length;
  return { lengthM: lineLengthM(pipe.geometry.coordinates, metricFrame(epsg)), pipeKey, buildingRule, pipeRuleCount };
}

/** "建筑物基础 3 m（C 级：未核实）": the value with its grade. */
export function ruleText(r: ClearanceRule | null): string {
  if (!r) return t('pipemap.derived.noRule');
  const grade = r.confidence === 'C' ? t('pipemap.derived.unverified') : r.confidence;
  return `${r.b}: ${r.metres} m（${grade}）`;
}
