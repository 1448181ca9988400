import { t } from '../../../../shared/i18n';
import { zhLabel } from '../../../../shared/i18n/exchange-export';
import '../../../../shared/i18n/site-kinds';
import { PIPE_TYPES } from '../../../../shared/model/pipelines';
import { ROAD_KINDS, SITE_AREA_KINDS } from '../../../../shared/model/tables';
import { PIPE_COLORS } from '../../../../shared/style/pipe-colors';
import { FACILITY_COLORS, LEFTOVER_COLOR, ROAD_COLORS, SITE_AREA_COLORS } from '../../../../shared/style/site-colors';

// How each exported layer is drawn in other GIS tools (QGIS styles in the GeoPackage, KML styles): the app's own
// colours. Pipelines, roads and site areas are drawn by category as on the map (pipe type, road kind, area kind) from
// the colour tables in shared/style; the other layers have one symbol each, whose fills copy
// renderer/src/map/palette.ts (eligible compound, floor class 4–6, package, tree colours).

export interface FillStyle {
  kind: 'fill';
  fill: string;
  alpha: number;
  outline: string;
  width: number;
}
export interface LineStyle {
  kind: 'line';
  color: string;
  width: number;
}
export interface MarkerStyle {
  kind: 'marker';
  fill: string;
  outline: string;
  size: number;
}
export type SymbolStyle = FillStyle | LineStyle | MarkerStyle;

/** One symbol per layer (widths in mm). */
export const LAYER_SYMBOLS: Record<string, SymbolStyle> = {
  compounds: { kind: 'fill', fill: '#6fbf73', alpha: 0.45, outline: '#5b6b5d', width: 0.5 },
  buildings: { kind: 'fill', fill: '#facba6', alpha: 0.9, outline: '#7a4a3a', width: 0.3 },
  packages: { kind: 'fill', fill: '#377eb8', alpha: 0.12, outline: '#377eb8', width: 0.8 },
  trees: { kind: 'marker', fill: '#52a447', outline: '#2e6b28', size: 2.4 },
  facilities: {
    kind: 'fill',
    fill: FACILITY_COLORS.facility,
    alpha: 0.35,
    outline: FACILITY_COLORS.facility,
    width: 0.4,
  },
  leftover_pieces: { kind: 'fill', fill: LEFTOVER_COLOR, alpha: 0.25, outline: LEFTOVER_COLOR, width: 0.3 },
};

export interface Category {
  /** The stored value of `attr`. */
  value: string;
  /** Chinese label (files are written in Chinese). */
  label: string;
  symbol: SymbolStyle;
}

/** A layer drawn by the value of one column. */
export interface Categorized {
  attr: string;
  categories: Category[];
}

export const LAYER_CATEGORIES: Record<string, Categorized> = {
  pipelines: {
    attr: 'type',
    categories: PIPE_TYPES.map((t) => ({
      value: t,
      label: zhLabel('pipe', t),
      symbol: { kind: 'line', color: PIPE_COLORS[t], width: 0.8 },
    })),
  },
  roads: {
    attr: 'kind',
    categories: ROAD_KINDS.map((k) => ({
      value: k,
      label: t(`context.roadKind.${k}`, {}, 'zh'),
      symbol: { kind: 'line', color: k === 'fire_lane' ? ROAD_COLORS.fireLaneEdge : ROAD_COLORS.roadEdge, width: 1.2 },
    })),
  },
  // By kind alone: kept green is drawn as green (the `keep` column says which).
  site_areas: {
    attr: 'kind',
    categories: SITE_AREA_KINDS.map((k) => ({
      value: k,
      label: t(`context.areaKind.${k}`, {}, 'zh'),
      symbol: {
        kind: 'fill',
        fill: SITE_AREA_COLORS[k].fill,
        alpha: 0.7,
        outline: SITE_AREA_COLORS[k].outline,
        width: 0.4,
      },
    })),
  },
};
