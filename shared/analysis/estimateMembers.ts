import type { Building, Compound, CompoundItem, Facility, Pipeline, Road, SiteArea } from '../model/tables';
import { groupByCompound } from './byCompound';
import type { EstimatorMember } from './estimate';

// What a compound's estimate reads, said once: its item lines, buildings, pipelines, roads, site areas and
// proposed facilities (issue 4: roads and fire lanes give road_area, facilities their items' quantities). The
// package panel, the bundle report and the dossier all build their members here, so the three show one figure.

export interface MemberGroups {
  lines: ReadonlyMap<string, readonly CompoundItem[]>;
  buildings: ReadonlyMap<string, readonly Building[]>;
  pipelines: ReadonlyMap<string, readonly Pipeline[]>;
  roads: ReadonlyMap<string, readonly Road[]>;
  site_areas: ReadonlyMap<string, readonly SiteArea[]>;
  facilities: ReadonlyMap<string, readonly Facility[]>;
}

export interface MemberRows {
  compound_items: Iterable<CompoundItem>;
  buildings: Iterable<Building>;
  pipelines: Iterable<Pipeline>;
  roads: Iterable<Road>;
  site_areas: Iterable<SiteArea>;
  facilities: Iterable<Facility>;
}

export const groupMemberRows = (rows: MemberRows): MemberGroups => ({
  lines: groupByCompound(rows.compound_items),
  buildings: groupByCompound(rows.buildings),
  pipelines: groupByCompound(rows.pipelines),
  roads: groupByCompound(rows.roads),
  site_areas: groupByCompound(rows.site_areas),
  facilities: groupByCompound(rows.facilities),
});

const NONE: readonly never[] = [];

/** The estimator member of compound `c`: the same (cached) arrays for the same groups, so the estimator's cache holds. */
export const estimatorMember = (c: Compound, g: MemberGroups): EstimatorMember => ({
  compound: c,
  lines: g.lines.get(c.id) ?? NONE,
  buildings: g.buildings.get(c.id) ?? NONE,
  pipelines: g.pipelines.get(c.id) ?? NONE,
  roads: g.roads.get(c.id) ?? NONE,
  site_areas: g.site_areas.get(c.id) ?? NONE,
  facilities: g.facilities.get(c.id) ?? NONE,
});
