import {
  DEFAULT_PIPE_COVER_M,
  defaultBuilding,
  defaultCompound,
  defaultPipeline,
  defaultRoad,
  defaultSiteArea,
  defaultTree,
} from '../../../../shared/model/defaults';
import type { ImportLayer } from '../../../../shared/model/exchange';
import type { LineString, Point, Polygon } from '../../../../shared/model/geometry';
import type { Building, Compound, Pipeline, Road, SiteArea, Tree } from '../../../../shared/model/tables';

// A new row of the target layer with a default for every column (shared/model/defaults.ts, as when drawing a
// feature), then the mapped values laid over it. Fire lanes and roads default to the project's fire-lane width when
// the source has none.

export type ImportedRow = Compound | Building | Road | SiteArea | Pipeline | Tree;
export type Values = Record<string, string | number | boolean>;

/** Columns a source should normally give; when it does not, the default is used and counted in the report. */
export const REQUIRED_WITH_DEFAULT: Partial<Record<ImportLayer, Record<string, string | number>>> = {
  pipelines: { type: 'water_supply' },
  site_areas: { kind: 'green' },
  buildings: { floors: 6 },
};

export function newRow(
  layer: ImportLayer,
  id: string,
  geometry: Polygon | LineString | Point,
  values: Values,
  laneWidth: number,
): ImportedRow {
  switch (layer) {
    case 'compounds':
      return { ...defaultCompound(id, geometry as Polygon), ...values, geometry } as Compound;
    case 'buildings':
      return { ...defaultBuilding(id, geometry as Polygon), ...values, geometry } as Building;
    case 'roads':
      return { ...defaultRoad(id, 'road', laneWidth, geometry as LineString), ...values, geometry } as Road;
    case 'site_areas':
      return { ...defaultSiteArea(id, 'green', geometry as Polygon), ...values, geometry } as SiteArea;
    case 'pipelines': {
      const type = (values.type as Pipeline['type'] | undefined) ?? 'water_supply';
      // A source that gives only the start cover has a level pipe.
      const depthEnd = (values.depth_start_m as number | undefined) ?? DEFAULT_PIPE_COVER_M;
      const row = defaultPipeline(id, type, geometry as LineString);
      return { ...row, depth_end_m: depthEnd, ...values, geometry } as Pipeline;
    }
    case 'trees':
      return { ...defaultTree(id, geometry as Point), ...values, geometry } as Tree;
  }
}
