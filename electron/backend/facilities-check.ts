import { featureNames } from '../../shared/analysis/facilities/findings';
import { checkPlacedFacilities } from '../../shared/analysis/facilities/placed';
import type { FacilityCheckItem } from '../../shared/model/leftover';
import { siteOf } from './leftover';
import { OpenProject } from './project';
import { openProjectFile } from './store/project-file';

// `renozone check facilities`: every placed facility checked where it stands (the live check's rules, issue 4 §3),
// with the names of its compound and of the features it is held against. Read-only.

export interface CheckedFacility {
  id: string;
  name: string;
  type: string;
  compound_id: string | null;
  compound_name: string | null;
  checks: (FacilityCheckItem & { other_name: string | null })[];
}

export function checkOpenProjectFacilities(project: OpenProject): CheckedFacility[] {
  const site = siteOf(project);
  const checks = checkPlacedFacilities(site);
  const names = featureNames(site);
  return site.facilities.map((f) => ({
    id: f.id,
    name: f.name,
    type: f.type,
    compound_id: f.compound_id,
    compound_name: f.compound_id ? (names.get(f.compound_id) ?? null) : null,
    checks: (checks.get(f.id) ?? []).map((c) => ({
      ...c,
      other_name: c.otherId ? (names.get(c.otherId) ?? null) : null,
    })),
  }));
}

/** Opens the file (lock, checks, migration as for the UI), checks its facilities, closes. */
export function checkProjectFacilitiesFile(file: string): CheckedFacility[] {
  const project = new OpenProject(file, openProjectFile(file));
  try {
    return checkOpenProjectFacilities(project);
  } finally {
    project.close();
  }
}
