import { Clipper, ClipType, FillRule, type PolyPathD, PolyTreeD } from 'clipper2-ts';
import { CLIPPER_PRECISION, pathToRing, polygonToPaths } from '../../../../shared/analysis/metric-paths';
import type { MetricFrame } from '../../../../shared/geo/crs';
import { normalizeRing } from '../../../../shared/geo/validate';
import type { Polygon } from '../../../../shared/model/geometry';

// Make-valid for a self-intersecting polygon, the way GIS tools repair survey data: the union of its rings
// under the NonZero rule (Clipper, metric frame, millimetre grid). A bow-tie becomes its two triangles, a ring
// that loops over itself becomes the area it encloses; every piece above a sliver is kept, holes included.

/** Pieces smaller than this (m²) are slivers of the repair, not land. */
const MIN_PIECE_M2 = 0.5;

/**
 * The valid polygons covering the same area as `polygon` (empty when nothing of substance is left).
 * @example makeValid(bowTie, frame).length // → 2
 */
export function makeValid(polygon: Polygon, frame: MetricFrame): Polygon[] {
  const tree = new PolyTreeD();
  Clipper.booleanOpDWithPolyTree(
    ClipType.Union,
    polygonToPaths(polygon, frame),
    null,
    tree,
    FillRule.NonZero,
    CLIPPER_PRECISION,
  );
  const out: Polygon[] = [];
  const visit = (node: PolyPathD): void => {
    // Top-level nodes (and islands inside holes) are outers; their children are holes.
    if (node.poly && Math.abs(Clipper.areaD(node.poly)) >= MIN_PIECE_M2) {
      const rings = [node.poly];
      for (let i = 0; i < node.count; i++) {
        const hole = node.child(i);
        if (hole.poly) rings.push(hole.poly);
      }
      out.push({
        type: 'Polygon',
        coordinates: rings.map((r, i) => normalizeRing(frame.ringToLngLat(pathToRing(r)), i === 0 ? 'ccw' : 'cw')),
      });
    }
    for (let i = 0; i < node.count; i++) {
      const hole = node.child(i);
      for (let j = 0; j < hole.count; j++) visit(hole.child(j));
    }
  };
  for (let i = 0; i < tree.count; i++) visit(tree.child(i));
  return out;
}
