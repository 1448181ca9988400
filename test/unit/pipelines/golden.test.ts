import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPipelines } from '../../../shared/analysis/pipelines/check';
import { checkPipelinesNaive, conflictsGeojson, FIXTURE_DIR, fixtureNames, readFixture } from './fixtures';

// Golden cases: each fixture's hand-computed expectations are asserted, and the whole output is compared with
// out/<name>.geojson (REGEN=1 rewrites it; review the diff before committing).

const names = fixtureNames();

describe('pipeline check golden fixtures', () => {
  it('has the cases', () => expect(names.length).toBeGreaterThanOrEqual(11));

  for (const name of names) {
    it(name, () => {
      const { input, expected } = readFixture(name);
      const found = checkPipelines(input);
      const summary = found.map((c) => ({
        rule: c.rule,
        codes: [c.a.code, c.b?.code].filter((x): x is string => x !== undefined).sort(),
        measured_m: c.measured_m,
        required_m: c.required_m,
        length_m: c.length_m,
      }));
      const want = expected
        .map((e) => ({
          rule: e.rule,
          codes: [...e.codes].sort(),
          measured_m: e.measured_m,
          required_m: e.required_m,
          length_m: e.length_m,
        }))
        .sort((x, y) => x.rule.localeCompare(y.rule));
      expect(summary.sort((x, y) => x.rule.localeCompare(y.rule))).toEqual(want);
      for (const c of found) {
        expect(c.standard).toBeTruthy();
        expect(c.clause).toBeTruthy();
      }
      expect(checkPipelinesNaive(input)).toEqual(found);
      const file = path.join(FIXTURE_DIR, 'out', `${name}.geojson`);
      const geojson = conflictsGeojson(found);
      if (process.env.REGEN) fs.writeFileSync(file, `${JSON.stringify(geojson, null, 1)}\n`);
      expect(geojson).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }
});
