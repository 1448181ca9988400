// Colours of the site layers that the map, its legends and the exported files (QGIS styles, KML) all draw: roads and
// fire lanes, site areas by kind, placed facilities and leftover land. Fire safety in red/orange (as on fire-review
// drawings), green in greens.
import type { SiteAreaKind } from '../model/tables';

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

/** Placed facilities, and met / failed checks. */
export const FACILITY_COLORS = { facility: '#7048e8', ok: '#2b8a3e', bad: '#e03131' } as const;

/** Leftover land (存量土地). */
export const LEFTOVER_COLOR = '#2f9e44';
