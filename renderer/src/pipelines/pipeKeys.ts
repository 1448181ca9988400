// The lookup of a pipe pair in the project's clearance_rules (keys from shared/standards/gb50289). Rule ids are
// `${kind}:${a}|${b}` with a ≤ b, so a lookup tries the sorted pair (and the other order, for imported tables).
import type { ClearanceRule, Pipeline } from '../../../shared/model/tables';
import {
  GAS_DN_GT300,
  GAS_DN_LE300,
  GAS_TO_GAS,
  standardPipeKey,
  verticalPipeKey,
} from '../../../shared/standards/gb50289';

export type PipeKeyInput = Pick<Pipeline, 'type' | 'gas_pressure' | 'laying' | 'diameter_mm'>;

export interface RequiredClearance {
  metres: number;
  confidence: ClearanceRule['confidence'];
  source: string;
}

export function findRule(
  rules: Record<string, ClearanceRule>,
  kind: 'horizontal_pipe' | 'vertical',
  a: string,
  b: string,
): RequiredClearance | null {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const rule = rules[`${kind}:${lo}|${hi}`] ?? rules[`${kind}:${hi}|${lo}`];
  return rule ? { metres: rule.metres, confidence: rule.confidence, source: rule.source } : null;
}

/** The required clearance between two pipes seen in a section: horizontal (side by side) or vertical (stacked). */
export function requiredBetween(
  rules: Record<string, ClearanceRule>,
  kind: 'horizontal' | 'vertical',
  a: PipeKeyInput,
  b: PipeKeyInput,
): RequiredClearance | null {
  // Gas beside gas has its own rows, by the larger pipe's DN (表4.1.9).
  if (kind === 'horizontal' && a.type === 'gas' && b.type === 'gas') {
    const dn = Math.max(a.diameter_mm, b.diameter_mm) > 300 ? GAS_DN_GT300 : GAS_DN_LE300;
    return findRule(rules, 'horizontal_pipe', GAS_TO_GAS, dn);
  }
  return kind === 'horizontal'
    ? findRule(rules, 'horizontal_pipe', standardPipeKey(a), standardPipeKey(b))
    : findRule(rules, 'vertical', verticalPipeKey(a), verticalPipeKey(b));
}
