import type { ImportLayer } from '../../../../shared/model/exchange';
import type { LineString, Point, Polygon } from '../../../../shared/model/geometry';
import type { Building, Compound, Pipeline, Road, SiteArea, Tree } from '../../../../shared/model/tables';

// A new row of the target layer with a default for every column (the same defaults as drawing a feature:
// renderer/src/map/tools/newRows.ts, pipeRows.ts), then the mapped values laid over it. Fire lanes and roads
// default to the project's fire-lane width when the source has none.

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
      return {
        id,
        code: '',
        name: '',
        sub_district: '',
        community: '',
        build_year: null,
        households: null,
        building_count: null,
        floor_area_m2: null,
        property_type: null,
        management_mode: null,
        consent_ratio: null,
        excluded: false,
        excluded_reason: '',
        condition_notes: '',
        ...values,
        geometry: geometry as Polygon,
      } as Compound;
    case 'buildings':
      return {
        id,
        compound_id: null,
        name: '',
        floors: 6,
        height_m: null,
        use: 'residential',
        entrances: 1,
        households: null,
        has_elevator: false,
        build_year: null,
        ...values,
        geometry: geometry as Polygon,
      } as Building;
    case 'roads':
      return {
        id,
        name: '',
        kind: 'road',
        width_m: laneWidth,
        compound_id: null,
        ...values,
        geometry: geometry as LineString,
      } as Road;
    case 'site_areas':
      return {
        id,
        kind: 'green',
        name: '',
        keep: false,
        demolish: false,
        compound_id: null,
        note: '',
        ...values,
        geometry: geometry as Polygon,
      } as SiteArea;
    case 'pipelines': {
      const type = (values.type as Pipeline['type'] | undefined) ?? 'water_supply';
      return {
        id,
        code: '',
        type,
        gas_pressure: type === 'gas' ? 'low' : null,
        laying: type === 'power' || type === 'telecom' ? 'direct_buried' : null,
        diameter_mm: 200,
        depth_start_m: 1,
        depth_end_m: (values.depth_start_m as number | undefined) ?? 1,
        material: '',
        status: 'existing',
        owner: '',
        municipal: false,
        compound_id: null,
        package_id: null,
        ...values,
        geometry: geometry as LineString,
      } as Pipeline;
    }
    case 'trees':
      return { id, species: '', crown_radius_m: 3, compound_id: null, ...values, geometry: geometry as Point } as Tree;
  }
}
