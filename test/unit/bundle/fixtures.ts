import fs from 'node:fs';
import path from 'node:path';
import { type BundleInput, packageBoundary } from '../../../shared/analysis/bundle/index';
import { createMetricFrame } from '../../../shared/geo/crs';
import { type BundleOptions, bundleOptionsSchema } from '../../../shared/model/bundle';
import type { Polygon } from '../../../shared/model/geometry';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { Compound, Package, PackageMember } from '../../../shared/model/tables';

// Reading the golden bundling fixtures (test/fixtures/bundle/in/*.geojson): compound polygons with their survey
// properties, options in the collection's `options` member, and `locked_package` naming a locked package.

export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/bundle');
export const frame = createMetricFrame(4544);

export interface CompoundFeature {
  type: 'Feature';
  properties: {
    id: string;
    name: string;
    sub_district: string;
    community: string;
    build_year: number | null;
    households: number;
    excluded: boolean;
    consent_ratio: number;
    locked_package?: string;
  };
  geometry: Polygon;
}

export interface FixtureInput {
  type: 'FeatureCollection';
  description: string;
  options: BundleOptions;
  features: CompoundFeature[];
}

export const fixtureNames = (): string[] =>
  fs
    .readdirSync(path.join(FIXTURE_DIR, 'in'))
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => f.replace(/\.geojson$/, ''))
    .sort();

export function readFixture(name: string): FixtureInput {
  const raw = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'in', `${name}.geojson`), 'utf8')) as FixtureInput;
  return { ...raw, options: bundleOptionsSchema.parse(raw.options) };
}

const compoundOf = (f: CompoundFeature): Compound => ({
  id: f.properties.id,
  name: f.properties.name,
  sub_district: f.properties.sub_district,
  community: f.properties.community,
  build_year: f.properties.build_year,
  households: f.properties.households,
  building_count: null,
  floor_area_m2: null,
  property_type: null,
  management_mode: null,
  consent_ratio: f.properties.consent_ratio,
  excluded: f.properties.excluded,
  excluded_reason: f.properties.excluded ? '规划拆除' : '',
  code: '',
  condition_notes: '',
  geometry: f.geometry,
});

/** The project rows a fixture stands for; locked packages get ids `locked:<name>`. */
export function inputOf(fixture: FixtureInput): BundleInput {
  const compounds = fixture.features.map(compoundOf);
  const lockedNames = [...new Set(fixture.features.flatMap((f) => f.properties.locked_package ?? []))];
  const packages: Package[] = lockedNames.map((name) => {
    const members = fixture.features.filter((f) => f.properties.locked_package === name);
    return {
      id: `locked:${name}`,
      name,
      sub_district: members[0]?.properties.sub_district ?? '',
      status: 'reserve',
      plan_year: null,
      start_year: null,
      completion_year: null,
      locked: true,
      funding: null,
      notes: '',
      geometry: packageBoundary(
        members.map((m) => m.geometry),
        fixture.options.distance_m,
        frame,
      ),
    };
  });
  const package_members: PackageMember[] = fixture.features.flatMap((f, i) =>
    f.properties.locked_package
      ? [{ id: `m${i}`, package_id: `locked:${f.properties.locked_package}`, compound_id: f.properties.id }]
      : [],
  );
  return { compounds, packages, package_members, settings: { ...DEFAULT_SETTINGS, metric_epsg: 4544 } };
}
