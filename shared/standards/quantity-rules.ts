// Geometry rules that suggest a renovation item's quantity (issue 3 §4). A catalog item names one of these ids in
// `quantity_rule`; shared/analysis/suggest.ts computes the implemented ones from a compound and its buildings.
// Pending rules are named now so catalog rows written today already point at them; they suggest nothing until
// the issue that brings their geometry implements them (road_area came with the roads of issue 4: none is pending).

/** Rules computed today from compounds and buildings. */
export const QUANTITY_RULE_IDS = [
  'roof_area',
  'facade_area',
  'elevators',
  'households',
  'site_area',
  'boundary_length',
  'stair_entrances',
  'building_count',
  'road_area',
  'drain_pipe_length',
  'water_pipe_length',
  'gas_pipe_length',
  'power_cable_length',
  'telecom_line_length',
] as const;
export type QuantityRuleId = (typeof QUANTITY_RULE_IDS)[number];

/** Rules waiting for later layers (none at present). */
export const PENDING_QUANTITY_RULE_IDS = [] as const;
export type PendingQuantityRuleId = (typeof PENDING_QUANTITY_RULE_IDS)[number];
export type AnyQuantityRuleId = QuantityRuleId | PendingQuantityRuleId;

export interface QuantityRule {
  id: AnyQuantityRuleId;
  /** i18n key of the rule's name (catalog part shared/i18n/standards.ts). */
  label: string;
  unit: string;
  /** true while the geometry it needs does not exist yet: it suggests nothing. */
  pending: boolean;
}

const rule = (id: AnyQuantityRuleId, unit: string, pending = false): QuantityRule => ({
  id,
  label: `quantityRule.${id}`,
  unit,
  pending,
});

export const QUANTITY_RULES: readonly QuantityRule[] = [
  rule('roof_area', 'm²'),
  rule('facade_area', 'm²'),
  rule('elevators', '部'),
  rule('households', '户'),
  rule('site_area', 'm²'),
  rule('boundary_length', 'm'),
  rule('stair_entrances', '单元'),
  rule('building_count', '栋'),
  rule('road_area', 'm²'),
  rule('drain_pipe_length', 'm'),
  rule('water_pipe_length', 'm'),
  rule('gas_pipe_length', 'm'),
  rule('power_cable_length', 'm'),
  rule('telecom_line_length', 'm'),
];

/**
 * true when `id` is a rule computed today (narrows a catalog row's free-text quantity_rule).
 * @example isQuantityRuleId('roof_area') // → true;  isQuantityRuleId('') // → false
 */
export const isQuantityRuleId = (id: string): id is QuantityRuleId =>
  (QUANTITY_RULE_IDS as readonly string[]).includes(id);
