// Colours of the site-context layers (roads, fire lanes, site areas): the tables are in shared/style (the exports
// draw them too); the map style and the legend both read them, so they cannot disagree.
export { ROAD_COLORS, SITE_AREA_COLORS } from '../../../shared/style/site-colors';

/** Hatch images (drawn in code: no sprite server) for operating areas and structures marked for demolition. */
export const HATCH_IMAGES = {
  operating: { id: 'rz-hatch-operating', color: [250, 140, 22] as const, cross: false },
  demolish: { id: 'rz-hatch-demolish', color: [245, 34, 45] as const, cross: true },
} as const;
