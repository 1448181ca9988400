import gcoord from 'gcoord';
import type { CoordOffset } from '../model/exchange';

// Web-map offsets (DESIGN.md "Coordinates"): points copied off 高德/腾讯 maps are GCJ-02, off 百度 maps BD-09,
// both several hundred metres from WGS84 in China. gcoord inverts them iteratively (about 1 m), which is within
// what such data was ever accurate to.

/**
 * The WGS84 lon/lat of an offset position (a new array).
 * @example removeOffset([106.7, 26.6], 'gcj02') // → about [106.6967, 26.6017]: hundreds of metres moved
 */
export function removeOffset(p: readonly [number, number], from: CoordOffset): [number, number] {
  const crs = from === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  const out = gcoord.transform([p[0], p[1]], crs, gcoord.WGS84) as [number, number];
  return [out[0], out[1]];
}
