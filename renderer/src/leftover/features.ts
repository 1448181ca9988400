// Leftover pieces → the features of the leftover layer: the piece polygons (fill + outline) and one label point per
// piece at the centre of its best rectangle ("320 m² · 最小宽 8.5 m"). Ids are "<compound id>:<piece index>".
import type { Position } from '../../../shared/model/geometry';
import type { CompoundLeftover } from '../../../shared/model/leftover';
import { pieceLabel } from './format';
import { pieceKey } from './keys';

interface PieceFeature {
  type: 'Feature';
  id?: string;
  properties: { id: string; compound_id: string; area_m2: number; label: string };
  geometry: CompoundLeftover['pieces'][number]['geometry'] | { type: 'Point'; coordinates: Position };
}

export interface LeftoverCollections {
  pieces: { type: 'FeatureCollection'; features: PieceFeature[] };
  labels: { type: 'FeatureCollection'; features: PieceFeature[] };
}

export function leftoverCollections(result: readonly CompoundLeftover[]): LeftoverCollections {
  const pieces: PieceFeature[] = [];
  const labels: PieceFeature[] = [];
  for (const c of result) {
    c.pieces.forEach((p, i) => {
      const properties = { id: pieceKey(c.id, i), compound_id: c.id, area_m2: p.area_m2, label: pieceLabel(p) };
      pieces.push({ type: 'Feature', properties, geometry: p.geometry });
      labels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: p.rect.center } });
    });
  }
  return {
    pieces: { type: 'FeatureCollection', features: pieces },
    labels: { type: 'FeatureCollection', features: labels },
  };
}
