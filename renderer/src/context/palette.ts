// Colours of the site-context layers (roads, fire lanes, site areas). The map style and the legend both read these
// tables, so they cannot disagree. Fire safety in red/orange (as on fire-review drawings), green in greens.
import type { SiteAreaKind } from '../../../shared/model/tables';

export const ROAD_COLORS = {
  road: '#c9c9c9',
  roadEdge: '#8c8c8c',
  fireLane: '#ffccc7',
  fireLaneEdge: '#cf1322',
  label: '#595959',
  fireLabel: '#a8071a',
} as const;

/** Fill and outline by kind; kept green is darker, demolish is drawn dashed with a cross-hatch. */
export const SITE_AREA_COLORS: Record<SiteAreaKind | 'green_keep', { fill: string; outline: string }> = {
  fire_lane: { fill: '#ffccc7', outline: '#cf1322' },
  operating_area: { fill: '#ffe7ba', outline: '#fa8c16' },
  green: { fill: '#b7eb8f', outline: '#73d13d' },
  green_keep: { fill: '#389e0d', outline: '#135200' },
  illegal_structure: { fill: '#fff1f0', outline: '#f5222d' },
};

/** Hatch images (drawn in code: no sprite server) for operating areas and structures marked for demolition. */
export const HATCH_IMAGES = {
  operating: { id: 'rz-hatch-operating', color: [250, 140, 22] as const, cross: false },
  demolish: { id: 'rz-hatch-demolish', color: [245, 34, 45] as const, cross: true },
} as const;
