// The scale denominator shown in the status bar: ground metres per screen metre at the map centre, for a
// 96 dpi screen (the CSS pixel). MapLibre's zoom 0 spans the equator's 40,075,016.686 m in 512 px.
const EQUATOR_M = 40_075_016.686;
const METRES_PER_CSS_PIXEL = 0.0254 / 96;

/** @example scaleDenominator(27.4, 16) // ≈ 4,230 (1:4,230) */
export function scaleDenominator(lat: number, zoom: number): number {
  const groundPerPixel = (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  return groundPerPixel / METRES_PER_CSS_PIXEL;
}
