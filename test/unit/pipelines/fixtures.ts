import fs from 'node:fs';
import path from 'node:path';
import { checkPipelinesWith, type PipeCheckInput } from '../../../shared/analysis/pipelines/check';
import type { Position } from '../../../shared/model/geometry';
import type { PipeConflict } from '../../../shared/model/pipelines';
import type { Building, Compound, Pipeline, Tree } from '../../../shared/model/tables';
import { defaultClearanceRules } from '../../../shared/standards/gb50289/index';
import type { Expected } from '../../fixtures/pipelines/rows';
import { frame } from '../../fixtures/pipelines/rows';

// Reading the golden pipeline fixtures (test/fixtures/pipelines/in/*.geojson, written by make-inputs.ts): rows of
// four tables as features tagged with `table`, and the hand-computed `expected` conflicts.

export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/pipelines');

/** The naive reference: every pair, no index (same per-pair rules). */
export const checkPipelinesNaive = (input: PipeCheckInput): PipeConflict[] => checkPipelinesWith(input, 'all');

interface Feature {
  properties: { table: string } & Record<string, unknown>;
  geometry: unknown;
}
interface FixtureFile {
  description: string;
  expected: Expected[];
  features: Feature[];
}

export const fixtureNames = (): string[] =>
  fs
    .readdirSync(path.join(FIXTURE_DIR, 'in'))
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => f.replace(/\.geojson$/, ''))
    .sort();

export function readFixture(name: string): { input: PipeCheckInput; expected: Expected[]; description: string } {
  const raw = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'in', `${name}.geojson`), 'utf8')) as FixtureFile;
  const rowsOf = <T>(table: string): T[] =>
    raw.features
      .filter((f) => f.properties.table === table)
      .map((f) => {
        const { table: _table, ...props } = f.properties;
        return { ...props, geometry: f.geometry } as T;
      });
  const compounds = rowsOf<Compound>('compounds');
  return {
    description: raw.description,
    expected: raw.expected,
    input: {
      pipelines: rowsOf<Pipeline>('pipelines'),
      buildings: rowsOf<Building>('buildings'),
      trees: rowsOf<Tree>('trees'),
      compounds,
      packageOf: (id) => (compounds.some((c) => c.id === id) ? `package-of-${id.slice(-4)}` : null),
      rules: defaultClearanceRules(),
      frame,
    },
  };
}

/** Conflicts as a GeoJSON FeatureCollection of points (the golden output). */
export const conflictsGeojson = (conflicts: readonly PipeConflict[]) => ({
  type: 'FeatureCollection',
  features: conflicts.map(({ location, ...props }) => ({
    type: 'Feature',
    properties: props,
    geometry: { type: 'Point', coordinates: location as Position },
  })),
});
