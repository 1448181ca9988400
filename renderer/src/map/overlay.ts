// A tool's Overlay → the features of the overlay source. Every feature carries a `role` the overlay layers
// filter on (sketch, preview, handle, snap, box, label).
import type { Polygon, Position } from '../../../shared/model/geometry';
import type { Overlay } from './tools/types';

type OverlayGeometry =
  | Polygon
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Point'; coordinates: Position };

export interface OverlayFeature {
  type: 'Feature';
  properties: { role: string; kind?: string; text?: string };
  geometry: OverlayGeometry;
}

const feature = (role: string, geometry: OverlayGeometry, extra: { kind?: string; text?: string } = {}) =>
  ({ type: 'Feature', properties: { role, ...extra }, geometry }) satisfies OverlayFeature;

export function overlayFeatures(o: Overlay): OverlayFeature[] {
  const out: OverlayFeature[] = [];
  for (const p of o.previews ?? []) out.push(feature('preview', p));
  const sketch = o.sketch ?? [];
  const first = sketch[0];
  if (o.sketchClosed && first && sketch.length >= 3)
    out.push(feature('sketch', { type: 'Polygon', coordinates: [[...sketch, first]] }));
  if (sketch.length >= 2) {
    const line = o.sketchClosed && first ? [...sketch, first] : sketch;
    out.push(feature('sketch', { type: 'LineString', coordinates: line }));
  }
  for (const p of sketch) out.push(feature('handle', { type: 'Point', coordinates: p }, { kind: 'vertex' }));
  if (o.box) {
    const [a, b] = o.box;
    const ring: Position[] = [a, [b[0], a[1]], b, [a[0], b[1]], a];
    out.push(feature('box', { type: 'Polygon', coordinates: [ring] }));
  }
  for (const h of o.handles ?? []) out.push(feature('handle', { type: 'Point', coordinates: h.pos }, { kind: h.kind }));
  if (o.snap) out.push(feature('snap', { type: 'Point', coordinates: o.snap }));
  if (o.label) out.push(feature('label', { type: 'Point', coordinates: o.label.pos }, { text: o.label.text }));
  return out;
}
