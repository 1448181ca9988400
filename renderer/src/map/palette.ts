// Colour tables of the map layers. The shell's legend draws from these same tables, so map and legend agree.
import type { ConflictRule } from '../../../shared/model/pipelines';
import type { EligibilityState } from './features';

/** Compound fill by eligibility state (DOMAIN: 老旧小区 built before the cut-off year are eligible). */
export const ELIGIBILITY_COLORS: Record<EligibilityState, string> = {
  eligible: '#6fbf73',
  tooNew: '#9fb3c8',
  excluded: '#d9534f',
  unknownYear: '#f0ad4e',
  // Consent below the project's threshold (issue 3): a yellow-green "almost", and violet for no consent at all.
  lowConsent: '#c6d36b',
  noConsent: '#a782c3',
};

/** Legend order and message keys (map.legend.<state>) for the eligibility colours. */
export const ELIGIBILITY_ORDER: EligibilityState[] = [
  'eligible',
  'lowConsent',
  'noConsent',
  'tooNew',
  'unknownYear',
  'excluded',
];

/**
 * Package fills and outlines: a categorical palette of strong hues that stay apart from the eligibility fills
 * (no light greens, reds or oranges) and from the active-package highlight (orange-red). Neighbouring packages
 * get different colours (map/packageColors.ts).
 */
export const PACKAGE_COLORS: readonly string[] = [
  '#377eb8',
  '#984ea3',
  '#a65628',
  '#e7298a',
  '#0f6e8c',
  '#253494',
  '#8c6d1f',
  '#1b9e77',
  '#7570b3',
];

export interface FloorClass {
  /** Inclusive floor range; `max` null means "and above". */
  min: number;
  max: number | null;
  color: string;
  label: string;
}

/** Building fill by floor count: a sequential palette, light (low-rise) to dark (high-rise). */
export const FLOOR_CLASSES: readonly FloorClass[] = [
  { min: 1, max: 3, color: '#fde0c5', label: '1–3' },
  { min: 4, max: 6, color: '#facba6', label: '4–6' },
  { min: 7, max: 9, color: '#f59e72', label: '7–9' },
  { min: 10, max: 18, color: '#e0624a', label: '10–18' },
  { min: 19, max: null, color: '#a8322d', label: '19+' },
];

/** Index into FLOOR_CLASSES for a floor count (below 1 counts as the first class). */
export function floorClassIndex(floors: number): number {
  const i = FLOOR_CLASSES.findIndex((c) => c.max === null || floors <= c.max);
  return i < 0 ? FLOOR_CLASSES.length - 1 : i;
}

export const MAP_COLORS = {
  background: '#efece6',
  compoundOutline: '#5b6b5d',
  buildingOutline: '#7a4a3a',
  selection: '#1677ff',
  sketch: '#d4380d',
  handle: '#ffffff',
  snap: '#eb2f96',
  measure: '#531dab',
  labelHalo: '#ffffff',
  compoundLabel: '#2f3b30',
  buildingLabel: '#4a2a20',
  activePackage: '#fa541c',
  packageLabel: '#1f1f1f',
} as const;

// Pipeline colours live in shared/ (the map and the GeoPackage/KML exports draw them alike).
export { PIPE_COLORS } from '../../../shared/style/pipe-colors';

/** Line width class by diameter (or section width), mm: [upper bound, px at street zoom]. */
export const PIPE_WIDTH_CLASSES: readonly { maxMm: number; px: number }[] = [
  { maxMm: 200, px: 2 },
  { maxMm: 500, px: 3 },
  { maxMm: 1000, px: 4 },
  { maxMm: Number.POSITIVE_INFINITY, px: 5.5 },
];

/** Index into PIPE_WIDTH_CLASSES for a diameter. */
export function pipeWidthClass(diameterMm: number): number {
  const i = PIPE_WIDTH_CLASSES.findIndex((c) => diameterMm <= c.maxMm);
  return i < 0 ? PIPE_WIDTH_CLASSES.length - 1 : i;
}

/** Conflict marker colours by rule: horizontal rules warm, vertical cool, layout rules violet/grey. */
export const CONFLICT_COLORS: Record<ConflictRule, string> = {
  horizontal_pipe: '#f5222d',
  horizontal_building: '#fa541c',
  horizontal_tree: '#a0d911',
  vertical_crossing: '#2f54eb',
  vertical_order: '#13c2c2',
  stacked_parallel: '#722ed1',
  cover_depth: '#faad14',
  under_building: '#c41d7f',
  no_main_connection: '#595959',
};

export const TREE_COLORS = { fill: '#52a447', outline: '#2e6b28' } as const;
export const ACCEPTED_CONFLICT_COLOR = '#8c8c8c';
