import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { clusterCompounds, planBundle } from '../../../shared/analysis/bundle/index';
import type { MultiPolygon } from '../../../shared/model/geometry';
import { deepFreeze } from '../shared/helpers';
import { FIXTURE_DIR, type FixtureInput, fixtureNames, frame, inputOf, readFixture } from './fixtures';

// Golden bundling fixtures (Turf style): in/*.geojson → out/*.geojson. The output holds the input compounds with
// the index and name of their package (null: in none), then one feature per package with its boundary, so a
// person can open it in QGIS and see at once that the result is right. REGEN=1 rewrites the outputs; otherwise
// the partition and the names must match them exactly.

interface PackageFeature {
  type: 'Feature';
  properties: { kind: 'package'; index: number; name: string; locked: boolean; compound_ids: string[] };
  geometry: MultiPolygon;
}

function bundleFixture(fixture: FixtureInput): { type: 'FeatureCollection'; features: unknown[] } {
  const input = deepFreeze(inputOf(fixture));
  const clusters = clusterCompounds(input, fixture.options, frame);
  let n = 0;
  const plan = planBundle(input, clusters, fixture.options, () => `new-${++n}`);
  const locked = input.packages.filter((p) => p.locked);
  const packages = [...locked, ...plan.packages];
  const members = [...input.package_members, ...plan.members];
  const indexOf = new Map(packages.map((p, i) => [p.id, i]));
  const packageOf = new Map(members.map((m) => [m.compound_id, m.package_id]));
  const compounds = fixture.features.map((f) => {
    const pkg = packageOf.get(f.properties.id);
    return {
      ...f,
      properties: {
        ...f.properties,
        package: pkg === undefined ? null : indexOf.get(pkg),
        package_name: packages.find((p) => p.id === pkg)?.name ?? null,
      },
    };
  });
  const outlines: PackageFeature[] = packages.map((p, index) => ({
    type: 'Feature',
    properties: {
      kind: 'package',
      index,
      name: p.name,
      locked: p.locked,
      compound_ids: members
        .filter((m) => m.package_id === p.id)
        .map((m) => m.compound_id)
        .sort(),
    },
    geometry: p.geometry,
  }));
  return { type: 'FeatureCollection', features: [...compounds, ...outlines] };
}

const partition = (collection: { features: unknown[] }): Record<string, unknown> =>
  Object.fromEntries(
    (collection.features as { properties: Record<string, unknown> }[]).map((f) =>
      f.properties.kind === 'package'
        ? [`package ${f.properties.index}`, { name: f.properties.name, compound_ids: f.properties.compound_ids }]
        : [f.properties.id, [f.properties.package, f.properties.package_name]],
    ),
  );

describe('bundling golden fixtures', () => {
  test('there are fixtures', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(9);
  });

  for (const name of fixtureNames()) {
    test(name, () => {
      const result = bundleFixture(readFixture(name));
      const outFile = path.join(FIXTURE_DIR, 'out', `${name}.geojson`);
      if (process.env.REGEN === '1') fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
      const expected = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { features: unknown[] };
      expect(partition(result)).toEqual(partition(expected));
    });
  }
});
