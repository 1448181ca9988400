// Turns a confirmed Change into per-source diffs, so a large layer is updated by the rows that changed
// rather than re-sent whole (DESIGN.md "The map"). A put is an `add` (GeoJSON sources replace a feature with
// the same id), a delete a `remove`. A settings put can change every compound's eligibility colour, so it asks
// for a full refresh of the compounds source instead.
import type { Change } from '../../../shared/model/change';
import type { ProjectSettings } from '../../../shared/model/settings';
import {
  buildingFeature,
  buildingLabelFeature,
  compoundFeature,
  compoundLabelFeature,
  drawablePackage,
  type MapFeature,
  type PackageColorOf,
  packageFeature,
  packageLabelFeature,
} from './features';
import { pipelineFeature, treeFeature } from './pipeFeatures';

export interface SourceDiff {
  add: MapFeature[];
  remove: string[];
}

export interface ChangeDiff {
  compounds: SourceDiff | 'full';
  compoundLabels: SourceDiff;
  buildings: SourceDiff;
  buildingLabels: SourceDiff;
  packages: SourceDiff;
  packageLabels: SourceDiff;
  pipelines: SourceDiff;
  trees: SourceDiff;
  /** Membership changed: the active-package highlight must be recomputed. */
  membership: boolean;
}

const emptyDiff = (): SourceDiff => ({ add: [], remove: [] });

/** Later ops on the same row win: an id is either added (last put) or removed (last delete), never both. */
export function diffForChange(
  change: Change,
  settings: ProjectSettings,
  packageColor: PackageColorOf = () => 0,
): ChangeDiff {
  const compounds = new Map<string, MapFeature | null>();
  const compoundLabels = new Map<string, MapFeature | null>();
  const buildings = new Map<string, MapFeature | null>();
  const buildingLabels = new Map<string, MapFeature | null>();
  const packages = new Map<string, MapFeature | null>();
  const packageLabels = new Map<string, MapFeature | null>();
  const pipelines = new Map<string, MapFeature | null>();
  const trees = new Map<string, MapFeature | null>();
  let settingsChanged = false;
  let membership = false;
  for (const op of change.ops) {
    if (op.op === 'put') {
      if (op.table === 'compounds') {
        compounds.set(op.row.id, compoundFeature(op.row, settings));
        compoundLabels.set(op.row.id, compoundLabelFeature(op.row));
      } else if (op.table === 'buildings') {
        buildings.set(op.row.id, buildingFeature(op.row));
        buildingLabels.set(op.row.id, buildingLabelFeature(op.row));
      } else if (op.table === 'packages') {
        const drawable = drawablePackage(op.row);
        packages.set(op.row.id, drawable ? packageFeature(op.row, packageColor) : null);
        packageLabels.set(op.row.id, drawable ? packageLabelFeature(op.row) : null);
      } else if (op.table === 'pipelines') pipelines.set(op.row.id, pipelineFeature(op.row));
      else if (op.table === 'trees') trees.set(op.row.id, treeFeature(op.row));
      else if (op.table === 'package_members') membership = true;
      else if (op.table === 'settings') settingsChanged = true;
    } else if (op.table === 'pipelines') pipelines.set(op.id, null);
    else if (op.table === 'trees') trees.set(op.id, null);
    else if (op.table === 'compounds') {
      compounds.set(op.id, null);
      compoundLabels.set(op.id, null);
    } else if (op.table === 'buildings') {
      buildings.set(op.id, null);
      buildingLabels.set(op.id, null);
    } else if (op.table === 'packages') {
      packages.set(op.id, null);
      packageLabels.set(op.id, null);
    } else if (op.table === 'package_members') membership = true;
    else if (op.table === 'settings') settingsChanged = true;
  }
  return {
    compounds: settingsChanged ? 'full' : toDiff(compounds),
    compoundLabels: toDiff(compoundLabels),
    buildings: toDiff(buildings),
    buildingLabels: toDiff(buildingLabels),
    packages: toDiff(packages),
    packageLabels: toDiff(packageLabels),
    pipelines: toDiff(pipelines),
    trees: toDiff(trees),
    membership,
  };
}

function toDiff(rows: Map<string, MapFeature | null>): SourceDiff {
  const diff = emptyDiff();
  for (const [id, feature] of rows) {
    if (feature) diff.add.push(feature);
    else diff.remove.push(id);
  }
  return diff;
}

export const isEmptyDiff = (d: SourceDiff): boolean => d.add.length === 0 && d.remove.length === 0;
