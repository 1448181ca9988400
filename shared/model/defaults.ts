// The default of every column of a new row, for the tables whose rows are made in more than one place: drawn on
// the map (renderer/src/map/tools/newRows.ts, pipeRows.ts, renderer/src/context/contextRows.ts), imported
// (electron/backend/exchange/import/rows.ts) and built as test fixtures (test/fixtures/pipelines/rows.ts). Callers lay their own values over these with a spread,
// which keeps the keys in the order given here (a fixture's GeoJSON is written in that order).
import type { LineString, Point, Polygon } from './geometry';
import type { PipeType } from './pipelines';
import type { Building, Compound, Pipeline, Road, RoadKind, SiteArea, SiteAreaKind, Tree } from './tables';

/** A new pipe is DN 200 with 1.0 m cover at both ends. */
export const DEFAULT_PIPE_DIAMETER_MM = 200;
export const DEFAULT_PIPE_COVER_M = 1.0;
export const DEFAULT_TREE_CROWN_M = 3;

/** A compound with nothing known yet: no name, nothing surveyed, not excluded. */
export function defaultCompound(id: string, geometry: Polygon): Compound {
  return {
    id,
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
    code: '',
    condition_notes: '',
    geometry,
  };
}

/** The commonest old-compound block: a 6-floor residential slab, one stair entrance, no elevator, in no compound. */
export function defaultBuilding(id: string, geometry: Polygon): Building {
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
    geometry,
  };
}

/**
 * An existing pipe of `type` with no survey number, in no compound or package. Gas pipes default to low pressure
 * and power and telecom cables to direct burial; other types have neither.
 */
export function defaultPipeline(id: string, type: PipeType, geometry: LineString): Pipeline {
  return {
    id,
    code: '',
    type,
    gas_pressure: type === 'gas' ? 'low' : null,
    laying: type === 'power' || type === 'telecom' ? 'direct_buried' : null,
    diameter_mm: DEFAULT_PIPE_DIAMETER_MM,
    depth_start_m: DEFAULT_PIPE_COVER_M,
    depth_end_m: DEFAULT_PIPE_COVER_M,
    material: '',
    status: 'existing',
    owner: '',
    municipal: false,
    compound_id: null,
    package_id: null,
    geometry,
  };
}

/** A tree of unknown species with a 3 m crown, in no compound. */
export function defaultTree(id: string, geometry: Point): Tree {
  return { id, species: '', crown_radius_m: DEFAULT_TREE_CROWN_M, compound_id: null, geometry };
}

/** A road of `kind` and width with no name yet, in no compound. */
export function defaultRoad(id: string, kind: RoadKind, widthM: number, geometry: LineString): Road {
  return { id, name: '', kind, width_m: widthM, compound_id: null, geometry };
}

/** A site area of `kind` with no name or note, keep and demolish off (the designer ticks them), in no compound. */
export function defaultSiteArea(id: string, kind: SiteAreaKind, geometry: Polygon): SiteArea {
  return { id, kind, name: '', keep: false, demolish: false, compound_id: null, note: '', geometry };
}
