// The package boundary the UI writes after a hand edit: the same function automatic bundling uses
// (shared/analysis/bundle packageBoundary), with the project's bundle distance and metric frame.
import { packageBoundary } from '../../../shared/analysis/bundle';
import { createMetricFrame } from '../../../shared/geo/crs';
import type { MultiPolygon } from '../../../shared/model/geometry';
import type { ProjectSettings } from '../../../shared/model/settings';
import type { Compound } from '../../../shared/model/tables';
import type { BoundaryOf } from './rows';

/** The members' own polygons as one MultiPolygon (no closing): cheap, for tests that do not look at shapes. */
export const membersAsMultiPolygon = (members: readonly Compound[]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: members.map((c) => c.geometry.coordinates),
});

/** The boundary function for the project's settings (bundle_distance_m, metric_epsg). */
export function boundaryFor(settings: Pick<ProjectSettings, 'bundle_distance_m' | 'metric_epsg'>): BoundaryOf {
  const frame = createMetricFrame(settings.metric_epsg);
  return (members) =>
    members.length === 0
      ? { type: 'MultiPolygon', coordinates: [] }
      : packageBoundary(
          members.map((c) => c.geometry),
          settings.bundle_distance_m,
          frame,
        );
}
