import type { FeatureSet } from '../../../shared/api';
import { AppError } from '../../../shared/model/errors';
import type { ProjectSettings } from '../../../shared/model/settings';

// The rows an export writes: the whole project, or some packages with everything in them — their compounds, and
// the buildings, trees, roads, site areas, facilities, leftover pieces and survey lines of those compounds, and the
// pipelines of those compounds or packages. Every other table (the catalog, the clearance table, reviews) is
// project-wide and goes along whole, so a GeoPackage of one package is still a complete project.

export interface ExportRows extends FeatureSet {
  settings: ProjectSettings;
}

/** Filters `rows` to the packages `packageIds` (all rows when absent); unknown ids are export.unknownPackage. */
export function selectRows(rows: FeatureSet, settings: ProjectSettings, packageIds?: readonly string[]): ExportRows {
  if (!packageIds) return { ...rows, settings };
  const wanted = new Set(packageIds);
  const known = new Set(rows.packages.map((p) => p.id));
  const missing = packageIds.filter((id) => !known.has(id));
  if (missing.length > 0) throw new AppError('export.unknownPackage', { ids: missing.join(', ') });
  const members = rows.package_members.filter((m) => wanted.has(m.package_id));
  const inCompound = new Set(members.map((m) => m.compound_id));
  const ofCompound = <R extends { compound_id: string | null }>(list: R[]): R[] =>
    list.filter((r) => r.compound_id !== null && inCompound.has(r.compound_id));
  return {
    // Tables not listed below (catalog, clearance table, reviews, review records) are project-wide and go along.
    ...rows,
    settings,
    packages: rows.packages.filter((p) => wanted.has(p.id)),
    package_members: members,
    compounds: rows.compounds.filter((c) => inCompound.has(c.id)),
    buildings: ofCompound(rows.buildings),
    compound_items: ofCompound(rows.compound_items),
    pipelines: rows.pipelines.filter(
      (p) =>
        (p.compound_id !== null && inCompound.has(p.compound_id)) ||
        (p.package_id !== null && wanted.has(p.package_id)),
    ),
    trees: ofCompound(rows.trees),
    roads: ofCompound(rows.roads),
    site_areas: ofCompound(rows.site_areas),
    facilities: ofCompound(rows.facilities),
    leftover_pieces: ofCompound(rows.leftover_pieces),
  };
}
