// Which package boundary lies under a point. Packages are few (tens to hundreds), so a bbox check per package
// before the ray cast is enough; no index.
import type { Position } from '../../../shared/model/geometry';
import type { Package } from '../../../shared/model/tables';
import { pointInPolygon } from '../map/geo/hitTest';

function inBox(p: Position, pkg: Package): boolean {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of pkg.geometry.coordinates)
    for (const q of poly[0] ?? []) {
      minX = Math.min(minX, q[0]);
      minY = Math.min(minY, q[1]);
      maxX = Math.max(maxX, q[0]);
      maxY = Math.max(maxY, q[1]);
    }
  return p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY;
}

/** The package whose boundary contains `p` (the first found; package boundaries do not overlap by design). */
export function packageAt(packages: Readonly<Record<string, Package>>, p: Position): Package | undefined {
  for (const pkg of Object.values(packages)) {
    if (!inBox(p, pkg)) continue;
    if (pkg.geometry.coordinates.some((coordinates) => pointInPolygon(p, { type: 'Polygon', coordinates }))) return pkg;
  }
  return undefined;
}
