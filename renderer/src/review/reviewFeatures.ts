// Review map data (pure): every compound and building marked `member` when it belongs to the presented package, the
// compound name points, the package outline, and the bounds the view fits to.
import { type FeatureCollection, labelPoint, type MapFeature } from '../map/features';
import { polygonBBox } from '../map/geo/ring';
import { pipelineFeature } from '../map/pipeFeatures';
import { memberCompounds, type PackageRows } from '../packages/rows';
import type { AppState } from '../state/types';
import type { Stroke } from './strokes';

type Rows = PackageRows & Pick<AppState, 'buildings' | 'pipelines' | 'facilities'>;
type BBox = [number, number, number, number];

const fc = (features: MapFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Ids of the presented package's compounds (empty for none). */
export function memberIds(rows: PackageRows, packageId: string | null): Set<string> {
  return new Set(packageId ? memberCompounds(rows, packageId).map((c) => c.id) : []);
}

export function reviewCollections(rows: Rows, members: ReadonlySet<string>) {
  const compounds = Object.values(rows.compounds);
  return {
    compounds: fc(
      compounds.map((c) => ({
        type: 'Feature',
        id: c.id,
        properties: { id: c.id, member: members.has(c.id) },
        geometry: c.geometry,
      })),
    ),
    labels: fc(
      compounds
        .filter((c) => c.name)
        .map((c) => ({
          type: 'Feature',
          id: c.id,
          properties: { id: c.id, name: c.name, member: members.has(c.id) },
          geometry: labelPoint(c.geometry),
        })),
    ),
    buildings: fc(
      Object.values(rows.buildings).map((b) => ({
        type: 'Feature',
        id: b.id,
        properties: { id: b.id, member: b.compound_id !== null && members.has(b.compound_id) },
        geometry: b.geometry,
      })),
    ),
    pipelines: fc(Object.values(rows.pipelines).map(pipelineFeature)),
    facilities: fc(
      Object.values(rows.facilities).map((f) => ({
        type: 'Feature',
        id: f.id,
        properties: { id: f.id },
        geometry: f.geometry,
      })),
    ),
  };
}

export function packageOutline(rows: PackageRows, packageId: string | null): FeatureCollection {
  const pkg = packageId ? rows.packages[packageId] : undefined;
  if (!pkg || pkg.geometry.coordinates.length === 0) return fc([]);
  return fc([{ type: 'Feature', id: pkg.id, properties: { id: pkg.id }, geometry: pkg.geometry }]);
}

/** The bounds of the package's member compounds (its boundary lies around them), or null for an empty package. */
export function packageBounds(rows: PackageRows, packageId: string | null): BBox | null {
  if (!packageId) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const members = memberCompounds(rows, packageId);
  const pkg = rows.packages[packageId];
  const polygons = members.length > 0 ? members.map((c) => c.geometry) : [];
  if (polygons.length === 0 && pkg)
    for (const coordinates of pkg.geometry.coordinates) polygons.push({ type: 'Polygon', coordinates });
  for (const p of polygons) {
    const b = polygonBBox(p);
    box[0] = Math.min(box[0], b[0]);
    box[1] = Math.min(box[1], b[1]);
    box[2] = Math.max(box[2], b[2]);
    box[3] = Math.max(box[3], b[3]);
  }
  return Number.isFinite(box[0]) ? box : null;
}

export const strokeCollection = (strokes: readonly Stroke[]): FeatureCollection =>
  fc(
    strokes
      .filter((s) => s.coords.length >= 2)
      .map((s, i) => ({
        type: 'Feature',
        id: `stroke-${i}`,
        properties: { id: `stroke-${i}`, color: s.color, width: s.width },
        geometry: { type: 'LineString', coordinates: s.coords },
      })),
  );
